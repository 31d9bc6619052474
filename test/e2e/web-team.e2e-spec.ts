import { Browser, Page } from 'playwright-core';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTeam, TeamFixture } from '../utils/team-fixture';
import { accessibilityViolations, displayNameOf, launchChromium, newContext, screenshotForReadme, signInAs, startWebApp, WebApp } from '../utils/web-browser';

const OPEN = 'mutation($i: OpenCounsellingCaseInput!) { openCounsellingCase(input: $i) { id } }';
const INQUIRIES = 'query($t: ID!) { inquiries(input: { teamId: $t }) { nodes { source subject channel } } }';

/** A counsellor team in a real browser: an inquiry in three choices, the caseload and competences, statistics as the team and as the steering group. */
describe('web client: a counsellor team and its steering group', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let team: TeamFixture;
  const violations: string[] = [];
  const foreign: string[] = [];
  const nameOf = (token: string) => displayNameOf(web.api, token);
  const thisYear = new Date().getFullYear();

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Vejledning');
    team = await createTeam(web.api, town);
    const roles = ['ADVICE_AND_SPARRING', 'ADVICE_AND_SPARRING', 'ADVICE_AND_SPARRING', 'ADVICE_AND_SPARRING', 'ADVICE_AND_SPARRING', 'CASE_OWNER_FROM_START', 'TOOK_OVER'];
    for (const [i, role] of roles.entries()) {
      ok(await web.api.gql(OPEN, { i: { teamId: team.teamId, openedOn: `${thisYear}-01-0${i + 2}`, counsellorRole: role, targetGroup: 'ACTIVITY_READY', ageBand: 'UNDER_30' } }, team.counsellor.token));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  async function open(token: string): Promise<Page> {
    const { page, foreignRequests } = await newContext(browser, web.baseUrl);
    foreign.push(...foreignRequests);
    await signInAs(page, town.municipality.name, await nameOf(token));
    return page;
  }

  it('a counsellor logs an inquiry in three choices and sees the caseload', async () => {
    const page = await open(team.counsellor.token);
    await page.getByRole('region', { name: 'Netværk' }).getByRole('link', { name: team.name }).click();
    await page.getByRole('heading', { name: team.name, level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Registrér henvendelse' });
    await form.getByLabel('En borger').check();
    await form.getByLabel('Et spørgsmål om viden').check();
    await form.getByLabel('Hvordan?').selectOption({ label: 'E-mail' });
    await form.getByRole('button', { name: 'Registrér henvendelsen' }).click();
    await page.getByRole('status').filter({ hasText: 'Henvendelsen er registreret.' }).waitFor();
    await page.getByRole('region', { name: 'Seneste henvendelser' }).getByText(/En borger, et spørgsmål om viden, e-mail/).waitFor();
    const stored = ok(await web.api.gql<{ inquiries: { nodes: { source: string; subject: string; channel: string }[] } }>(INQUIRIES, { t: team.teamId }, team.lead.token));
    expect(stored.inquiries.nodes).toEqual([{ source: 'CITIZEN', subject: 'GENERAL_KNOWLEDGE', channel: 'EMAIL' }]);
    expect(await page.getByRole('table', { name: 'Teamets sager' }).getByRole('row').count()).toBe(8);
    await page.getByRole('table', { name: 'Teamets kompetencer og certificeringer' }).waitFor();
    violations.push(...(await accessibilityViolations(page, 'team')));

    await page.getByRole('button', { name: 'Vis statistik' }).click();
    const roles = page.getByRole('table', { name: 'Rådgiverens rolle' });
    const cells = (name: RegExp) => roles.getByRole('row', { name }).getByRole('cell').allInnerTexts();
    await roles.getByRole('row', { name: /Overtog sagen/ }).waitFor();
    expect(await cells(/Overtog sagen/)).toEqual(['1', '14 %']);
    violations.push(...(await accessibilityViolations(page, 'team statistics (team)')));
    await screenshotForReadme(page, 'team');
    await page.context().close();
  });

  it('the steering group sees the statistics with small cells suppressed, and opens the printable report', async () => {
    const page = await open(team.steering.token);
    await page.goto(`/team/${team.teamId}`);
    await page.getByRole('heading', { name: 'Teamets statistik', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Vis statistik' }).click();
    await page.getByText('Tal under 5 er skjult, så ingen borger kan genkendes.', { exact: false }).waitFor();
    const roles = page.getByRole('table', { name: 'Rådgiverens rolle' });
    const cells = (name: RegExp) => roles.getByRole('row', { name }).getByRole('cell').allInnerTexts();
    expect(await cells(/Overtog sagen/)).toEqual(['under 5', 'skjult']);
    expect((await cells(/Råd og sparring/))[0]).toBe('5');
    violations.push(...(await accessibilityViolations(page, 'team statistics (steering group)')));
    await page.getByRole('button', { name: 'Rapport til udskrift' }).click();
    await page.waitForURL(/\/reports\/statistics\?/);
    expect(await page.content()).toContain(team.name);
    await page.context().close();
  });

  it('passed axe and asked nothing of another origin', () => {
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
