import { spawn } from 'node:child_process';
import { Client } from 'pg';
import request from 'supertest';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { provisionDatabase } from '../../src/platform/database/provision';
import { TEST_ENV } from '../setup/test-database';
import { collect, exited, PROJECT_ROOT, spawnService } from '../utils/service-process';
import { TEST_SECRETS } from '../utils/test-secrets';

/**
 * Production's split: `npm run migrate` holds the owner's credentials and
 * exits; the service holds the runtime role's only, never migrates, and
 * refuses to start on a schema that is behind it.
 */
describe('migrations and the service run with separate credentials', () => {
  const database = `nsk_duties_${process.pid}_${Date.now()}`;
  let urls: { ownerUrl: string; appUrl: string };

  beforeAll(async () => {
    urls = await provisionDatabase({ adminUrl: process.env[TEST_ENV.adminUrl]!, database, ownerPassword: 'test-owner', appPassword: 'test-app' });
  });
  afterAll(async () => {
    const admin = new Client({ connectionString: process.env[TEST_ENV.adminUrl] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  const runtimeOnly = async () => ({ DATABASE_APP_URL: urls.appUrl, PORT: String(await freePort()), LOG_LEVEL: 'warn', NODE_ENV: 'test', ...TEST_SECRETS, LEDGER_WITNESS_DIR: `/tmp/nsk-duties-${process.pid}` });
  const migrate = (env: Record<string, string>) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/migrate.ts'], { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    return { child, stdout: collect(child.stdout), stderr: collect(child.stderr) };
  };

  it('refuses to start on an empty schema with the runtime role, saying to migrate first', async () => {
    const child = spawnService(await runtimeOnly());
    const stderr = collect(child.stderr);
    expect(await exited(child)).toBe(1);
    expect(stderr.text().trim()).toMatch(/^The database schema is behind this version of the service \(\d+ of \d+ migrations not applied\): run `npm run migrate`/);
  });

  it('migrates with the owner in its own command, then serves with the runtime role only', async () => {
    const missing = migrate({});
    expect(await exited(missing.child)).toBe(2);
    const run = migrate({ DATABASE_URL: urls.ownerUrl });
    expect(await exited(run.child)).toBe(0);
    expect(run.stdout.text()).toContain('"msg":"migrations applied"');
    const again = migrate({ DATABASE_URL: urls.ownerUrl });
    expect(await exited(again.child)).toBe(0);
    expect(again.stdout.text()).toContain('"msg":"schema is current"');

    const env = await runtimeOnly();
    const child = spawnService(env);
    const stdout = collect(child.stdout);
    try {
      await stdout.waitFor(/"msg":"listening"/, 60_000);
      expect(stdout.text()).not.toContain('migrations applied');
      expect((await request(`http://127.0.0.1:${env.PORT}`).get('/health')).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  }, 90_000);
});
