import request from 'supertest';
import { travelTo } from '../../src/platform/clock/clock';
import { loadConfig } from '../../src/platform/config/app-config';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp, testEnvironment } from '../utils/test-app';

const ME = '{ me { staffMember { displayName } } }';

/** The session cookie from a response, as a Cookie header value. */
function cookieFrom(response: request.Response): string {
  const set = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = set.find((line) => line.startsWith('nsk_session='));
  if (!session) throw new Error('no session cookie was set');
  return session.split(';')[0];
}

describe('web sessions: a browser signs in, and the session is the staff record', () => {
  let api: TestApp;
  let town: TestMunicipality;
  const server = () => api.app.getHttpServer();
  const member = () => Object.values(town.staff).find((s) => s.subject.startsWith('member-'))!;

  async function signIn(staff = member()): Promise<{ cookie: string; csrf: string; response: request.Response }> {
    const response = await request(server()).post('/auth/dev/sign-in').send({ staffId: staff.id, municipalityId: town.municipality.id });
    expect(response.status).toBe(204);
    const cookie = cookieFrom(response);
    const session = await request(server()).get('/auth/session').set('cookie', cookie);
    return { cookie, csrf: session.body.csrfToken, response };
  }
  const gql = (cookie: string, csrf?: string, query = ME) => {
    const call = request(server()).post('/graphql').set('cookie', cookie).set('content-type', 'application/json');
    if (csrf) call.set('x-csrf-token', csrf);
    return call.send({ query });
  };

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Sessioner');
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('sets an httpOnly, SameSite cookie whose secret is stored only as a hash', async () => {
    const { cookie, response } = await signIn();
    const line = ([] as string[]).concat(response.headers['set-cookie'])[0];
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; SameSite=Lax/);
    expect(line).toMatch(/; Max-Age=36000/);
    const secret = cookie.split('=')[1];
    const db = await ownerDataSource();
    const stored = await db.query('SELECT count(*)::int AS n FROM web_session WHERE token_hash = $1', [secret]);
    expect(stored[0].n).toBe(0);
  });

  it('answers GraphQL for the session with the CSRF token, and refuses it without or with a wrong one', async () => {
    const { cookie, csrf } = await signIn();
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ok = await gql(cookie, csrf);
    expect(ok.body.data.me.staffMember.displayName).toBe('Member');
    for (const wrong of [undefined, 'x'.repeat(43)]) {
      const refused = await gql(cookie, wrong);
      expect(refused.body.errors[0].extensions.code).toBe('CSRF_TOKEN_INVALID');
      expect(refused.body.data).toBeNull();
    }
  });

  it('describes the session: who, which municipality, which roles', async () => {
    const { cookie } = await signIn();
    const session = await request(server()).get('/auth/session').set('cookie', cookie);
    expect(session.headers['cache-control']).toBe('no-store');
    expect(session.body).toMatchObject({ signedIn: true, person: { displayName: 'Member', department: 'Sundhedsplejen', roles: ['STAFF'] } });
    const anonymous = await request(server()).get('/auth/session');
    expect(anonymous.body).toEqual({ signedIn: false, methods: { dev: true, oidc: false } });
  });

  it('a new sign-in replaces the old secret (no fixation), and sign-out ends the session at once', async () => {
    const first = await signIn();
    const second = await request(server()).post('/auth/dev/sign-in').set('cookie', first.cookie).send({ staffId: member().id, municipalityId: town.municipality.id });
    const secondCookie = cookieFrom(second);
    expect(secondCookie).not.toBe(first.cookie);
    expect((await gql(first.cookie, first.csrf)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const { cookie, csrf } = await signIn();
    expect((await request(server()).post('/auth/sign-out').set('cookie', cookie)).status).toBe(403);
    const out = await request(server()).post('/auth/sign-out').set('cookie', cookie).set('x-csrf-token', csrf);
    expect(out.status).toBe(204);
    expect(([] as string[]).concat(out.headers['set-cookie']).some((line) => line.startsWith('nsk_session=;') && line.includes('Max-Age=0'))).toBe(true);
    expect((await gql(cookie, csrf)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends the sessions of a deactivated member of staff in the same statement', async () => {
    const job = Object.values(town.staff).find((s) => s.subject.startsWith('job-'))!;
    const { cookie, csrf } = await signIn(job);
    const db = await ownerDataSource();
    const count = async () => (await db.query('SELECT count(*)::int AS n FROM web_session WHERE staff_id = $1', [job.id]))[0].n;
    expect(await count()).toBeGreaterThan(0);
    const result = await api.gql('mutation($id: ID!) { deactivateStaffMember(id: $id) { active } }', { id: job.id }, town.tokens.admin);
    expect(result.data).toEqual({ deactivateStaffMember: { active: false } });
    expect(await count()).toBe(0);
    expect((await gql(cookie, csrf)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session after the idle limit and after the absolute limit, whatever the activity', async () => {
    const idle = await signIn();
    const back = travelTo(new Date(Date.now() + 31 * 60_000));
    try {
      expect((await gql(idle.cookie, idle.csrf)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      back();
    }
    const busy = await signIn();
    const step = 25 * 60_000;
    let travelled = 0;
    try {
      for (; travelled < 9.5 * 3600_000; travelled += step) {
        travelTo(new Date(Date.now() + travelled));
        expect((await gql(busy.cookie, busy.csrf)).body.data.me).toBeTruthy();
      }
      travelTo(new Date(Date.now() + 10 * 3600_000 + 60_000));
      expect((await gql(busy.cookie, busy.csrf)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      travelTo(new Date());
    }
  });

  it('refuses to sign in as someone not on the list, and says nothing about what was sent', async () => {
    for (const body of [{}, { staffId: 'x' }, { staffId: member().id }, { staffId: member().id, municipalityId: '00000000-0000-4000-8000-000000000000' }]) {
      const response = await request(server()).post('/auth/dev/sign-in').send(body);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const form = await request(server()).post('/auth/dev/sign-in').type('form').send({ staffId: member().id, municipalityId: town.municipality.id });
    expect(form.status).toBe(400);
  });

  it('has no development sign-in when it is switched off, and production refuses to switch it on', async () => {
    const closed = await createTestApp({ DEV_SIGN_IN: 'false' });
    try {
      expect((await request(closed.app.getHttpServer()).get('/auth/dev/people')).status).toBe(404);
      expect((await request(closed.app.getHttpServer()).post('/auth/dev/sign-in').send({ staffId: member().id, municipalityId: town.municipality.id })).status).toBe(404);
    } finally {
      await closed.close();
    }
    expect(() => loadConfig(testEnvironment({ NODE_ENV: 'production', DEV_SIGN_IN: 'true' }))).toThrow(/DEV_SIGN_IN must not be set in production/);
  });
});
