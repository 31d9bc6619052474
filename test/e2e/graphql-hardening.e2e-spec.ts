import { Injectable } from '@nestjs/common';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import request from 'supertest';
import { Public } from '../../src/platform/auth/allow.decorator';
import { QUERY_LIMITS } from '../../src/platform/graphql/graphql.module';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

/** Fails the way a bug would, with personal data in its message. Only registered in this test. */
@Resolver()
@Injectable()
class FaultyResolver {
  @Public()
  @Query(() => String)
  faulty(): string {
    throw new Error('bug while handling citizen 010203-1234');
  }

  @Public()
  @Mutation(() => String)
  faultyMutation(): string {
    throw new TypeError('cannot read properties of undefined');
  }
}

const nested = (depth: number) => `{ __type(name: "Query") { ${'ofType { '.repeat(depth)} name ${'} '.repeat(depth)} } }`;

describe('GraphQL hardening', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp({}, [FaultyResolver]);
    town = await createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('masks internal errors: generic message, stable code, a reference, no stack, no personal data', async () => {
    const response = await request(api.app.getHttpServer()).post('/graphql').set('x-request-id', '6f1c2b9e-0d3a-4c7e-9b1a-2f4d5e6a7b8c').send({ query: '{ faulty }' });
    const [error] = response.body.errors;
    expect(error).toEqual({
      message: 'Something went wrong on our side and the request was not carried out',
      path: ['faulty'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', reference: '6f1c2b9e-0d3a-4c7e-9b1a-2f4d5e6a7b8c' },
    });
    expect(JSON.stringify(response.body)).not.toContain('010203');
  });

  it('masks internal errors in mutations too', async () => {
    const result = await api.gql('mutation { faultyMutation }');
    expect(result.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0].message).not.toContain('undefined');
  });

  it('refuses a query deeper than the limit without revealing the limit', async () => {
    const allowed = await api.gql(nested(3), {}, town.tokens.member);
    expect(allowed.errors).toBeUndefined();
    const result = await api.gql(nested(QUERY_LIMITS.maxDepth), {}, town.tokens.member);
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).not.toContain(String(QUERY_LIMITS.maxDepth));
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: municipality { name }`).join(' ');
    const result = await api.gql(`{ ${aliases} }`, {}, town.tokens.member);
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');
    const result = await api.gql(`{ ${fields} }`, {}, town.tokens.member);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(result.errors?.[0].message).not.toContain(String(QUERY_LIMITS.maxTokens));
  });

  it('does not suggest field names to someone probing the schema', async () => {
    const result = await api.gql('{ municipalit { id } }', {}, town.tokens.member);
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('does not echo an invalid variable value back', async () => {
    const result = await api.gql('query($first: Int) { staffMembers(page: { first: $first }) { nodes { id } } }', { first: '010203-1234' }, town.tokens.admin);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).not.toContain('010203');
  });

  it('caps the page size', async () => {
    const result = await api.gql('{ staffMembers(page: { first: 1000 }) { nodes { id } } }', {}, town.tokens.admin);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'first must not be greater than 100' }] } });
  });

  it('refuses a body over the size limit with 413 and a code', async () => {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(200_000) } }));
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with 400 and a code, not an HTML page', async () => {
    const response = await request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toEqual({ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
  });

  it('refuses batched requests', async () => {
    const response = await request(api.app.getHttpServer()).post('/graphql').send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });

  it('reports the database in /health', async () => {
    const response = await request(api.app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', details: { lifecycle: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' } } });
  });
});

describe('GraphQL in production', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({
      NODE_ENV: 'production',
      // Production runs as the runtime role only (the test database is migrated already).
      DATABASE_URL: undefined,
      AUTH_DEV_SECRET: undefined,
      AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
      AUTH_ISSUER: 'https://idp.test.invalid',
      AUTH_AUDIENCE: 'nsk-networks',
      CPR_HASH_SECRET: 'a-production-secret-of-at-least-32-chars',
      EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 9).toString('base64'),
      LINK_SIGNING_SECRET: 'a-production-link-secret-of-32-chars-or-more',
      LEDGER_SIGNING_KEY: Buffer.alloc(32, 'production-ledger').toString('base64'),
    });
  });
  afterAll(() => api.close());

  it('has introspection switched off and exposes no diagnostics', async () => {
    const result = await api.gql('{ __schema { queryType { name } } }');
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.extensions?.diagnostics).toBeUndefined();
  });
});
