import { Client } from 'pg';
import { MIGRATIONS } from '../../../migrations';

export class SchemaBehindError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaBehindError';
  }
}

/**
 * For a service started with the runtime role only (production): the schema
 * must hold every migration this version knows, since the service cannot
 * apply them itself. Names the number missing, never a connection detail.
 */
export async function assertSchemaCurrent(appUrl: string): Promise<void> {
  const client = new Client({ connectionString: appUrl, application_name: 'nsk-schema-check' });
  await client.connect();
  let applied: Set<string>;
  try {
    const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations');
    applied = new Set(rows.map((row) => row.name));
  } catch {
    applied = new Set();
  } finally {
    await client.end();
  }
  const pending = pendingMigrations(applied);
  if (pending.length > 0) {
    throw new SchemaBehindError(
      `The database schema is behind this version of the service (${pending.length} of ${MIGRATIONS.length} migrations not applied): run \`npm run migrate\` with the owner's DATABASE_URL, then start the service again`,
    );
  }
}

/** The migrations this version knows that the database has not applied. */
export function pendingMigrations(applied: Set<string>): string[] {
  return MIGRATIONS.map((migration) => migration.name).filter((name) => !applied.has(name));
}
