import { Client } from 'pg';
import { migrateDatabase } from '../../src/platform/database/migrate';
import { DatabaseUrls, provisionDatabase } from '../../src/platform/database/provision';
import { startEmbeddedDatabase } from '../../src/platform/database/embedded-postgres';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database for one benchmark run: the local server when it answers, else an embedded one. */
export async function benchDatabase(name: string): Promise<DatabaseUrls & { where: string; drop(): Promise<void>; settle(): Promise<void> }> {
  const database = `nsk_bench_${name}_${Date.now()}`;
  if (await answers(LOCAL)) {
    const urls = await provisionDatabase({ adminUrl: LOCAL, database, ownerPassword: 'bench-owner', appPassword: 'bench-app' });
    await migrateDatabase(urls.ownerUrl);
    return {
      ...urls,
      where: 'PostgreSQL at 127.0.0.1:5432',
      // After a bulk load: a CHECKPOINT, so the load's dirty pages are not written out during what is measured next.
      settle: () => checkpoint(LOCAL),
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
  return { ...embedded, where: 'embedded PostgreSQL', drop: () => embedded.stop(), settle: () => checkpoint(embedded.ownerUrl) };
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

/** CHECKPOINT where the role may (a superuser or pg_checkpoint); elsewhere nothing, the figure is then taken as it comes. */
async function checkpoint(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('CHECKPOINT');
  } catch {
    // not allowed here
  } finally {
    await client.end().catch(() => undefined);
  }
}
