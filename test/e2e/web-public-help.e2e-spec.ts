import { Browser } from 'playwright-core';
import request from 'supertest';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { accessibilityViolations, launchChromium, screenshotForReadme, startWebApp, WebApp } from '../utils/web-browser';

/** The public "where to turn" page: no sign-in, no JavaScript, only what the municipality published. */
describe('public page: where to turn', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let bare: TestMunicipality;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    [town, bare] = await Promise.all([createMunicipality('Offentlig'), createMunicipality('Uden plan')]);
    ok(
      await web.api.gql('mutation($i: PublishPreparednessPlanInput!) { publishPreparednessPlan(input: $i) { id } }', { i: { title: 'Beredskabsplan 2027', cards: [
        { title: 'Hvis du er bekymret for et barn', personConcerned: 'CHILD', steps: ['Tal med din leder', 'Kontakt kommunens ressourcepersoner'], contacts: [{ kind: 'RESOURCE_PERSONS', name: 'Kommunens ressourcepersoner', howToReach: 'Telefon 70 00 00 00 (hverdage 9–15)' }], legalNotes: ['Underretningspligt efter barnets lov § 133'] },
        { title: 'Ved akut fare', acuteDanger: true, steps: ['Ring 112'], contacts: [{ kind: 'POLICE', name: 'Politiet', howToReach: 'Ring 112' }] },
      ] } }, town.tokens.admin),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  it('works with JavaScript off, passes axe, and shows the published cards and contact points and nothing else', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: web.baseUrl, locale: 'da-DK' });
    const foreign: string[] = [];
    await context.route('**/*', (route) => (route.request().url().startsWith(web.baseUrl) ? route.continue() : (foreign.push(route.request().url()), route.abort())));
    const page = await context.newPage();
    const response = await page.goto(`/hjaelp/${town.municipality.code}`);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy']).toContain("default-src 'none'");
    await page.getByRole('heading', { name: 'Negativ social kontrol: hvor kan du henvende dig?', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Tegn og signaler' }).waitFor();
    const municipal = page.getByRole('region', { name: `Kontakt i ${town.municipality.name}` });
    await municipal.getByText('Telefon 70 00 00 00 (hverdage 9–15)').waitFor();
    await page.getByRole('region', { name: 'Kontakt på landsplan' }).getByText('Ring 116 111').waitFor();
    await page.getByRole('heading', { name: 'Hvis du er bekymret for et barn', level: 3 }).waitFor();
    await context.close();

    // The same page with JavaScript on, to look inside it and run axe (axe is a script).
    const inspect = await browser.newContext({ baseURL: web.baseUrl, locale: 'da-DK' });
    await inspect.route('**/*', (route) => (route.request().url().startsWith(web.baseUrl) ? route.continue() : (foreign.push(route.request().url()), route.abort())));
    const view = await inspect.newPage();
    await view.goto(`/hjaelp/${town.municipality.code}`);
    // Styled by the same stylesheet as the web client, from this origin.
    expect(await view.evaluate(() => document.styleSheets.length)).toBe(1);
    const text = await view.evaluate(() => document.body.innerText);
    for (const staff of Object.values(town.staff)) {
      expect(text).not.toContain(staff.email);
      expect(text).not.toContain(staff.subject);
    }
    expect(await view.evaluate(() => document.scripts.length)).toBe(0);
    await screenshotForReadme(view, 'public-help');
    expect(await accessibilityViolations(view, 'public page')).toEqual([]);
    expect(foreign).toEqual([]);
    await inspect.close();
  });

  it('says so when nothing is published yet, and answers 404 for a code that is no municipality', async () => {
    const server = web.api.app.getHttpServer();
    const empty = await request(server).get(`/hjaelp/${bare.municipality.code}`);
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('Kommunen har ikke offentliggjort handlekort endnu.');
    for (const code of ['0000', 'abcd', '12345', '%3Cscript%3E']) {
      const response = await request(server).get(`/hjaelp/${code}`);
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('<script');
    }
  });
});
