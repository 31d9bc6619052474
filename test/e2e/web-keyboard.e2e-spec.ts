import { Browser, Page } from 'playwright-core';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { createTeam, TeamFixture } from '../utils/team-fixture';
import { ConsentFixture, createConsentFixture, fictionalCpr } from '../utils/consent-fixture';
import { displayNameOf, launchChromium, newContext, signInByKeyboard, startWebApp, tabTo, tabToLabel, WebApp } from '../utils/web-browser';

const INQUIRIES = 'query($t: ID!) { inquiries(input: { teamId: $t }) { nodes { source subject } } }';

/** The other roles' main flows with the keyboard alone: Tab, arrows, Space and Enter, nothing else. */
describe('web client: keyboard alone', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let team: TeamFixture;
  let consent: ConsentFixture;
  const nameOf = (token: string) => displayNameOf(web.api, token);

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Tastatur2');
    [net, team] = await Promise.all([createNetwork(web.api, town), createTeam(web.api, town)]);
    consent = await createConsentFixture(web.api, town);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  async function signIn(page: Page, name: string, filter?: string): Promise<void> {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Log ind', exact: true }).waitFor();
    await signInByKeyboard(page, name, filter);
  }

  it('a counsellor logs an inquiry: arrows choose within each question', async () => {
    const { page } = await newContext(browser, web.baseUrl);
    await signIn(page, await nameOf(team.counsellor.token));
    await tabTo(page, new RegExp(`^${team.name}$`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: team.name, level: 1 }).waitFor();
    await tabToLabel(page, 'En kollega');
    await page.keyboard.press('ArrowDown'); // En borger
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Et spørgsmål om viden
    await tabTo(page, /^Registrér henvendelsen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Henvendelsen er registreret.' }).waitFor();
    const stored = ok(await web.api.gql<{ inquiries: { nodes: { source: string; subject: string }[] } }>(INQUIRIES, { t: team.teamId }, team.lead.token));
    expect(stored.inquiries.nodes).toEqual([{ source: 'CITIZEN', subject: 'GENERAL_KNOWLEDGE' }]);
    await page.context().close();
  });

  it('a member writes a case and replaces what the guard found without the mouse', async () => {
    const { page } = await newContext(browser, web.baseUrl);
    await signIn(page, await nameOf(net.health.token));
    await page.goto(`/netvaerk/${net.networkId}/ny-sag`);
    await page.getByRole('heading', { name: 'Ny sag til sparring', level: 1 }).waitFor();
    await tabToLabel(page, 'Sagsfremstilling');
    await page.keyboard.type('Drengen Yusuf Hansen må ikke gå til fodbold længere.');
    await tabTo(page, /^Erstat navn med \[NAVN\]/);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('textbox', { name: 'Sagsfremstilling' }).inputValue()).toBe('Drengen [NAVN] må ikke gå til fodbold længere.');
    await page.context().close();
  });

  it('a job adviser looks a citizen up and records a consent with the keyboard alone', async () => {
    const { page } = await newContext(browser, web.baseUrl);
    await signIn(page, await nameOf(consent.adviser.token));
    await tabTo(page, /^Samtykke og udveksling$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Samtykke og udveksling', level: 1 }).waitFor();
    await tabToLabel(page, 'Cpr-nummer');
    await page.keyboard.type(fictionalCpr('170492'));
    await page.keyboard.press('Enter');
    await page.getByText('Borgeren har ikke givet samtykke til udveksling.').waitFor();
    await tabTo(page, /^Registrér et samtykke$/);
    await page.keyboard.press('Enter'); // opens the details
    await tabToLabel(page, 'Etnisk Familieteam'); // the first one is "Fra afdeling"'s; the next is "Til afdeling"'s
    await tabToLabel(page, 'Etnisk Familieteam');
    await page.keyboard.press('Space');
    await tabToLabel(page, 'Familieforhold');
    await page.keyboard.press('Space');
    await tabTo(page, /^Registrér samtykket$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Samtykket er registreret.' }).waitFor();
    await page.context().close();
  });

  it('the data-protection officer verifies the ledger with the keyboard alone', async () => {
    const { page } = await newContext(browser, web.baseUrl);
    await signIn(page, 'DPO', `DPO ${town.municipality.name}`); // every test municipality has a DPO of that name
    await tabTo(page, /^Databeskyttelse$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Kontrollér loggen$/);
    await page.keyboard.press('Enter');
    await page.getByText(/^Alle \d+ poster stemmer med kæden\./).waitFor();
    await page.context().close();
  });
});
