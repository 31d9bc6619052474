import { ChildProcess } from 'node:child_process';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { TEST_ENV } from '../setup/test-database';
import { consentInput, createConsentFixture, ConsentFixture, exchangeInput, fictionalCpr, RECORD_CONSENT, REQUEST_EXCHANGE } from '../utils/consent-fixture';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { collect, exited, spawnService } from '../utils/service-process';
import { createTestApp, TestApp } from '../utils/test-app';
import { TEST_SECRETS } from '../utils/test-secrets';

const REQUESTS = 240;
const CONCURRENCY = 16;

/**
 * Clients that hang up mid-request, against the real service process and its
 * real log: the work of each stops and is rolled back once, no statement is
 * sent after it, and the log has no error line and no failed query for it.
 */
describe('a request ends when its client does', () => {
  let api: TestApp;
  let service: ChildProcess;
  let output: ReturnType<typeof collect>;
  let errors: ReturnType<typeof collect>;
  let base: string;
  let town: TestMunicipality;
  let fixture: ConsentFixture;
  const cprs = Array.from({ length: 8 }, (_, i) => fictionalCpr(`0${i + 1}0690`));

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Afbrudt');
    fixture = await createConsentFixture(api, town);
    for (const cpr of cprs) ok(await api.gql(RECORD_CONSENT, { input: consentInput(fixture, cpr) }, fixture.adviser.token));
    const port = await freePort();
    base = `http://127.0.0.1:${port}/graphql`;
    service = spawnService({
      NODE_ENV: 'test', PORT: String(port), DATABASE_URL: process.env[TEST_ENV.ownerUrl]!, DATABASE_APP_URL: process.env[TEST_ENV.appUrl]!,
      DEMO_DATA: 'false', LOG_LEVEL: 'info', DB_APPLICATION_NAME: 'nsk-client-departure', DB_POOL_SIZE: '4', ...TEST_SECRETS,
      RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000', RATE_LIMIT_USER_PER_MINUTE: '1000000',
    });
    output = collect(service.stdout);
    errors = collect(service.stderr);
    await output.waitFor(/"msg":"listening"/, 60_000);
  }, 120_000);
  afterAll(async () => {
    service.kill('SIGTERM');
    await exited(service);
    await api.close();
    await closeFactories();
  });

  const call = async (body: unknown, token: string, abortAfterMs: number) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), abortAfterMs);
    try {
      const response = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body), signal: controller.signal });
      await response.text();
      return 'answered';
    } catch {
      return 'aborted';
    } finally {
      clearTimeout(timer);
    }
  };

  it('stops the work of clients that leave, with no internal error and no failed query in the log', async () => {
    const work = [
      () => ({ body: { query: REQUEST_EXCHANGE, variables: { input: exchangeInput(fixture, cprs[Math.floor(Math.random() * cprs.length)]) } }, token: fixture.adviser.token }),
      () => ({ body: { query: 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }', variables: { i: { name: `Afbrudt ${Math.random()}`, discipline: 'OTHER' } } }, token: town.tokens.admin }),
      () => ({ body: { query: '{ departmentExchanges { nodes { id decision fromDepartment { name } toDepartment { name } requestedBy { displayName } } } }' }, token: fixture.adviser.token }),
    ];
    const outcomes: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next += 1;
          const { body, token } = work[next % work.length]();
          // Three in four clients hang up somewhere between sending and the answer; the rest wait.
          outcomes.push(await call(body, token, next % 4 === 0 ? 10_000 : 1 + Math.floor(Math.random() * 40)));
        }
      }),
    );
    // The fault the test names happened: many clients left mid-request, some were answered.
    expect(outcomes.filter((o) => o === 'aborted').length).toBeGreaterThan(REQUESTS / 10);
    expect(outcomes.filter((o) => o === 'answered').length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const lines = `${output.text()}\n${errors.text()}`.split('\n').filter((line) => line.startsWith('{'));
    const parsed = lines.map((line) => JSON.parse(line) as { level: number; msg?: string });
    expect(parsed.filter((line) => line.level >= 50)).toEqual([]);
    expect(parsed.filter((line) => line.msg === 'query failed')).toEqual([]);
    expect(parsed.some((line) => line.msg === 'client left before the answer; its work was rolled back' || line.msg === 'request aborted')).toBe(true);
    // And the service is fine afterwards.
    expect(await call({ query: '{ me { roles } }' }, fixture.adviser.token, 10_000)).toBe('answered');
  }, 120_000);
});
