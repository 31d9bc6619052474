import { ChildProcess } from 'node:child_process';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { TEST_ENV } from '../setup/test-database';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { collect, exited, spawnService } from '../utils/service-process';
import { TEST_SECRETS } from '../utils/test-secrets';

/** A valid-looking CPR number, sent through every place a client value can go. It must come back from nowhere. */
const CPR = '0102031234';
const CPR_DASHED = '010203-1234';

interface Answer {
  status: number;
  text: string;
  body: { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown };
}

/**
 * What a client sends, against the real service process with its real logs:
 * nothing a client sends gets a 5xx, every refusal has a code, and no value
 * comes back in a response or shows up in a log line.
 */
describe('client input: coded 4xx answers, no value echoed or logged', () => {
  let service: ChildProcess;
  let output: ReturnType<typeof collect>;
  let errors: ReturnType<typeof collect>;
  let base: string;
  let town: TestMunicipality;

  beforeAll(async () => {
    town = await createMunicipality('Klientinput');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    service = spawnService({
      NODE_ENV: 'test', PORT: String(port), DATABASE_URL: process.env[TEST_ENV.ownerUrl]!, DATABASE_APP_URL: process.env[TEST_ENV.appUrl]!,
      DEMO_DATA: 'false', LOG_LEVEL: 'info', DB_APPLICATION_NAME: 'nsk-client-input', ...TEST_SECRETS,
    });
    output = collect(service.stdout);
    errors = collect(service.stderr);
    await output.waitFor(/"msg":"listening"/, 60_000);
  }, 90_000);
  afterAll(async () => {
    service.kill('SIGTERM');
    await exited(service);
    await closeFactories();
  });

  const send = async (init: { path?: string; method?: string; headers?: Record<string, string>; body?: unknown; raw?: string }): Promise<Answer> => {
    const response = await fetch(`${base}${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
    const text = await response.text();
    let body: Answer['body'] = {};
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      // an answer that is not JSON fails the code check below
    }
    return { status: response.status, text, body };
  };
  const member = () => ({ authorization: `Bearer ${town.tokens.member}` });
  const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

  it('answers a syntax error 400 GRAPHQL_PARSE_FAILED, and a document over the token limit without naming the limit', async () => {
    for (const query of ['{', '}', 'query {', '{ me { ', '"', 'mutation { x(']) {
      const answer = await send({ body: { query } });
      expect({ query, status: answer.status, code: codeOf(answer) }).toEqual({ query, status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    }
    const huge = await send({ headers: member(), body: { query: `{ ${Array.from({ length: 5000 }, () => '__typename').join(' ')} }` } });
    expect(huge.status).toBe(400);
    expect(codeOf(huge)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(huge.text).not.toMatch(/4000|5000/);
  });

  it('refuses a malformed Idempotency-Key header with 400 and a code', async () => {
    for (const key of ['short', 'has spaces in it', 'x'.repeat(300), `${CPR_DASHED} ÆØÅ`]) {
      const answer = await send({ headers: { ...member(), 'idempotency-key': key }, body: { query: 'mutation { __typename }' } });
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      expect(answer.text).not.toContain('1234');
    }
  });

  it('refuses NUL bytes and unpaired surrogates as BAD_USER_INPUT naming the field, in variables and in literals', async () => {
    const create = 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }';
    for (const bad of ['a\u0000b', 'x\uD800', '\uDC00y']) {
      const answer = await send({ headers: member(), body: { query: create, variables: { i: { name: bad, discipline: 'OTHER' } } } });
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      expect(answer.body.errors?.[0].message).toContain('variables.i.name');
    }
    const literal = await send({ headers: member(), body: { query: 'query { citizenConsents(input: { cpr: "\\u0000" }) { id } }' } });
    expect({ status: literal.status, code: codeOf(literal) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('refuses persisted-query requests with a code, never an internal error', async () => {
    for (const extensions of [{ persistedQuery: { version: 1, sha256Hash: 'wrong' } }, { persistedQuery: { version: 2, sha256Hash: 'x' } }]) {
      for (const query of [undefined, '{ __typename }']) {
        const answer = await send({ body: { query, extensions } });
        expect(answer.status).toBeLessThan(500);
        expect(codeOf(answer)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      }
    }
  });

  it('finds a CPR number sent through every wrong place in no response and no log line', async () => {
    const places: Parameters<typeof send>[0][] = [
      // inline enum literal, and the same as a string where an enum belongs
      { headers: member(), body: { query: `mutation { setDataFlowPolicy(input: { fromDepartmentId: "${town.departments.health.id}", toDepartmentId: "${town.departments.school.id}", categories: [A${CPR}] }) { id } }` } },
      { headers: member(), body: { query: `mutation { setDataFlowPolicy(input: { fromDepartmentId: "${town.departments.health.id}", toDepartmentId: "${town.departments.school.id}", categories: ["${CPR_DASHED}"] }) { id } }` } },
      // variables of the wrong type and shape
      { headers: member(), body: { query: 'mutation($i: SetDataFlowPolicyInput!) { setDataFlowPolicy(input: $i) { id } }', variables: { i: { fromDepartmentId: CPR_DASHED, toDepartmentId: CPR, categories: [CPR_DASHED] } } } },
      { headers: member(), body: { query: 'query($p: PageInput) { staffMembers(page: $p) { nodes { id } } }', variables: { p: { first: CPR_DASHED, after: CPR } } } },
      { headers: member(), body: { query: 'query($id: ID!) { network(id: $id) { id } }', variables: { id: CPR_DASHED } } },
      // a CPR number as the key of a variable that is refused for its value
      { headers: member(), body: { query: 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }', variables: { i: { name: 'Ny', discipline: 'OTHER', [`k${CPR}`]: 'a\u0000b' } } } },
      // a CPR number as an Int literal (too big for Int) and as an unknown field
      { headers: member(), body: { query: '{ staffMembers(page: { first: 3112991234 }) { nodes { id } } }' } },
      { headers: member(), body: { query: `{ f${CPR} }` } },
      // an id literal, an alias and an operation name
      { headers: member(), body: { query: `{ network(id: "${CPR_DASHED}") { id } }` } },
      { headers: member(), body: { query: `{ _${CPR}: municipality { name } }` } },
      { headers: member(), body: { query: '{ __typename }', operationName: `op${CPR}` } },
      { headers: member(), body: { query: `query q${CPR} { __typename } query other { __typename }`, operationName: `q_${CPR}` } },
      // headers
      { headers: { ...member(), 'x-request-id': CPR_DASHED }, body: { query: '{ __typename }' } },
      { headers: { ...member(), 'idempotency-key': `key-${CPR}-${CPR}` }, body: { query: 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }', variables: { i: { name: CPR_DASHED, discipline: 'NOT_A_DISCIPLINE' } } } },
      { headers: { authorization: `Bearer ${CPR_DASHED}` }, body: { query: '{ me { roles } }' } },
      { headers: { authorization: `Basic ${CPR}` }, body: { query: '{ me { roles } }' } },
      // the path, the query string and a body that is not JSON
      { path: `/no/such/${CPR_DASHED}`, method: 'GET' },
      { path: `/graphql?query=${encodeURIComponent(`{ network(id: "${CPR_DASHED}") { id } }`)}`, method: 'GET' },
      { path: `/calendar/${CPR}.ics`, method: 'GET' },
      { raw: `{"query": "${CPR_DASHED}` },
    ];
    for (const place of places) {
      const answer = await send(place);
      expect({ place, status: answer.status < 500, coded: answer.status === 200 && !answer.body.errors ? true : Boolean(codeOf(answer)) }).toEqual({ place, status: true, coded: true });
      for (const value of [CPR, CPR_DASHED, '010203', '3112991234', '311299']) expect({ place, echoed: answer.text.includes(value) }).toEqual({ place, echoed: false });
    }
    // Give the logger a moment, then search every line the service wrote.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = `${output.text()}\n${errors.text()}`.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(places.length);
    expect(lines.filter((line) => line.includes('010203') || line.includes(CPR))).toEqual([]);
  });
});
