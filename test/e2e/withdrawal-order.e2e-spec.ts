import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { TEST_ENV } from '../setup/test-database';
import { consentInput, createConsentFixture, ConsentFixture, exchangeInput, ExchangeResult, fictionalCpr, RECORD_CONSENT, REQUEST_EXCHANGE } from '../utils/consent-fixture';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { collect, exited, spawnService } from '../utils/service-process';
import { createTestApp, TestApp } from '../utils/test-app';
import { TEST_SECRETS } from '../utils/test-secrets';

const SHIFT_MS = 1500;

/**
 * Two service instances on one database, the second's clock 1.5 s ahead: a
 * withdrawal acknowledged by the second stops every exchange the first
 * decides after it. The decision goes by the order of events under the
 * citizen's lock, not by comparing the servers' clocks.
 */
describe('a withdrawal takes effect for every decision after it, whatever the servers clocks say', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let fixture: ConsentFixture;
  const services: ChildProcess[] = [];
  const urls: string[] = [];

  const start = async (extra: Record<string, string>) => {
    const port = await freePort();
    const service = spawnService({
      NODE_ENV: 'test', PORT: String(port), DATABASE_URL: process.env[TEST_ENV.ownerUrl]!, DATABASE_APP_URL: process.env[TEST_ENV.appUrl]!,
      DEMO_DATA: 'false', LOG_LEVEL: 'warn', DB_POOL_SIZE: '4', ...TEST_SECRETS, RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000', RATE_LIMIT_USER_PER_MINUTE: '1000000', ...extra,
    });
    services.push(service);
    await collect(service.stdout).waitFor(/"msg":"listening"/, 60_000);
    urls.push(`http://127.0.0.1:${port}/graphql`);
    return urls.at(-1)!;
  };
  const gql = async <T>(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('To ure');
    fixture = await createConsentFixture(api, town);
    await start({ DB_APPLICATION_NAME: 'nsk-clock-a' });
    await start({ DB_APPLICATION_NAME: 'nsk-clock-b', NODE_OPTIONS: `--require ${join(__dirname, '..', 'support', 'shift-clock.cjs')}`, SHIFT_CLOCK_MS: String(SHIFT_MS) });
  }, 120_000);
  afterAll(async () => {
    for (const service of services) service.kill('SIGTERM');
    await Promise.all(services.map(exited));
    await api.close();
    await closeFactories();
  });

  it('refuses every exchange decided by the first instance after the second acknowledged the withdrawal', async () => {
    const [first, second] = urls;
    let permittedAfter = 0;
    let decidedAfter = 0;
    for (let round = 0; round < 3; round++) {
      const cpr = fictionalCpr(`1${round}0892`);
      const consentId = ok(await api.gql<{ recordConsent: { id: string } }>(RECORD_CONSENT, { input: consentInput(fixture, cpr) }, fixture.adviser.token)).recordConsent.id;
      const exchange = () => gql<ExchangeResult>(first, REQUEST_EXCHANGE, { input: exchangeInput(fixture, cpr) }, fixture.adviser.token);
      expect((await exchange()).requestExchange.exchange.decision).toBe('PERMITTED');
      await gql(second, 'mutation($id: ID!) { withdrawConsent(id: $id) { status } }', { id: consentId }, fixture.adviser.token);
      // Acknowledged: from here on, for longer than the clocks differ, every decision must refuse.
      const until = Date.now() + SHIFT_MS + 500;
      while (Date.now() < until) {
        const { exchange: decided } = (await exchange()).requestExchange;
        decidedAfter += 1;
        if (decided.decision === 'PERMITTED') permittedAfter += 1;
        else expect(decided.refusalReason).toBe('CONSENT_WITHDRAWN');
      }
    }
    expect(decidedAfter).toBeGreaterThan(30);
    expect(permittedAfter).toBe(0);
  }, 120_000);
});
