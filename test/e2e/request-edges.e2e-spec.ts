import request from 'supertest';
import { encodeCursor } from '../../src/platform/graphql/pagination';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

/** Cursors with the right number of parts but the wrong kinds: they used to reach PostgreSQL and fail as internal errors. */
const FORGED = [
  encodeCursor(['not-a-time', 'not-a-uuid']),
  encodeCursor(['2026-01-01T00:00:00.000Z', 'x']),
  encodeCursor([42, '00000000-0000-4000-8000-000000000000']),
  encodeCursor(['2026-13-45', '00000000-0000-4000-8000-00000000000']),
  Buffer.from('{"a":1}').toString('base64url'),
];

describe('request edges', () => {
  let town: TestMunicipality;
  beforeAll(async () => {
    town = await createMunicipality('Kanter');
  });
  afterAll(() => closeFactories());

  describe('with the default configuration', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await createTestApp();
    });
    afterAll(() => api.close());

    it('runs no operation from a GET: 405 with a code and Allow: POST', async () => {
      for (const path of ['/graphql?query=%7B__typename%7D', '/graphql?query=mutation%7B__typename%7D', '/graphql']) {
        const response = await request(api.app.getHttpServer()).get(path).set('authorization', `Bearer ${town.tokens.member}`);
        expect(response.status).toBe(405);
        expect(response.headers.allow).toBe('POST');
        expect(response.body.errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
      }
    });

    it('refuses a forged but well-shaped cursor with BAD_USER_INPUT on every paginated list', async () => {
      const lists: [string, string][] = [
        ['query($p: PageInput) { staffMembers(page: $p) { nodes { id } } }', town.tokens.admin],
        ['query($p: PageInput) { outboxMessages(page: $p) { nodes { id } } }', town.tokens.admin],
        ['query($p: PageInput) { exchangesPendingReview(page: $p) { nodes { id } } }', town.tokens.dpo],
        ['query($p: PageInput) { departmentExchanges(page: $p) { nodes { id } } }', town.tokens.member],
      ];
      for (const [query, token] of lists) {
        for (const after of FORGED) {
          const result = await api.gql(query, { p: { first: 5, after } }, token);
          expect({ query, after, code: result.errors?.[0]?.extensions.code }).toEqual({ query, after, code: 'BAD_USER_INPUT' });
        }
      }
    });
  });

  describe('TRUST_PROXY', () => {
    const limited = async (api: TestApp, forwardedFor: string) =>
      (await request(api.app.getHttpServer()).post('/graphql').set('x-forwarded-for', forwardedFor).send({ query: '{ __typename }' })).status;

    it('counts each client behind a trusted proxy on its own', async () => {
      const api = await createTestApp({ TRUST_PROXY: '1', RATE_LIMIT_ADDRESS_PER_MINUTE: '2' });
      try {
        expect([await limited(api, '10.0.0.1'), await limited(api, '10.0.0.1'), await limited(api, '10.0.0.1')]).toEqual([200, 200, 429]);
        expect(await limited(api, '10.0.0.2')).toBe(200);
      } finally {
        await api.close();
      }
    });

    it('believes no forwarded address when no proxy is trusted', async () => {
      const api = await createTestApp({ TRUST_PROXY: 'false', RATE_LIMIT_ADDRESS_PER_MINUTE: '2' });
      try {
        expect([await limited(api, '10.0.0.1'), await limited(api, '10.0.0.2'), await limited(api, '10.0.0.3')]).toEqual([200, 200, 429]);
      } finally {
        await api.close();
      }
    });
  });
});
