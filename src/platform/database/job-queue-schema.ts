import { Logger, runMigrations } from 'graphile-worker';
import { Client } from 'pg';
import { RUNTIME_GROUP } from './database-roles';

/**
 * Installs or upgrades the job queue's schema (graphile_worker, versioned by
 * the package itself) as the owner, and lets the runtime role use it: the
 * service enqueues and takes jobs, it does not change the queue's tables.
 * The queue holds no tenant data (job payloads are ids), so its tables are
 * shared by all municipalities.
 */
export async function migrateJobQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: new Logger(() => () => undefined) }); // a failure throws; progress is not news
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`
      GRANT USAGE ON SCHEMA graphile_worker TO ${RUNTIME_GROUP};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${RUNTIME_GROUP};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${RUNTIME_GROUP};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${RUNTIME_GROUP};`);
    // graphile-worker turns row-level security on for its tables (without policies) so that no other role reads them by accident.
    const { rows } = await client.query<{ name: string }>(
      `SELECT format('graphile_worker.%I', relname) AS name FROM pg_class WHERE relnamespace = 'graphile_worker'::regnamespace AND relkind = 'r' AND relrowsecurity`,
    );
    for (const { name } of rows) {
      await client.query(`DROP POLICY IF EXISTS runtime_jobs ON ${name}; CREATE POLICY runtime_jobs ON ${name} TO ${RUNTIME_GROUP} USING (true) WITH CHECK (true)`);
    }
  } finally {
    await client.end();
  }
}
