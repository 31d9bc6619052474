import { ChildProcess } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { TEST_ENV } from '../setup/test-database';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { collect, exited, spawnService, stopProcess } from '../utils/service-process';
import { TEST_SECRETS } from '../utils/test-secrets';

interface OtlpSpan {
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
  events?: { attributes?: unknown[] }[];
}

/** A minimal OTLP/HTTP (JSON) trace receiver: what a collector is sent, kept raw and parsed. */
async function startReceiver(): Promise<{ url: string; bodies: string[]; spans: () => OtlpSpan[]; close(): Promise<void> }> {
  const bodies: string[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/v1/traces') bodies.push(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const spans = () =>
    bodies.flatMap((body) =>
      (JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }).resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans)),
    );
  return { url: `http://127.0.0.1:${port}`, bodies, spans, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let child: ChildProcess;
  let base: string;
  let town: TestMunicipality;

  beforeAll(async () => {
    receiver = await startReceiver();
    town = await createMunicipality();
    const port = await freePort();
    child = spawnService({
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_APP_URL: process.env[TEST_ENV.appUrl]!,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
      DB_POOL_SIZE: '2',
      ...TEST_SECRETS,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    });
    await collect(child.stdout).waitFor(/"msg":"listening"/, 90_000);
    base = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(async () => {
    if (child) await stopProcess(child);
    await receiver?.close();
    await closeFactories();
  });

  it('traces requests, GraphQL operations and SQL statements, and exports no value a client sent', async () => {
    const cpr = '150385-1234';
    const feedToken = 'Zk9vQmFyQmF6UXV4U2VjcmV0VG9rZW4xMjM0NTY';
    const graphql = (query: string, variables: Record<string, unknown>) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${town.tokens.member}` }, body: JSON.stringify({ query, variables }) });
    expect((await graphql('query Hemmelig { me { roles staffMember { displayName } } }', {})).status).toBe(200);
    await graphql('query($id: ID!) { meeting(id: $id) { id } }', { id: cpr });
    await fetch(`${base}/calendar/${feedToken}.ics?cpr=${cpr}`);
    // SIGTERM flushes what is still buffered.
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);

    const spans = receiver.spans();
    const names = spans.map((span) => span.name);
    expect(names).toContain('graphql query me');
    expect(names).toContain('graphql query meeting');
    const attribute = (span: OtlpSpan, key: string) => span.attributes.find((a) => a.key === key)?.value;
    // The incoming requests (server spans), and the statements run for them.
    const server = spans.filter((span) => span.kind === 2);
    expect(server.length).toBeGreaterThanOrEqual(3);
    expect(server.map((span) => Object.values(attribute(span, 'url.path') ?? attribute(span, 'http.target') ?? {})[0])).toContain('/calendar/:value');
    expect(spans.filter((span) => Object.values(attribute(span, 'db.system') ?? attribute(span, 'db.system.name') ?? {})[0] === 'postgresql').length).toBeGreaterThan(0);
    const exported = receiver.bodies.join('\n');
    for (const value of [cpr, feedToken, town.tokens.member, 'Hemmelig', 'displayName']) expect(exported).not.toContain(value);
    // SQL text is not exported (it could quote a value); span names carry the statement's first word only.
    expect(exported).not.toMatch(/db\.statement|db\.query\.text|\bFROM\b|\bWHERE\b/);
  }, 60_000);
});
