import { Client } from 'pg';
import { TEST_ENV } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const database = process.env[TEST_ENV.database];
  if (adminUrl && database && !process.env.KEEP_TEST_DATABASE) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
  await (globalThis as { embeddedTestServer?: { stop(): Promise<void> } }).embeddedTestServer?.stop();
}
