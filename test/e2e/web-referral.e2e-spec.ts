import { Browser, Page } from 'playwright-core';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTeam, TeamFixture } from '../utils/team-fixture';
import { accessibilityViolations, displayNameOf, launchChromium, newContext, screenshotForReadme, signInAs, startWebApp, WebApp } from '../utils/web-browser';

const OPEN = 'mutation($i: OpenCounsellingCaseInput!) { openCounsellingCase(input: $i) { id reference } }';
const COMPETENCE = 'mutation($i: RecordCompetenceInput!) { recordCompetence(input: $i) { id } }';
const CASE = 'query($id: ID!) { counsellingCase(id: $id) { escalations { status response } riskAssessments { level } } }';

/** Referral to the specialist team and its answer, a PATRIARK assessment by the certified, upskilling per department. */
describe('web client: referral, risk assessment and upskilling', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let team: TeamFixture;
  let specialists: TeamFixture;
  let caseId: string;
  const violations: string[] = [];
  const nameOf = (token: string) => displayNameOf(web.api, token);
  async function open(token: string): Promise<Page> {
    const { page } = await newContext(browser, web.baseUrl);
    await signInAs(page, town.municipality.name, await nameOf(token));
    return page;
  }

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Henvisning');
    [team, specialists] = await Promise.all([createTeam(web.api, town), createTeam(web.api, town, 'SPECIALIST_TEAM', 'Etnisk Konsulentteam')]);
    caseId = ok(await web.api.gql<{ openCounsellingCase: { id: string } }>(OPEN, { i: { teamId: team.teamId, counsellorRole: 'CASE_OWNER_FROM_START', targetGroup: 'ACTIVITY_READY', ageBand: 'UNDER_30' } }, team.counsellor.token)).openCounsellingCase.id;
    const year = new Date().getFullYear();
    ok(await web.api.gql(COMPETENCE, { i: { kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK', completedOn: `${year - 1}-01-10`, validUntil: `${year + 2}-01-10` } }, team.counsellor.token));
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  it('a certified counsellor refers the case to the specialist team and records a PATRIARK assessment', async () => {
    const page = await open(team.counsellor.token);
    await page.goto(`/team/${team.teamId}`);
    await page.getByRole('table', { name: 'Teamets sager' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Sag /, level: 1 }).waitFor();
    const refer = page.getByRole('form', { name: 'Henvis sagen' });
    await refer.getByLabel('Hvilket specialteam?').selectOption({ label: specialists.name });
    await refer.getByLabel('Høj risiko').check();
    await refer.getByRole('button', { name: 'Henvis sagen' }).click();
    await page.getByRole('status').filter({ hasText: 'Sagen er henvist.' }).waitFor();
    await page.getByRole('region', { name: 'Henvisninger' }).getByText('Sendt', { exact: true }).waitFor();

    const risk = page.getByRole('form', { name: 'Registrér risikovurdering' });
    await risk.getByLabel('Risikoniveau').selectOption({ label: 'Moderat' });
    await risk.getByRole('button', { name: 'Registrér vurderingen' }).click();
    await page.getByRole('status').filter({ hasText: 'Risikovurderingen er registreret.' }).waitFor();
    violations.push(...(await accessibilityViolations(page, 'counselling case')));
    await screenshotForReadme(page, 'counselling-case');
    await page.context().close();
  });

  it('is not offered the assessment without a certification', async () => {
    const page = await open(team.colleague.token);
    await page.goto(`/team/${team.teamId}/sag/${caseId}`);
    await page.getByText('Kun medarbejdere med en gyldig PATRIARK-certificering kan registrere en risikovurdering.').waitFor();
    expect(await page.getByRole('form', { name: 'Registrér risikovurdering' }).count()).toBe(0);
    await page.context().close();
  });

  it('the specialist team accepts the referral with an answer; the referring team sees it', async () => {
    const page = await open(specialists.counsellor.token);
    await page.goto(`/team/${specialists.teamId}`);
    const incoming = page.getByRole('region', { name: 'Henvisninger til teamet' });
    await incoming.getByLabel('Svar til det henvisende team').fill('Vi tager sagen og kontakter rådgiveren i morgen.');
    await incoming.getByRole('button', { name: /^Tag imod/ }).click();
    await page.getByRole('status').filter({ hasText: 'Henvisningen er taget imod.' }).waitFor();
    violations.push(...(await accessibilityViolations(page, 'specialist team')));
    await page.context().close();
    const stored = ok(await web.api.gql<{ counsellingCase: { escalations: { status: string; response: string }[]; riskAssessments: { level: string }[] } }>(CASE, { id: caseId }, team.counsellor.token));
    expect(stored.counsellingCase).toEqual({ escalations: [{ status: 'ACCEPTED', response: 'Vi tager sagen og kontakter rådgiveren i morgen.' }], riskAssessments: [{ level: 'MODERATE' }] });
  });

  it('records a workshop and a knowledge need for a department', async () => {
    const page = await open(team.lead.token);
    await page.goto(`/team/${team.teamId}`);
    const upskilling = page.getByRole('region', { name: 'Opkvalificering i afdelingerne' });
    await upskilling.getByText('Notér et vidensbehov').click();
    const need = page.getByRole('form', { name: 'Notér vidensbehov' });
    await need.getByLabel('Afdeling', { exact: true }).selectOption({ label: 'Jobcenter' });
    await need.getByLabel('Hvad har afdelingen brug for at vide mere om?').fill('Samtaler om digital kontrol');
    await need.getByRole('button', { name: 'Notér behovet' }).click();
    await upskilling.getByRole('table').getByText(/Samtaler om digital kontrol/).waitFor();
    await upskilling.getByText('Registrér en workshop').click();
    const workshop = page.getByRole('form', { name: 'Registrér workshop' });
    await workshop.getByLabel('Afdeling', { exact: true }).selectOption({ label: 'Jobcenter' });
    await workshop.getByLabel('Emne').fill('Tegn på negativ social kontrol');
    await workshop.getByLabel('Antal deltagere').fill('14');
    await workshop.getByRole('button', { name: 'Registrér workshoppen' }).click();
    await page.getByRole('status').filter({ hasText: 'Workshoppen er registreret.' }).waitFor();
    const jobcentre = upskilling.getByRole('row', { name: /^Jobcenter/ });
    expect((await jobcentre.getByRole('cell').allInnerTexts()).slice(0, 3)).toEqual(['Jobcenter', '1', '14']);
    violations.push(...(await accessibilityViolations(page, 'upskilling')));
    await page.context().close();
  });

  it('passed axe', () => {
    expect(violations).toEqual([]);
  });
});
