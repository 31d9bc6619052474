import { Browser, Page } from 'playwright-core';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { accessibilityViolations, displayNameOf, launchChromium, newContext, screenshotForReadme, signInAs, startWebApp, WebApp } from '../utils/web-browser';

const CASE = 'query($id: ID!) { caseDiscussion(id: $id) { narrative status outcome responses { used actionCard { title } } } }';

/** Case sparring in a real browser: the guard as one types, advice from another discipline, the outcome. */
describe('web client: anonymised case sparring', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let caseId: string;
  const violations: string[] = [];
  let foreignRequests: string[];
  const nameOf = (token: string) => displayNameOf(web.api, token);

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Sparring');
    net = await createNetwork(web.api, town);
    ok(
      await web.api.gql('mutation($i: PublishPreparednessPlanInput!) { publishPreparednessPlan(input: $i) { id } }', { i: { title: 'Beredskabsplan', cards: [
        { title: 'Mistanke om negativ social kontrol af et barn', concernLevel: 'SUSPICION', personConcerned: 'CHILD', steps: ['Drøft bekymringen med din leder', 'Kontakt kommunens ressourcepersoner'], contacts: [{ kind: 'RESOURCE_PERSONS', name: 'Ressourcepersonerne', howToReach: 'Via kommunens intranet' }], legalNotes: ['Underretningspligt efter barnets lov § 133'] },
        { title: 'Akut fare', acuteDanger: true, steps: ['Ring 112'] },
      ] } }, town.tokens.admin),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  it('a health visitor whose draft names a child sees the name highlighted, cannot save until it is replaced, then brings the case', async () => {
    let page: Page;
    ({ page, foreignRequests } = await newContext(browser, web.baseUrl));
    await signInAs(page, town.municipality.name, await nameOf(net.health.token));
    await page.goto(`/netvaerk/${net.networkId}/ny-sag`);
    await page.getByRole('heading', { name: 'Ny sag til sparring', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Ny sag' });
    await form.getByLabel('Aldersgruppe').selectOption({ label: '13–17 år' });
    await form.getByLabel('Digital kontrol').check();
    await form.getByRole('textbox', { name: 'Sagsfremstilling' }).fill('Pigen Amira Hansen fortæller, at hendes telefon bliver tjekket hver aften, og at hun ikke må gå til fritidsaktiviteter.');
    await form.getByRole('textbox', { name: 'Spørgsmål til netværket' }).fill('Hvordan kan jeg tale med pigen om det, uden at familien opdager det?');

    const findings = form.getByRole('group', { name: 'Fund i sagsfremstilling' });
    await findings.locator('mark').filter({ hasText: 'Amira Hansen' }).getByText('(navn)').waitFor();
    await form.getByText('Teksten indeholder en personoplysning. Erstat den, før sagen kan gemmes.').waitFor();
    expect(await form.getByRole('button', { name: 'Gem sagen' }).isDisabled()).toBe(true);
    violations.push(...(await accessibilityViolations(page, 'case draft with a finding')));
    await screenshotForReadme(page, 'case-guard');

    await findings.getByRole('button', { name: /^Erstat navn med \[NAVN\]/ }).click();
    expect(await form.getByRole('textbox', { name: 'Sagsfremstilling' }).inputValue()).toBe('Pigen [NAVN] fortæller, at hendes telefon bliver tjekket hver aften, og at hun ikke må gå til fritidsaktiviteter.');
    await form.getByRole('status').filter({ hasText: 'Ingen personoplysninger fundet.' }).first().waitFor();
    await form.getByRole('button', { name: 'Gem sagen' }).click();
    await page.getByRole('heading', { name: /^Sag [A-Z]{2,4}-\d{4}-\d{3}$/, level: 1 }).waitFor();
    caseId = new URL(page.url()).pathname.split('/').pop()!;
    const stored = ok(await web.api.gql<{ caseDiscussion: { narrative: string } }>(CASE, { id: caseId }, net.coordinator.token));
    expect(stored.caseDiscussion.narrative).not.toContain('Amira');
    violations.push(...(await accessibilityViolations(page, 'case (presenter)')));

    // Age, school and housing area together can point to one person: explained, and saved only once acknowledged.
    await page.goto(`/netvaerk/${net.networkId}/ny-sag`);
    const second = page.getByRole('form', { name: 'Ny sag' });
    await second.getByLabel('Aldersgruppe').selectOption({ label: '13–17 år' });
    await second.getByLabel('Begrænset bevægelsesfrihed').check();
    await second.getByRole('textbox', { name: 'Sagsfremstilling' }).fill('Pigen er 14 år, går på Tingbjerg Skole og bor i Tingbjerg. Hun må ikke deltage i lejrskolen.');
    await second.getByRole('textbox', { name: 'Spørgsmål til netværket' }).fill('Hvordan griber vi det an?');
    const warning = second.getByRole('alert').filter({ hasText: 'Kan sagen genkendes alligevel?' });
    await warning.getByText('sammen kan de pege på én bestemt person', { exact: false }).waitFor();
    expect(await second.getByRole('button', { name: 'Gem sagen' }).isDisabled()).toBe(true);
    violations.push(...(await accessibilityViolations(page, 'quasi-identifier warning')));
    await warning.getByLabel('Jeg har vurderet, at sagen ikke kan genkendes ud fra disse oplysninger').check();
    await second.getByRole('button', { name: 'Gem sagen' }).click();
    await page.getByRole('heading', { name: /^Sag [A-Z]{2,4}-\d{4}-\d{3}$/, level: 1 }).waitFor();
    await page.context().close();
  });

  it('a teacher finds the fitting action card and gives advice that points to it', async () => {
    const { page, foreignRequests: foreign } = await newContext(browser, web.baseUrl);
    await signInAs(page, town.municipality.name, await nameOf(net.school.token));
    await page.goto(`/netvaerk/${net.networkId}`);
    // The first case (the list is newest first).
    await page.getByRole('region', { name: 'Sager til sparring' }).getByRole('link', { name: /^[A-Z]{2,4}-\d{4}-\d{3}$/ }).last().click();
    await page.getByRole('heading', { name: /^Sag /, level: 1 }).waitFor();
    const cards = page.getByRole('form', { name: 'Find handlekort' });
    await cards.getByRole('button', { name: 'Find handlekort' }).click();
    await page.getByRole('article', { name: 'Handlekort: Mistanke om negativ social kontrol af et barn' }).getByText('Kontakt kommunens ressourcepersoner').waitFor();
    const advice = page.getByRole('form', { name: 'Giv et råd' });
    await advice.getByRole('textbox', { name: 'Dit råd' }).fill('Tal med pigen alene i skoletiden, og inddrag skolens ressourceperson.');
    await advice.getByLabel('Henvis til et handlekort (valgfrit)').selectOption({ label: 'Mistanke om negativ social kontrol af et barn' });
    await advice.getByRole('status').filter({ hasText: 'Ingen personoplysninger fundet.' }).waitFor();
    await advice.getByRole('button', { name: 'Send rådet' }).click();
    await page.getByRole('status').filter({ hasText: 'Dit råd er sendt.' }).waitFor();
    await page.getByRole('region', { name: /^Råd fra netværket/ }).getByText('Skole', { exact: true }).waitFor();
    violations.push(...(await accessibilityViolations(page, 'case (member advising)')));
    await screenshotForReadme(page, 'case');
    foreignRequests.push(...foreign);
    await page.context().close();
  });

  it('the presenter marks the advice used and records the outcome, which closes the case', async () => {
    const { page, foreignRequests: foreign } = await newContext(browser, web.baseUrl);
    await signInAs(page, town.municipality.name, await nameOf(net.health.token));
    await page.goto(`/sag/${caseId}`);
    await page.getByRole('button', { name: 'Markér rådet som brugt' }).click();
    await page.getByText('· Brugt').waitFor();
    const outcome = page.getByRole('form', { name: 'Udfald' });
    await outcome.getByRole('textbox', { name: 'Hvad skete der?' }).fill('Samtalen blev holdt, og der er lavet en underretning.');
    await outcome.getByRole('status').filter({ hasText: 'Ingen personoplysninger fundet.' }).waitFor();
    await outcome.getByRole('button', { name: 'Gem udfald og luk sagen' }).click();
    await page.getByRole('status').filter({ hasText: 'Udfaldet er gemt, og sagen er lukket.' }).waitFor();
    const stored = ok(await web.api.gql<{ caseDiscussion: { status: string; outcome: string; responses: { used: boolean; actionCard: { title: string } | null }[] } }>(CASE, { id: caseId }, net.coordinator.token));
    expect(stored.caseDiscussion).toMatchObject({ status: 'CLOSED', outcome: 'Samtalen blev holdt, og der er lavet en underretning.', responses: [{ used: true, actionCard: { title: 'Mistanke om negativ social kontrol af et barn' } }] });
    violations.push(...(await accessibilityViolations(page, 'case closed')));
    foreignRequests.push(...foreign);
    await page.context().close();
  });

  it('passed axe on every state and asked nothing of another origin', () => {
    expect(violations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
