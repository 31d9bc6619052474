import { Client } from 'pg';
import { TEST_ENV } from '../setup/test-database';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

/** Only this file's service: other test files share the database and must not lose their connections. */
const APPLICATION_NAME = `nsk-fault-test-${process.pid}`;

/** Terminates every connection this service has open, as a DBA or a failover would. */
async function killServiceConnections(): Promise<number> {
  const admin = new Client({ connectionString: process.env[TEST_ENV.adminUrl] });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      `SELECT count(pg_terminate_backend(pid))::int AS killed FROM pg_stat_activity
        WHERE application_name = $1 AND datname = $2 AND pid <> pg_backend_pid()`,
      [APPLICATION_NAME, process.env[TEST_ENV.database]],
    );
    return rows[0].killed;
  } finally {
    await admin.end();
  }
}

const CREATE = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }';

describe('database connection faults', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp({ DB_POOL_SIZE: '8', DB_APPLICATION_NAME: APPLICATION_NAME });
    town = await createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('recovers by itself after its connections are killed while idle', async () => {
    await Promise.all(Array.from({ length: 6 }, () => api.gql('{ departments { id } }', {}, town.tokens.member)));
    expect(await killServiceConnections()).toBeGreaterThan(0);
    const after = await Promise.all(Array.from({ length: 6 }, () => api.gql<{ departments: unknown[] }>('{ departments { id } }', {}, town.tokens.member)));
    for (const result of after) {
      if (result.errors) expect(result.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    const settled = await api.gql<{ departments: unknown[] }>('{ departments { id } }', {}, town.tokens.member);
    expect(settled.errors).toBeUndefined();
  });

  it('keeps every acknowledged mutation when connections are killed in the middle of a burst; the rest get a coded error', async () => {
    const names = Array.from({ length: 120 }, (_, i) => `Fault test ${i}`);
    let answered = 0;
    const burst = Promise.all(
      names.map((name) =>
        api.gql<{ createDepartment: { id: string; name: string } }>(CREATE, { input: { name, discipline: 'OTHER' } }, town.tokens.admin).finally(() => (answered += 1)),
      ),
    );
    // Mid-burst for certain: some answers are out, most are still running or queued.
    while (answered < 5) await new Promise((resolve) => setTimeout(resolve, 2));
    const killed = await killServiceConnections();
    const results = await burst;
    expect(killed).toBeGreaterThan(0);

    const acknowledged = results.filter((r) => r.data?.createDepartment).map((r) => r.data!.createDepartment.name);
    const refused = results.filter((r) => r.errors);
    // Connection loss is reported as such (retryable), never as an internal error.
    for (const r of refused) expect(r.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(acknowledged.length + refused.length).toBe(names.length);
    // The fault happened where the test says it did: some requests were cut off, and some had already been answered.
    expect(refused.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);

    const owner = await ownerDataSource();
    const stored: { name: string }[] = await owner.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return manager.query("SELECT name FROM department WHERE name LIKE 'Fault test %'");
    });
    const storedNames = new Set(stored.map((row) => row.name));
    for (const name of acknowledged) expect(storedNames.has(name)).toBe(true);
    // Nothing half-written: a refused request left no department either.
    expect(stored.length).toBe(acknowledged.length);
    const next = await api.gql(CREATE, { input: { name: 'After the fault', discipline: 'OTHER' } }, town.tokens.admin);
    expect(next.errors).toBeUndefined();
  });
});
