/**
 * Writes migrations/<timestamp>-<Name>.ts from the difference between the
 * entities and a database migrated to the latest migration.
 *
 *   DATABASE_URL=postgres://nsk_owner@127.0.0.1/nsk_dev npm run migration:generate -- AddMeetings
 *
 * Review the file: row-level security, grants and triggers are not entity
 * metadata. Add `await isolateTenantTables(queryRunner, { table: 'SELECT, INSERT' })`
 * (migrations/support/tenant-isolation.ts) for every new tenant table; the
 * tenant-isolation test fails for a table with municipality_id that lacks it.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from '../src/platform/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { migrateDatabase } from '../src/platform/database/migrate';
import { schemaDiff } from '../src/platform/database/schema-diff';

async function main(): Promise<void> {
  const name = process.argv[2];
  const url = process.env.DATABASE_URL;
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !url) {
    console.error('usage: DATABASE_URL=<owner url> npm run migration:generate -- <PascalCaseName>');
    process.exit(2);
  }
  await migrateDatabase(url);
  const dataSource = await new DataSource(ownerDataSourceOptions(url, ENTITIES)).initialize();
  const diff = await schemaDiff(dataSource);
  await dataSource.destroy();
  if (diff.up.length === 0) {
    console.log('No schema changes: the entities match the migrations.');
    return;
  }
  const timestamp = Date.now();
  // TypeORM emits CREATE TYPE for every table that uses a shared enum; keep the first (and the last DROP).
  const created = new Set<string>();
  diff.up = diff.up.filter((sql) => {
    const type = /^CREATE TYPE "[^"]+"\."([^"]+)"/.exec(sql)?.[1];
    if (!type) return true;
    if (created.has(type)) return false;
    created.add(type);
    return true;
  });
  const dropped = new Set<string>();
  diff.down = diff.down.reverse().filter((sql) => {
    const type = /^DROP TYPE "[^"]+"\."([^"]+)"/.exec(sql)?.[1];
    if (!type) return true;
    if (dropped.has(type)) return false;
    dropped.add(type);
    return true;
  });
  const quote = (sql: string) => `    await queryRunner.query(\`${sql.replace(/`/g, '\\`')}\`);`;
  const file = `migrations/${timestamp}-${name}.ts`;
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map(quote).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${diff.down.map(quote).join('\n')}
  }
}
`,
  );
  console.log(`Wrote ${file}; add it to migrations/index.ts.`);
}

void main();
