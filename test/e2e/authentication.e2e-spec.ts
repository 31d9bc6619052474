import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
type KeyLike = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
import request from 'supertest';
import { signDevToken } from '../../src/platform/auth/dev-token';
import { Role } from '../../src/platform/auth/role.enum';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config/app-config';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

const ME = '{ me { roles staffMember { subject } } }';

describe('authentication with the development secret', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const sign = (overrides: Partial<Parameters<typeof signDevToken>[1]> = {}, secret = DEVELOPMENT_JWT_SECRET) =>
    signDevToken(secret, {
      subject: town.staff[Object.keys(town.staff)[2]].subject,
      municipalityId: town.municipality.id,
      roles: [Role.STAFF],
      ...overrides,
    });

  it('accepts a valid token and tells who it belongs to', async () => {
    const result = await api.gql<{ me: { roles: string[]; staffMember: { subject: string } } }>(ME, {}, town.tokens.member);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me.roles).toEqual(['STAFF']);
    expect(result.data?.me.staffMember.subject).toMatch(/^member-/);
  });

  it('refuses a missing token with UNAUTHENTICATED', async () => {
    const result = await api.gql(ME);
    expect(result.errors?.[0]).toMatchObject({ message: 'Sign in: this operation needs a bearer token', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await request(api.app.getHttpServer()).post('/graphql').set('authorization', 'Token abc').send({ query: ME });
    expect(response.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(response.body.errors[0].message).toContain('must be "Bearer <token>"');
  });

  it('refuses an expired token and says so', async () => {
    const result = await api.gql(ME, {}, await sign({ expiresIn: -120 }));
    expect(result.errors?.[0]).toMatchObject({ message: 'The token has expired; sign in again', extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.data).toBeNull();
  });

  it('refuses a token signed with another secret', async () => {
    const result = await api.gql(ME, {}, await sign({}, 'another-secret-that-is-long-enough-to-sign-0123456789'));
    expect(result.errors?.[0]).toMatchObject({ message: 'The token could not be verified', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const [header, , signature] = (await sign()).split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: 'admin', municipality_id: town.municipality.id, roles: ['municipality_admin'], exp: 9999999999 }),
    ).toString('base64url');
    const result = await api.gql(ME, {}, `${header}.${forgedPayload}.${signature}`);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned (alg none) token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', municipality_id: town.municipality.id, exp: 9999999999 })).toString('base64url');
    const result = await api.gql(ME, {}, `${header}.${payload}.`);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without a municipality or with an unknown role', async () => {
    const noTenant = await api.gql(ME, {}, await sign({ municipalityId: 'not-a-uuid' }));
    expect(noTenant.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(noTenant.errors?.[0].message).toContain('municipality_id');
    const badRole = await api.gql(ME, {}, await sign({ roles: ['root' as Role] }));
    expect(badRole.errors?.[0].message).toContain('unknown role');
  });

  it('refuses a valid token for someone who is not registered staff', async () => {
    const result = await api.gql(ME, {}, await sign({ subject: 'nobody-registered' }));
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a deactivated member of staff', async () => {
    const member = Object.values(town.staff).find((s) => s.subject.startsWith('job-'))!;
    const deactivate = await api.gql(
      'mutation($id: ID!) { deactivateStaffMember(id: $id) { active } }',
      { id: member.id },
      town.tokens.admin,
    );
    expect(deactivate.data).toEqual({ deactivateStaffMember: { active: false } });
    const result = await api.gql(ME, {}, town.tokens.jobcentre);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('authentication against an identity provider (JWKS)', () => {
  const issuer = 'https://idp.test.invalid';
  const audience = 'nsk-networks';
  let jwksServer: Server;
  let api: TestApp;
  let town: TestMunicipality;
  let signingKey: KeyLike;
  let strangerKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const port = (jwksServer.address() as AddressInfo).port;
    api = await createTestApp({ AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience });
    town = await createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    jwksServer.close();
    await closeFactories();
  });

  const idpToken = (key: KeyLike, claims: { iss?: string; aud?: string } = {}) =>
    new SignJWT({ municipality_id: town.municipality.id, roles: ['staff'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setSubject(Object.values(town.staff).find((s) => s.subject.startsWith('member-'))!.subject)
      .setIssuer(claims.iss ?? issuer)
      .setAudience(claims.aud ?? audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed by the identity provider', async () => {
    const result = await api.gql(ME, {}, await idpToken(signingKey));
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ me: { roles: ['STAFF'] } });
  });

  it('refuses a token signed by another key, for another audience, or from another issuer', async () => {
    for (const token of [
      await idpToken(strangerKey),
      await idpToken(signingKey, { aud: 'another-app' }),
      await idpToken(signingKey, { iss: 'https://evil.invalid' }),
    ]) {
      const result = await api.gql(ME, {}, token);
      expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('no longer accepts development tokens', async () => {
    const result = await api.gql(ME, {}, town.tokens.member);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
