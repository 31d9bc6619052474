import { Browser, Page } from 'playwright-core';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ConsentFixture, createConsentFixture, fictionalCpr } from '../utils/consent-fixture';
import { createNetwork, ok } from '../utils/network-fixture';
import { accessibilityViolations, displayNameOf, launchChromium, newContext, screenshotForReadme, signInAs, startWebApp, WebApp } from '../utils/web-browser';

/** Consent-gated exchange in a real browser: record, exchange, read, withdraw, refused with the anonymous alternative. */
describe('web client: consent and exchange', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let f: ConsentFixture;
  let adviser: Page;
  let networkName: string;
  const cpr = fictionalCpr('120387');
  const violations: string[] = [];
  const foreign: string[] = [];
  const nameOf = (token: string) => displayNameOf(web.api, token);
  const check = async (page: Page, label: string) => violations.push(...(await accessibilityViolations(page, label)));
  const screenText = (page: Page) => page.evaluate(() => document.body.innerText + [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value).join(' '));

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Samtykke');
    f = await createConsentFixture(web.api, town);
    const net = await createNetwork(web.api, town, 'Arbejdsgruppen');
    ok(await web.api.gql('mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }', { input: { networkId: net.networkId, staffMemberId: f.adviser.id, role: 'MEMBER', joinedOn: '2020-01-01' } }, net.coordinator.token));
    networkName = ok(await web.api.gql<{ network: { name: string } }>('query($id: ID!) { network(id: $id) { name } }', { id: net.networkId }, net.coordinator.token)).network.name;
    const context = await newContext(browser, web.baseUrl);
    adviser = context.page;
    foreign.push(...context.foreignRequests);
    await signInAs(adviser, town.municipality.name, await nameOf(f.adviser.token));
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  it('a job adviser types the CPR number once, records the consent, and never sees the number again', async () => {
    await adviser.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Samtykke og udveksling' }).click();
    await adviser.getByRole('heading', { name: 'Samtykke og udveksling', level: 1 }).waitFor();
    await check(adviser, 'consent: find citizen');
    await adviser.getByLabel('Cpr-nummer').fill(cpr);
    await adviser.getByRole('button', { name: 'Find borgerens samtykker' }).click();
    await adviser.getByText('Borgeren har ikke givet samtykke til udveksling.').waitFor();
    expect(await screenText(adviser)).not.toContain(cpr.slice(0, 6));
    expect(adviser.url()).not.toContain(cpr.slice(0, 6));

    await adviser.getByText('Registrér et samtykke', { exact: true }).click();
    const form = adviser.getByRole('form', { name: 'Registrér samtykke' });
    await form.getByRole('group', { name: 'Til afdeling' }).getByLabel('Etnisk Familieteam').check();
    await form.getByRole('group', { name: 'Hvilke oplysninger?' }).getByLabel('Familieforhold').check();
    await check(adviser, 'consent: record form');
    await form.getByRole('button', { name: 'Registrér samtykket' }).click();
    await adviser.getByRole('status').filter({ hasText: 'Samtykket er registreret.' }).waitFor();
    await adviser.getByRole('table', { name: 'Borgerens samtykker' }).getByRole('cell', { name: 'Gældende', exact: true }).waitFor();
    expect(await screenText(adviser)).not.toContain(cpr.slice(0, 6));
    await screenshotForReadme(adviser, 'consent');
  });

  it('shares the family situation with the ethnic family team: permitted, and recorded', async () => {
    const form = adviser.getByRole('form', { name: 'Del oplysninger' });
    await form.getByLabel('Til afdeling').selectOption({ label: 'Etnisk Familieteam' });
    await form.getByRole('group', { name: 'Hvilke oplysninger vil du dele?' }).getByLabel('Familieforhold').check();
    await form.getByLabel('Det, du vil dele').fill('Familien har flyttet pigen til en anden skole efter hun fik en kæreste.');
    await form.getByRole('button', { name: 'Send forespørgslen' }).click();
    await adviser.getByRole('status').filter({ hasText: 'Udvekslingen er tilladt' }).getByText(/registreret i loggen som post \d+/).waitFor();
    await check(adviser, 'exchange permitted');
  });

  it('the ethnic family team reads what was shared, told that the read is recorded', async () => {
    const { page, foreignRequests } = await newContext(browser, web.baseUrl);
    await signInAs(page, town.municipality.name, await nameOf(f.familyConsultant.token));
    await page.goto('/samtykke');
    const list = page.getByRole('region', { name: 'Min afdelings udvekslinger' });
    await list.getByText('Din læsning registreres i loggen.').waitFor();
    await list.getByRole('button', { name: /^Læs oplysningerne/ }).click();
    await list.getByRole('region', { name: 'Oplysninger fra Jobcenter' }).getByText('Familien har flyttet pigen til en anden skole').waitFor();
    await check(page, 'exchange read');
    foreign.push(...foreignRequests);
    await page.context().close();
  });

  it('the citizen withdraws; the next request is refused, with the anonymous case in the network offered instead', async () => {
    await adviser.getByRole('button', { name: /^Tilbagekald/ }).click();
    await adviser.getByRole('status').filter({ hasText: 'Samtykket er tilbagekaldt.' }).waitFor();
    await adviser.getByRole('table', { name: 'Borgerens samtykker' }).getByRole('cell', { name: 'Tilbagekaldt', exact: true }).waitFor();

    const form = adviser.getByRole('form', { name: 'Del oplysninger' });
    await form.getByLabel('Det, du vil dele').fill('Ny oplysning om familiens planer for sommerferien.');
    await form.getByRole('button', { name: 'Send forespørgslen' }).click();
    const refusal = adviser.getByRole('alert').filter({ hasText: 'Udvekslingen er ikke tilladt' });
    await refusal.getByText('Borgeren har tilbagekaldt sit samtykke.', { exact: false }).waitFor();
    await check(adviser, 'exchange refused');
    await screenshotForReadme(adviser, 'exchange-refused');
    await refusal.getByRole('link', { name: `ny anonym sag i ${networkName}` }).click();
    await adviser.getByRole('heading', { name: 'Ny sag til sparring', level: 1 }).waitFor();
  });

  it("proposes today's date in Denmark, also between midnight and 01:00 when the UTC date is still yesterday's", async () => {
    const { page } = await newContext(browser, web.baseUrl);
    // 00:30 in Copenhagen on 2 December; the UTC date is still 1 December.
    await page.clock.setFixedTime(new Date('2026-12-01T23:30:00Z'));
    await signInAs(page, town.municipality.name, await nameOf(f.adviser.token));
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Samtykke og udveksling' }).click();
    await page.getByLabel('Cpr-nummer').fill(fictionalCpr('150590'));
    await page.getByRole('button', { name: 'Find borgerens samtykker' }).click();
    await page.getByText('Registrér et samtykke', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Registrér samtykke' });
    expect(await form.getByLabel('Gælder fra').inputValue()).toBe('2026-12-02');
    await page.context().close();
  });

  it('passed axe on every state and asked nothing of another origin', () => {
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
