import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { signDevToken } from '../../src/platform/auth/dev-token';
import { GrantableRole, Role } from '../../src/platform/auth/role.enum';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config/app-config';
import { ownerDataSourceOptions } from '../../src/platform/database/data-source-options';
import { ENTITIES } from '../../src/entities';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { Discipline } from '../../src/organisation/departments/discipline.enum';
import { provisionMunicipality } from '../../src/organisation/municipalities/municipality-provisioning';
import { collect, EmbeddedDatabaseProcess, exited, spawnEmbeddedDatabase, spawnService } from '../utils/service-process';
import { TEST_SECRETS } from '../utils/test-secrets';

/**
 * The database goes away in the middle of a stream of mutations and comes
 * back. This file runs its own embedded PostgreSQL (the shared test server
 * must not be restarted under other suites) and the service as a real
 * process, as it runs in production.
 */
const CREATE = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }';
const WORKERS = 6;

interface Outcome { name: string; at: number; ok: boolean; code?: string; status: number }

describe('the database restarts during a load run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nsk-restart-'));
  let database: EmbeddedDatabaseProcess;
  let service: ReturnType<typeof spawnService>;
  let output: ReturnType<typeof collect>;
  let url: string;
  let token: string;
  let municipalityId: string;

  beforeAll(async () => {
    chmodSync(dir, 0o755); // the embedded server runs as the OS user postgres when we are root
    database = await spawnEmbeddedDatabase(join(dir, 'postgres'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    service = spawnService({
      PORT: String(port), DATABASE_URL: database.ownerUrl, DATABASE_APP_URL: database.appUrl, DEMO_DATA: 'false', LOG_LEVEL: 'warn', DB_POOL_SIZE: '6', ...TEST_SECRETS,
      RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000', RATE_LIMIT_USER_PER_MINUTE: '1000000',
    });
    output = collect(service.stdout);
    collect(service.stderr);
    await output.waitFor(/"msg":"listening"/, 60_000);
    const owner = await new DataSource(ownerDataSourceOptions(database.ownerUrl, ENTITIES)).initialize();
    const town = await provisionMunicipality(owner, { code: '0999', name: 'Genstart Kommune', departments: [{ key: 'ssp', name: 'SSP', discipline: Discipline.SSP }], staff: [{ subject: 'admin', displayName: 'Admin', email: 'admin@restart.invalid', departmentKey: 'ssp', roles: [GrantableRole.MUNICIPALITY_ADMIN] }] });
    await owner.destroy();
    municipalityId = town.municipality.id;
    token = await signDevToken(DEVELOPMENT_JWT_SECRET, { subject: 'admin', municipalityId, roles: [Role.STAFF, Role.MUNICIPALITY_ADMIN] });
  }, 120_000);

  afterAll(async () => {
    service.kill('SIGTERM');
    await exited(service);
    await database.command('exit').catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps serving coded errors while the database is away, recovers by itself, and loses no acknowledged mutation', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    let sequence = 0;
    const worker = async () => {
      while (running) {
        const name = `Restart ${sequence++}`;
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: CREATE, variables: { input: { name, discipline: 'OTHER' } } }) });
        const body = (await response.json()) as { data?: { createDepartment?: { id: string } }; errors?: { extensions?: { code?: string } }[] };
        outcomes.push({ name, at: Date.now(), ok: Boolean(body.data?.createDepartment?.id), code: body.errors?.[0]?.extensions?.code, status: response.status });
        if (body.errors) await new Promise((resolve) => setTimeout(resolve, 50)); // a client backing off
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, worker));

    await new Promise((resolve) => setTimeout(resolve, 1000));
    await database.command('stop');
    // Measured once PostgreSQL is down and before it is asked to start, so no answer in between can be a success.
    const stoppedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const startAskedAt = Date.now();
    await database.command('start');
    const restartedAt = Date.now();
    // Run on until the service has answered successfully for a while after the restart.
    const deadline = restartedAt + 20_000;
    while (Date.now() < deadline && outcomes.filter((o) => o.ok && o.at > restartedAt).length < 30) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    running = false;
    await load;

    // The service never went down.
    expect(service.exitCode).toBeNull();
    const before = outcomes.filter((o) => o.at < stoppedAt);
    const away = outcomes.filter((o) => o.at > stoppedAt && o.at < startAskedAt);
    const after = outcomes.filter((o) => o.at > restartedAt);
    expect(before.filter((o) => o.ok).length).toBeGreaterThan(0);
    // While the database was away every answer was the retryable, coded error, never a crash or an internal error.
    expect(away.length).toBeGreaterThan(0);
    expect(away.filter((o) => o.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(outcomes.filter((o) => !o.ok && o.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    // It recovered by itself: successes again within seconds of the restart.
    const firstSuccess = after.find((o) => o.ok);
    expect(firstSuccess).toBeDefined();
    expect(firstSuccess!.at - restartedAt).toBeLessThan(10_000);

    // Every acknowledged mutation is in the database.
    const owner = await new DataSource(ownerDataSourceOptions(database.ownerUrl, ENTITIES)).initialize();
    const stored: { name: string }[] = await owner.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
      return manager.query("SELECT name FROM department WHERE name LIKE 'Restart %'");
    });
    await owner.destroy();
    const storedNames = new Set(stored.map((row) => row.name));
    const acknowledged = outcomes.filter((o) => o.ok);
    expect(acknowledged.length).toBeGreaterThan(30);
    expect(acknowledged.filter((o) => !storedNames.has(o.name))).toEqual([]);
  }, 60_000);
});
