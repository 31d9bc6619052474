import { Browser, Page } from 'playwright-core';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { accessibilityViolations, launchChromium, newContext, signInAs, startWebApp, WebApp } from '../utils/web-browser';

/** A housing social worker in a real browser: who do we know in the area, and recording a dialogue meeting with two of them. */
describe('web client: local actors in a housing area', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let page: Page;
  let foreignRequests: string[];
  let consoleErrors: string[];
  const violations: string[] = [];
  const actors: Record<string, string> = {};

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Lokalområde');
    net = await createNetwork(web.api, town);
    const area = ok(await web.api.gql<{ createHousingArea: { id: string } }>('mutation($i: CreateHousingAreaInput!) { createHousingArea(input: $i) { id } }', { i: { name: 'Taastrupgaard', socialPlan: 'Helhedsplan Taastrupgaard' } }, net.coordinator.token)).createHousingArea.id;
    for (const [key, name, kind] of [['mothers', 'Bydelsmødrene', 'NEIGHBOURHOOD_MOTHERS'], ['fathers', 'Fædregruppen', 'FATHER_GROUP'], ['office', 'Ejendomskontoret', 'HOUSING_STAFF']]) {
      actors[key] = ok(await web.api.gql<{ createLocalActor: { id: string } }>('mutation($i: CreateLocalActorInput!) { createLocalActor(input: $i) { id } }', { i: { name, kind, housingAreaIds: [area] } }, net.health.token)).createLocalActor.id;
    }
    ({ page, foreignRequests, consoleErrors } = await newContext(browser, web.baseUrl));
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  it('shows who we know in the area, who holds each contact, and records an engagement with two of them', async () => {
    const me = ok(await web.api.gql<{ me: { staffMember: { displayName: string } } }>('{ me { staffMember { displayName } } }', {}, net.health.token)).me.staffMember.displayName;
    await signInAs(page, town.municipality.name, me);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Lokale aktører' }).click();
    await page.getByRole('heading', { name: 'Hvem kender vi i Taastrupgaard?', level: 2 }).waitFor();
    const table = page.getByRole('table', { name: 'Lokale aktører i Taastrupgaard' });
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.split('\t').slice(0, 4))).toEqual([
      ['Bydelsmødrene', 'Bydelsmødre', me, 'Intet endnu'],
      ['Ejendomskontoret', 'Boligforening og ejendomskontor', me, 'Intet endnu'],
      ['Fædregruppen', 'Fædregruppe', me, 'Intet endnu'],
    ]);
    violations.push(...(await accessibilityViolations(page, 'local actors')));

    const form = page.getByRole('form', { name: 'Registrér et samarbejde' });
    await form.getByLabel('Type').selectOption('DIALOGUE_MEETING');
    await form.getByLabel('Dato').fill('2026-11-12');
    await form.getByLabel('Emne').fill('Dialogmøde om unges fritid');
    await form.getByLabel('Kort resumé').fill('Aftalte at invitere forældrene til et fælles møde.');
    // Nothing chosen: the API's refusal is shown in Danish, and what was typed stays.
    await form.getByRole('button', { name: 'Registrér samarbejdet' }).click();
    await page.getByText('Det lykkedes ikke').waitFor();
    expect(await form.getByLabel('Emne').inputValue()).toBe('Dialogmøde om unges fritid');
    await form.getByRole('checkbox', { name: 'Bydelsmødrene' }).check();
    await form.getByRole('checkbox', { name: 'Fædregruppen' }).check();
    await form.getByRole('button', { name: 'Registrér samarbejdet' }).click();
    await page.getByRole('status').filter({ hasText: 'Samarbejdet er registreret.' }).waitFor();
    await table.getByRole('row', { name: /Fædregruppen/ }).getByText('Dialogmøde: Dialogmøde om unges fritid, 12. november 2026').waitFor();
    const stored = ok(await web.api.gql<{ engagements: { topic: string; localActors: { id: string }[] }[] }>('{ engagements { topic localActors { id } } }', {}, net.school.token)).engagements;
    expect(stored.map((e) => [e.topic, e.localActors.map((a) => a.id).sort()])).toEqual([['Dialogmøde om unges fritid', [actors.mothers, actors.fathers].sort()]]);
    violations.push(...(await accessibilityViolations(page, 'local actors after recording')));
  });

  it('passed axe (WCAG 2.1 A and AA), asked nothing of another origin and logged no error', () => {
    expect(violations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
