import { Browser, Page } from 'playwright-core';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ConsentFixture, consentInput, createConsentFixture, exchangeInput, fictionalCpr, RECORD_CONSENT, REQUEST_EXCHANGE } from '../utils/consent-fixture';
import { ok } from '../utils/network-fixture';
import { accessibilityViolations, launchChromium, newContext, screenshotForReadme, signInAs, startWebApp, WebApp } from '../utils/web-browser';

/** The data-protection officer in a real browser: reviews statutory exchanges, verifies the ledger, prints an access report. */
describe('web client: the data-protection officer', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let f: ConsentFixture;
  let page: Page;
  let foreign: string[];
  const cpr = fictionalCpr('030591');
  const violations: string[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Tilsyn');
    f = await createConsentFixture(web.api, town);
    ok(await web.api.gql(RECORD_CONSENT, { input: consentInput(f, cpr) }, f.adviser.token));
    ok(await web.api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, cpr) }, f.adviser.token));
    ok(await web.api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, fictionalCpr('030591'), { legalBasis: 'SSP_ADMINISTRATION_OF_JUSTICE_ACT_115', justification: 'Samarbejde i SSP om en ung med tegn på kriminalitet' }) }, f.adviser.token));
    ({ page, foreignRequests: foreign } = await newContext(browser, web.baseUrl));
    await signInAs(page, town.municipality.name, 'DPO');
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  it('reviews the exchange made on a legal basis without consent', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Databeskyttelse' }).click();
    const pending = page.getByRole('region', { name: 'Udvekslinger uden samtykke til gennemgang' });
    await pending.getByText('SSP-samarbejde (retsplejelovens § 115)', { exact: false }).waitFor();
    violations.push(...(await accessibilityViolations(page, 'dpo')));
    await pending.getByRole('button', { name: /^Markér som gennemgået/ }).click();
    await page.getByRole('status').filter({ hasText: 'Udvekslingen er markeret som gennemgået.' }).waitFor();
    await pending.getByText('Der er ingen udvekslinger, der venter på gennemgang.').waitFor();
  });

  it('verifies the ledger', async () => {
    await page.getByRole('button', { name: 'Kontrollér loggen' }).click();
    await page.getByText(/^Alle \d+ poster stemmer med kæden\./).waitFor();
    expect(await page.locator('code.hash').innerText()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes the citizen\'s access report, printable and as PDF, without the CPR number', async () => {
    const form = page.getByRole('form', { name: 'Indsigtsrapport' });
    await form.getByLabel('Borgerens cpr-nummer').fill(cpr);
    await form.getByRole('button', { name: 'Dan indsigtsrapport' }).click();
    const report = page.getByRole('article', { name: 'Indsigtsrapport' });
    const rows = report.getByRole('table', { name: 'Registreringer om borgeren' }).getByRole('row');
    await rows.filter({ hasText: 'Samtykke registreret' }).first().waitFor();
    await rows.filter({ hasText: 'Udveksling afgjort' }).first().waitFor();
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(cpr.slice(0, 6));
    violations.push(...(await accessibilityViolations(page, 'access report')));
    await screenshotForReadme(page, 'access-report');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('passed axe and asked nothing of another origin', () => {
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
