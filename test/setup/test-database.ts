import { Client } from 'pg';

/** The cluster the tests provision their database in. */
export const LOCAL_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** True when a PostgreSQL server answers at 127.0.0.1:5432 (as it does in CI). */
export async function localServerAnswers(): Promise<boolean> {
  const client = new Client({ connectionString: LOCAL_SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Environment handed from the global setup to the test workers. */
export const TEST_ENV = {
  ownerUrl: 'TEST_DATABASE_OWNER_URL',
  appUrl: 'TEST_DATABASE_APP_URL',
  adminUrl: 'TEST_DATABASE_ADMIN_URL',
  database: 'TEST_DATABASE_NAME',
} as const;
