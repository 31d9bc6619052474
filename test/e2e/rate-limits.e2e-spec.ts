import request from 'supertest';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

const ME = '{ me { roles } }';

describe('rate limits', () => {
  let town: TestMunicipality;
  beforeAll(async () => {
    town = await createMunicipality();
  });
  afterAll(() => closeFactories());

  describe('per signed-in user', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await createTestApp({ RATE_LIMIT_USER_PER_MINUTE: '3' });
    });
    afterAll(() => api.close());

    it('refuses the fourth request in a minute with RATE_LIMITED and 429, and leaves other users alone', async () => {
      for (let i = 0; i < 3; i++) expect((await api.gql(ME, {}, town.tokens.member)).errors).toBeUndefined();
      const limited = await api.gql(ME, {}, town.tokens.member);
      expect(limited.status).toBe(429);
      expect(limited.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect(limited.errors?.[0].message).toMatch(/^Too many requests from your account; try again in \d+ seconds$/);
      expect((await api.gql(ME, {}, town.tokens.admin)).errors).toBeUndefined();
    });
  });

  describe('per address', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await createTestApp({ RATE_LIMIT_ADDRESS_PER_MINUTE: '5' });
    });
    afterAll(() => api.close());

    it('answers 429 with Retry-After and a coded error once an address is over its limit; /health stays reachable', async () => {
      const server = api.app.getHttpServer();
      for (let i = 0; i < 5; i++) expect((await request(server).post('/graphql').send({ query: '{ __typename }' })).status).toBe(200);
      const limited = await request(server).post('/graphql').send({ query: '{ __typename }' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect((await request(server).get('/health')).status).toBe(200);
    });
  });
});
