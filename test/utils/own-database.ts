import { Client } from 'pg';
import { migrateDatabase } from '../../src/platform/database/migrate';
import { provisionDatabase } from '../../src/platform/database/provision';
import { TEST_ENV } from '../setup/test-database';

export interface OwnDatabase {
  ownerUrl: string;
  appUrl: string;
  /** Points the factories and createTestApp back at the shared database, and drops this one. */
  drop(): Promise<void>;
}

/**
 * A migrated database for one test file, for tests that run the job runner:
 * in the shared database a runner would take the other files' jobs. Until
 * `drop`, the factories and createTestApp use it.
 */
export async function useOwnDatabase(label: string): Promise<OwnDatabase> {
  const database = `nsk_${label}_${process.pid}_${Date.now()}`;
  const saved = { owner: process.env[TEST_ENV.ownerUrl], app: process.env[TEST_ENV.appUrl] };
  const urls = await provisionDatabase({ adminUrl: process.env[TEST_ENV.adminUrl]!, database, ownerPassword: 'test-owner', appPassword: 'test-app' });
  await migrateDatabase(urls.ownerUrl);
  process.env[TEST_ENV.ownerUrl] = urls.ownerUrl;
  process.env[TEST_ENV.appUrl] = urls.appUrl;
  return {
    ...urls,
    drop: async () => {
      process.env[TEST_ENV.ownerUrl] = saved.owner;
      process.env[TEST_ENV.appUrl] = saved.app;
      const admin = new Client({ connectionString: process.env[TEST_ENV.adminUrl] });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
