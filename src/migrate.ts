import 'reflect-metadata';
import { migrateDatabase } from './platform/database/migrate';

/**
 * `npm run migrate`: applies pending migrations as the owner role
 * (DATABASE_URL) and exits. In production this is the only process that
 * holds the owner's credentials; the service itself runs as the runtime role
 * (DATABASE_APP_URL) and refuses to start while the schema is behind.
 */
async function main(): Promise<void> {
  const ownerUrl = process.env.DATABASE_URL;
  if (!ownerUrl) {
    process.stderr.write("DATABASE_URL must be set to the owner role's connection (see scripts/db/create-roles.sql)\n");
    process.exitCode = 2;
    return;
  }
  const applied = await migrateDatabase(ownerUrl);
  process.stdout.write(`${JSON.stringify({ level: 'info', time: Date.now(), msg: applied.length > 0 ? 'migrations applied' : 'schema is current', migrations: applied })}\n`);
}

main().catch((error: unknown) => {
  // The driver's message names what failed (a role, a connection refused); it holds no personal data.
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
