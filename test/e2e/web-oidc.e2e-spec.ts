import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { launchChromium, startWebApp, WebApp } from '../utils/web-browser';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts test/support/oidc-provider.mjs and waits until it listens. */
async function startProvider(port: number, redirectUri: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'support', 'oidc-provider.mjs'), String(port), 'nsk-web', redirectUri], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`oidc-provider exited with ${code}`)));
  });
  return child;
}

/** Sign-in through a real OpenID provider: authorization code flow with PKCE, then a server-side session. */
describe('web client: sign-in with OpenID Connect', () => {
  let web: WebApp;
  let provider: ChildProcess;
  let browser: Browser;
  let town: TestMunicipality;
  let issuer: string;
  const memberSubject = () => Object.values(town.staff).find((s) => s.subject.startsWith('member-'))!.subject;

  beforeAll(async () => {
    town = await createMunicipality('Openid');
    const [appPort, providerPort] = [await freePort(), await freePort()];
    issuer = `http://127.0.0.1:${providerPort}`;
    const baseUrl = `http://127.0.0.1:${appPort}`;
    [provider, browser] = await Promise.all([startProvider(providerPort, `${baseUrl}/auth/callback`), launchChromium()]);
    web = await startWebApp({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'nsk-web', OIDC_MUNICIPALITY_CODE: town.municipality.code, PUBLIC_BASE_URL: baseUrl, DEV_SIGN_IN: 'false' }, appPort);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    provider?.kill();
    await closeFactories();
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page; authorizeUrls: URL[] }> {
    const context = await browser.newContext({ locale: 'da-DK' });
    // The provider's own login page asks for a web font; nothing else may leave the two origins.
    await context.route('**/*', (route) => (route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : route.abort()));
    const page = await context.newPage();
    const authorizeUrls: URL[] = [];
    page.on('request', (r) => r.url().startsWith(`${issuer}/auth`) && authorizeUrls.push(new URL(r.url())));
    return { context, page, authorizeUrls };
  }

  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.goto(web.baseUrl);
    await page.getByRole('link', { name: 'Log ind med kommunens login' }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    // The provider asks once to let the client have the sign-in.
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();
  }

  it('signs a member of staff in through the provider, with PKCE, and keeps them in a server-side session', async () => {
    const { context, page, authorizeUrls } = await freshPage();
    await signInAtProvider(page, memberSubject());
    await page.getByRole('button', { name: 'Log af' }).waitFor();
    await page.getByRole('heading', { name: 'Mine netværk', level: 1 }).waitFor();
    await page.getByText('Member', { exact: true }).waitFor();

    const authorize = authorizeUrls[0];
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${web.baseUrl}/auth/callback`);

    const cookies = await context.cookies(web.baseUrl);
    const session = cookies.find((c) => c.name === 'nsk_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookies.find((c) => c.name === 'nsk_login')).toBeUndefined(); // the pending sign-in is cleared
    await context.close();
  });

  it('refuses someone the provider knows but the municipality has no active staff record for, in Danish', async () => {
    const { context, page } = await freshPage();
    await signInAtProvider(page, 'not-on-the-staff-list');
    await page.getByRole('alert').getByText('kommunen har dig ikke registreret som aktiv medarbejder', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/log-ind');
    expect((await context.cookies(web.baseUrl)).some((c) => c.name === 'nsk_session')).toBe(false);
    await context.close();
  });

  it('refuses a callback that does not belong to a sign-in this browser began (state, or no pending cookie)', async () => {
    const server = web.api.app.getHttpServer();
    const begun = await request(server).get('/auth/login');
    expect(begun.status).toBe(303);
    const pending = ([] as string[]).concat(begun.headers['set-cookie']).find((c) => c.startsWith('nsk_login='))!.split(';')[0];
    for (const [cookie, query] of [[pending, 'code=forged&state=forged'], [undefined, 'code=forged&state=forged']]) {
      const call = request(server).get(`/auth/callback?${query}`);
      if (cookie) call.set('cookie', cookie);
      const response = await call;
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/log-ind?fejl=MISLYKKEDES');
      expect(([] as string[]).concat(response.headers['set-cookie'] ?? []).some((c) => c.startsWith('nsk_session='))).toBe(false);
    }
  });

  it('never redirects off the site after sign-in, and keeps the sign-in in progress unreadable', async () => {
    const server = web.api.app.getHttpServer();
    const begun = await request(server).get('/auth/login?returnTo=%2F%2Fevil.example%2F');
    const pending = ([] as string[]).concat(begun.headers['set-cookie']).find((c) => c.startsWith('nsk_login='))!;
    expect(pending).toMatch(/HttpOnly/);
    expect(pending).toMatch(/Path=\/auth/);
    // A JWE (five parts): the PKCE verifier, state and nonce are not readable from the cookie.
    const value = pending.split(';')[0].split('=')[1];
    expect(value.split('.')).toHaveLength(5);
    expect(Buffer.from(value.split('.')[0], 'base64url').toString()).toContain('"enc":"A256GCM"');

    for (const returnTo of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const { context, page } = await freshPage(); // a browser the provider does not know yet: it asks for the login
      await page.goto(`${web.baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
      await page.locator('input[name="login"]').fill(memberSubject());
      await page.locator('input[name="password"]').fill('any password');
      await page.locator('button[type="submit"]').click();
      await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();
      await page.getByRole('button', { name: 'Log af' }).waitFor();
      expect(page.url()).toBe(`${web.baseUrl}/`);
      await context.close();
    }
  });
});
