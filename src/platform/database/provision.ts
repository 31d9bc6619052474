import { Client } from 'pg';
import { LEDGER_WRITER, OWNER_ROLE, RUNTIME_GROUP, RUNTIME_LOGIN } from './database-roles';

export interface DatabaseUrls {
  ownerUrl: string;
  appUrl: string;
}

export interface ProvisionOptions {
  /** A superuser (or CREATEROLE + CREATEDB) connection to the cluster. */
  adminUrl: string;
  database: string;
  ownerPassword: string;
  appPassword: string;
}

/**
 * Creates the owner and runtime roles and an empty database owned by the owner.
 * Used for the embedded development database and by the test setup; in
 * production a DBA runs scripts/db/create-roles.sql instead. Idempotent.
 */
export async function provisionDatabase(options: ProvisionOptions): Promise<DatabaseUrls> {
  const admin = new Client({ connectionString: options.adminUrl });
  await admin.connect();
  try {
    await ensureRole(admin, OWNER_ROLE, `LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${sqlString(options.ownerPassword)}'`);
    await ensureRole(admin, RUNTIME_GROUP, 'NOLOGIN NOSUPERUSER NOBYPASSRLS');
    await ensureRole(admin, RUNTIME_LOGIN, `LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${sqlString(options.appPassword)}'`);
    await ensureRole(admin, LEDGER_WRITER, 'NOLOGIN NOSUPERUSER NOBYPASSRLS');
    await admin.query(`GRANT ${RUNTIME_GROUP} TO ${RUNTIME_LOGIN}`);
    await admin.query(`GRANT ${LEDGER_WRITER} TO ${OWNER_ROLE}`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${quoteIdent(options.database)} OWNER ${OWNER_ROLE}`).catch((error: { code?: string }) => {
        // Two processes provisioning at once: the other one won.
        if (error.code !== '42P04') throw error;
      });
    }
  } finally {
    await admin.end();
  }
  return {
    ownerUrl: withCredentials(options.adminUrl, OWNER_ROLE, options.ownerPassword, options.database),
    appUrl: withCredentials(options.adminUrl, RUNTIME_LOGIN, options.appPassword, options.database),
  };
}

async function ensureRole(client: Client, role: string, attributes: string): Promise<void> {
  // CREATE ROLE has no IF NOT EXISTS; concurrent callers race, so tolerate duplicate_object.
  await client.query(`
    DO $$ BEGIN
      CREATE ROLE ${role} ${attributes};
    EXCEPTION WHEN duplicate_object THEN
      ALTER ROLE ${role} ${attributes};
    END $$`);
}

export function withCredentials(url: string, user: string, password: string, database: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const sqlString = (value: string) => value.replace(/'/g, "''");
const quoteIdent = (value: string) => `"${value.replace(/"/g, '""')}"`;
