import { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { accessibilityViolations, launchChromium, newContext, startWebApp, tabToLabel, WebApp } from '../utils/web-browser';

/** Keyboard alone, the pages outside the main flows, and the page's own protections. */
describe('web client: keyboard, accessibility and the page itself', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let meetingId: string;
  let page: Page;
  let memberName: string;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Tastatur');
    net = await createNetwork(web.api, town);
    meetingId = await scheduleMeeting(web.api, net, new Date(Date.now() + 5 * 24 * 3600_000), 120, 'Møde med tastaturet');
    memberName = ok(await web.api.gql<{ me: { staffMember: { displayName: string } } }>('{ me { staffMember { displayName } } }', {}, net.school.token)).me.staffMember.displayName;
    ({ page } = await newContext(browser, web.baseUrl));
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', tag: document.activeElement?.tagName ?? '', outline: getComputedStyle(document.activeElement!).outlineStyle }));
  /** Presses Tab until the focused element's text matches (at most `limit` presses); fails if it never does. */
  async function tabTo(text: RegExp, limit = 400): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (text.test((await focused()).text)) return;
    }
    throw new Error(`Tab never reached ${text}`);
  }

  it('signs in, opens a meeting and answers the invitation with the keyboard alone, focus always visible', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Log ind', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Gå til sideindhold', tag: 'A' });
    expect((await focused()).outline).not.toBe('none');
    await tabToLabel(page, 'Find en person');
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.type(memberName);
    await page.getByRole('status').filter({ hasText: /^Én person vises\.$/ }).waitFor({ timeout: 5000 });
    await tabTo(new RegExp(`^${memberName}$`), 20);
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Log af' }).waitFor();

    await tabTo(/^Møde med tastaturet$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Møde med tastaturet', level: 1 }).waitFor();
    expect((await focused()).tag).toBe('H1');

    await tabTo(/^$/); // the first radio button has no text of its own: its label follows
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
    await page.keyboard.press('Space'); // Deltager
    await tabTo(/^Gem svar$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Dit svar er gemt: deltager.' }).waitFor();
  });

  it("offers a member none of the coordinator's controls", async () => {
    expect(await page.getByRole('region', { name: 'Flyt eller aflys mødet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lav dagsorden' }).count()).toBe(0);
    expect(await page.getByText('Invitér en oplægsholder').count()).toBe(0);
  });

  it('has no axe violations on the accessibility statement, the not-found page and the page for an unknown meeting', async () => {
    const found: string[] = [];
    await page.goto('/tilgaengelighed');
    await page.getByRole('heading', { name: 'Tilgængelighedserklæring', level: 1 }).waitFor();
    for (const heading of ['Overholdelsesstatus', 'Ikke-tilgængeligt indhold', 'Udarbejdelse af denne tilgængelighedserklæring', 'Feedback og kontaktoplysninger', 'Håndhævelsesprocedure']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    found.push(...(await accessibilityViolations(page, 'statement')));
    await page.goto('/ingen-side-her');
    await page.getByRole('heading', { name: 'Siden findes ikke' }).waitFor();
    found.push(...(await accessibilityViolations(page, 'not found')));
    await page.goto('/moede/00000000-0000-4000-8000-000000000000');
    await page.getByRole('alert').getByText('Det findes ikke, eller du har ikke adgang til det.').waitFor();
    found.push(...(await accessibilityViolations(page, 'unknown meeting')));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    expect(found).toEqual([]);
  });

  it('would report a violation (the axe check can fail)', async () => {
    await page.setContent('<html><body><img src="x.png"><button></button></body></html>');
    const found = await accessibilityViolations(page, 'broken');
    expect(found.some((line) => line.includes('image-alt'))).toBe(true);
    expect(found.some((line) => line.includes('button-name'))).toBe(true);
  });

  it('serves the pages with a policy that allows only its own origin, and leaves the service paths to the service', async () => {
    const server = web.api.app.getHttpServer();
    const pageResponse = await request(server).get(`/moede/${meetingId}`).set('accept', 'text/html');
    expect(pageResponse.status).toBe(200);
    expect(pageResponse.headers['content-security-policy']).toContain("default-src 'none'");
    expect(pageResponse.headers['content-security-policy']).toContain("script-src 'self'");
    expect(pageResponse.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(pageResponse.headers['x-content-type-options']).toBe('nosniff');
    expect(pageResponse.text).toContain('<html lang="da">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(pageResponse.text)![1];
    const asset = await request(server).get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await request(server).get('/assets/none.js')).status).toBe(404);
    expect((await request(server).get('/graphql').set('accept', 'text/html')).status).toBe(405);
    expect((await request(server).get('/calendar/unknown.ics').set('accept', 'text/html')).status).toBe(404);
    expect((await request(server).get('/health').set('accept', 'text/html')).headers['content-type']).toMatch(/json/);
  });
});
