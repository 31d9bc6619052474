import { Client } from 'pg';
import { migrateDatabase } from '../../src/platform/database/migrate';
import { DatabaseUrls, provisionDatabase } from '../../src/platform/database/provision';
import { startEmbeddedDatabase } from '../../src/platform/database/embedded-postgres';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database for one benchmark run: the local server when it answers, else an embedded one. */
export async function benchDatabase(name: string): Promise<DatabaseUrls & { where: string; drop(): Promise<void> }> {
  const database = `nsk_bench_${name}_${Date.now()}`;
  if (await answers(LOCAL)) {
    const urls = await provisionDatabase({ adminUrl: LOCAL, database, ownerPassword: 'bench-owner', appPassword: 'bench-app' });
    await migrateDatabase(urls.ownerUrl);
    return {
      ...urls,
      where: 'PostgreSQL at 127.0.0.1:5432',
      drop: async () => {
        const admin = new Client({ connectionString: LOCAL });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const embedded = await startEmbeddedDatabase(`.data/bench-${name}`, () => undefined);
  await migrateDatabase(embedded.ownerUrl);
  return { ...embedded, where: 'embedded PostgreSQL', drop: () => embedded.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
