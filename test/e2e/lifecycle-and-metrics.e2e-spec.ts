import { ChildProcess } from 'node:child_process';
import http from 'node:http';
import request from 'supertest';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { Lifecycle } from '../../src/platform/health/lifecycle';
import { TEST_ENV } from '../setup/test-database';
import { consentInput, createConsentFixture, ConsentFixture, ExchangeResult, exchangeInput, fictionalCpr, RECORD_CONSENT, REQUEST_EXCHANGE } from '../utils/consent-fixture';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { collect, exited, spawnService } from '../utils/service-process';
import { createTestApp, TestApp } from '../utils/test-app';
import { TEST_SECRETS } from '../utils/test-secrets';

const METRICS_TOKEN = 'metrics-test-token-0123456789abcdef';
// Enough to still be queued on the ledger head when the signal comes, few enough to finish well inside the 10 s deadline on a loaded CI machine.
const IN_FLIGHT = 24;

describe('health, readiness and metrics', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp({ METRICS_TOKEN });
    town = await createMunicipality('Måling');
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const server = () => api.app.getHttpServer();
  const scrape = async () => (await request(server()).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`)).text;

  it('is live, and ready with the database reachable and every migration applied', async () => {
    expect((await request(server()).get('/health/live')).body).toMatchObject({ status: 'ok' });
    const ready = await request(server()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', details: { lifecycle: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' } } });
  });

  it('serves metrics only with the bearer token, without echoing what a client sent', async () => {
    expect((await request(server()).get('/metrics')).status).toBe(401);
    expect((await request(server()).get('/metrics').set('authorization', 'Bearer wrong-token-wrong-token-wrong')).status).toBe(401);
    await api.gql('query Client_Chosen_Name_42 { me { roles } }', {}, town.tokens.admin);
    await api.gql('mutation { verifyLedger { ok } }', {}, town.tokens.admin); // the admin is not the DPO: FORBIDDEN
    await api.gql('{ nosuchfield }', {}, town.tokens.admin);
    const text = await scrape();
    expect(text).toMatch(/nsk_graphql_requests_total\{operation="me",type="query",code="OK"\} [1-9]/);
    expect(text).toMatch(/nsk_graphql_requests_total\{operation="verifyLedger",type="mutation",code="FORBIDDEN"\} [1-9]/);
    expect(text).toMatch(/nsk_graphql_requests_total\{operation="invalid",type="unknown",code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toMatch(/nsk_graphql_request_duration_seconds_bucket\{le="0.1",operation="me",type="query"\}/);
    expect(text).toMatch(/nsk_db_pool_connections\{state="in_use"\} \d/);
    expect(text).toMatch(/nsk_db_pool_connections\{state="waiting"\} \d/);
    expect(text).toMatch(/nsk_outbox_due_messages \d/);
    expect(text).toMatch(/nsk_process_resident_memory_bytes \d/);
    expect(text).not.toContain('Client_Chosen_Name_42');
    expect(text).not.toContain('nosuchfield');
  });

  it('is not ready once shutting down, while still live', async () => {
    api.app.get(Lifecycle).beginShutdown();
    const ready = await request(server()).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect((await request(server()).get('/health/live')).status).toBe(200);
  });
});

describe('metrics without a token configured', () => {
  it('are not served', async () => {
    const api = await createTestApp();
    try {
      expect((await request(api.app.getHttpServer()).get('/metrics')).status).toBe(404);
    } finally {
      await api.close();
    }
  });
});

/** SIGTERM to a real service process under load: every request it accepted is answered, every acknowledged write is stored, and it exits cleanly. */
describe('SIGTERM under load', () => {
  let api: TestApp;
  let service: ChildProcess;
  let town: TestMunicipality;
  let fixture: ConsentFixture;
  const cpr = fictionalCpr('230391');

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Nedlukning');
    fixture = await createConsentFixture(api, town);
    ok(await api.gql(RECORD_CONSENT, { input: consentInput(fixture, cpr) }, fixture.adviser.token));
  });
  afterAll(async () => {
    if (service?.exitCode === null) service.kill('SIGKILL');
    await api.close();
    await closeFactories();
  });

  it('answers the requests in flight, stores what it acknowledged, and exits 0 within 10 s', async () => {
    const port = await freePort();
    service = spawnService({
      NODE_ENV: 'test', PORT: String(port), DATABASE_URL: process.env[TEST_ENV.ownerUrl]!, DATABASE_APP_URL: process.env[TEST_ENV.appUrl]!,
      DEMO_DATA: 'false', LOG_LEVEL: 'warn', DB_APPLICATION_NAME: 'nsk-sigterm', DB_POOL_SIZE: '4', DB_POOL_WAIT_MS: '30000', ...TEST_SECRETS,
      RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000', RATE_LIMIT_USER_PER_MINUTE: '1000000',
    });
    const output = collect(service.stdout);
    const errors = collect(service.stderr);
    await output.waitFor(/"msg":"listening"/, 60_000);

    // Connections opened before the signal: a request the listener never accepted is the load balancer's to retry
    // elsewhere, not one in flight. Each request below goes out on a connection the server already holds.
    const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; text: string; at: number }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text, at: Date.now() }));
        });
        req.on('error', reject);
        req.end(body);
      });
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => post('/graphql', JSON.stringify({ query: '{ __typename }' }))));
    const send = async () => {
      try {
        const response = await post('/graphql', JSON.stringify({ query: REQUEST_EXCHANGE, variables: { input: exchangeInput(fixture, cpr) } }), { authorization: `Bearer ${fixture.adviser.token}` });
        return { status: response.status, body: JSON.parse(response.text) as { data?: ExchangeResult; errors?: unknown[] }, at: response.at };
      } catch (error) {
        return { status: 0, error: String((error as { code?: string }).code ?? error) };
      }
    };
    // Exchanges serialise on the ledger head: most are still waiting their turn when the signal comes.
    const inFlight = Array.from({ length: IN_FLIGHT }, send);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const signalled = Date.now();
    service.kill('SIGTERM');
    const results = await Promise.all(inFlight);
    agent.destroy();
    const code = await exited(service);
    const tookMs = Date.now() - signalled;

    const unanswered = results.filter((r) => r.status !== 200);
    if (unanswered.length > 0) throw new Error(`${unanswered.length} requests unanswered after ${tookMs} ms; the service said:\n${output.text().slice(-1000)}\n${errors.text().slice(-1000)}`);
    // The test means something only if requests were still in flight when the signal came.
    expect(results.filter((r) => (r.at ?? 0) > signalled).length).toBeGreaterThanOrEqual(IN_FLIGHT / 3);
    const acknowledged = results.map((r) => r.body?.data?.requestExchange).filter((r): r is ExchangeResult['requestExchange'] => !!r);
    expect(acknowledged.length).toBe(IN_FLIGHT);
    const owner = await ownerDataSource();
    const stored = await owner.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      const rows: { position: string }[] = await manager.query('SELECT position::text FROM ledger_entry WHERE position = ANY($1::bigint[])', [acknowledged.map((r) => r.exchange.ledgerPosition)]);
      return new Set(rows.map((row) => row.position));
    });
    expect(acknowledged.filter((r) => !stored.has(r.exchange.ledgerPosition))).toEqual([]);
    expect(code).toBe(0);
    expect(tookMs).toBeLessThan(10_000);
    expect(output.text()).toContain('"msg":"stopped"');
    expect(output.text()).toContain('"msg":"shutting down"');
  }, 90_000);
});
