import { CaseRetentionService } from '../../src/cases/discussions/case-retention.service';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { NEXT_YEAR } from '../utils/clock';

const CREATE = 'mutation($input: CreateCaseInput!) { createCaseDiscussion(input: $input) { id reference presentingDiscipline ageBand status } }';
const clean = {
  concernCategories: ['RESTRICTED_FREEDOM_OF_MOVEMENT', 'DIGITAL_CONTROL'],
  ageBand: 'AGE_13_17',
  affected: ['THE_PERSON'],
  narrative: 'Pigen fortæller, at hun ikke må gå til fritidsaktiviteter, og at familien tjekker hendes telefon hver aften.',
  actionsTaken: 'Samtale med pigen alene; kontakt til skolens trivselsperson.',
  question: 'Hvordan tager vi samtalen med forældrene uden at forværre situationen?',
};

describe('anonymised case discussions', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
    net = await createNetwork(api, town);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const create = (input: Record<string, unknown>, token = net.health.token) => api.gql<{ createCaseDiscussion: { id: string; reference: string; presentingDiscipline: string } }>(CREATE, { input: { networkId: net.networkId, ...clean, ...input } }, token);

  it('creates a case with a reference not derived from anything about the citizen, attributed to the presenting discipline', async () => {
    const meetingId = await scheduleMeeting(api, net, new Date(`${NEXT_YEAR}-03-02T12:00:00Z`));
    const first = ok(await create({ meetingId })).createCaseDiscussion;
    const second = ok(await create({})).createCaseDiscussion;
    const year = new Date().getFullYear();
    expect(first.reference).toMatch(new RegExp(`^[A-Z]{3}-${year}-\\d{3}$`));
    expect(Number(second.reference.slice(-3))).toBe(Number(first.reference.slice(-3)) + 1);
    expect(first.presentingDiscipline).toBe('HEALTH_VISITING');
    const { meeting } = ok(await api.gql<{ meeting: { cases: { reference: string }[] } }>('query($id: ID!) { meeting(id: $id) { cases { reference } } }', { id: meetingId }, net.coordinator.token));
    expect(meeting.cases).toEqual([{ reference: first.reference }]);
  });

  it('refuses a text with identifiers: PERSONAL_DATA_DETECTED with masked findings, nothing stored, no value echoed', async () => {
    const before = ok(await api.gql<{ caseDiscussions: { nodes: unknown[] } }>('query($id: ID!) { caseDiscussions(networkId: $id, page: { first: 100 }) { nodes { id } } }', { id: net.networkId }, net.health.token));
    const narrative = 'Moren hedder Fatima Hassan, CPR 150385-1234, og bor på Søndergade 14, 2. th. Ring 20 30 40 50.';
    const result = await create({ narrative });
    expect(result.errors?.[0].extensions.code).toBe('PERSONAL_DATA_DETECTED');
    const findings = result.errors?.[0].extensions.findings as { field: string; kind: string; start: number; end: number; preview: string }[];
    expect(findings.map((f) => [f.field, f.kind, narrative.slice(f.start, f.end), f.preview])).toEqual([
      ['narrative', 'name', 'Fatima Hassan', 'Fa**** ******'],
      ['narrative', 'cpr', '150385-1234', '15****-****'],
      ['narrative', 'address', 'Søndergade 14, 2. th.', 'Sø******** **, *. **.'],
      ['narrative', 'phone', '20 30 40 50', '20 ** ** **'],
    ]);
    const body = JSON.stringify(result);
    for (const value of ['Fatima', '150385-1234', 'Søndergade 14', '20 30 40 50']) expect(body).not.toContain(value);
    const after = ok(await api.gql<{ caseDiscussions: { nodes: unknown[] } }>('query($id: ID!) { caseDiscussions(networkId: $id, page: { first: 100 }) { nodes { id } } }', { id: net.networkId }, net.health.token));
    expect(after.caseDiscussions.nodes.length).toBe(before.caseDiscussions.nodes.length);
  });

  it('scans every free-text field: the question and the actions too', async () => {
    const result = await create({ question: 'Skal vi ringe til faren på 22 33 44 55?' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'PERSONAL_DATA_DETECTED', findings: [{ field: 'question', kind: 'phone' }] } });
  });

  it('previews the redaction so the presenter can accept it in one step', async () => {
    const text = 'Hendes bror Zerak truer hende. Hun er født 7. juni 2008 og skriver fra pige2008@hotmail.dk.';
    const { previewAnonymisation } = ok(await api.gql<{ previewAnonymisation: { redacted: string; findings: { kind: string }[] } }>('query($t: String!) { previewAnonymisation(text: $t) { redacted findings { kind start end preview } quasiIdentifierWarning } }', { t: text }, net.health.token));
    expect(previewAnonymisation.redacted).toBe('Hendes bror [NAVN] truer hende. Hun er [FØDSELSDATO] og skriver fra [EMAIL].');
    const accepted = ok(await create({ narrative: previewAnonymisation.redacted })).createCaseDiscussion;
    expect(accepted.reference).toBeTruthy();
  });

  it('warns about an identifying combination (exact age + named school + named housing area) until acknowledged', async () => {
    const narrative = 'Pigen er 14 år, går på Tingbjerg Skole og bor i Tingbjerg. Hun må ikke deltage i lejrskolen.';
    const warned = await create({ narrative });
    expect(warned.errors?.[0]).toMatchObject({ extensions: { code: 'QUASI_IDENTIFIERS_UNACKNOWLEDGED', warning: { exactAge: true, namedInstitution: true, namedArea: true } } });
    expect(ok(await create({ narrative, acknowledgeQuasiIdentifiers: true })).createCaseDiscussion.id).toBeTruthy();
  });

  it('takes advice from members (scanned, attributed to member and discipline); the presenter marks what was used and records the outcome', async () => {
    const kase = ok(await create({})).createCaseDiscussion;
    const refused = await api.gql('mutation($input: RespondToCaseInput!) { respondToCase(input: $input) { id } }', { input: { caseId: kase.id, advice: 'Ring til Hawa Abdi og spørg.' } }, net.job.token);
    expect(refused.errors?.[0].extensions.code).toBe('PERSONAL_DATA_DETECTED');
    const advice = ok(await api.gql<{ respondToCase: { id: string; authorDiscipline: string } }>('mutation($input: RespondToCaseInput!) { respondToCase(input: $input) { id authorDiscipline } }', { input: { caseId: kase.id, advice: 'Inddrag Etnisk Konsulentteam før samtalen med forældrene.' } }, net.job.token));
    expect(advice.respondToCase.authorDiscipline).toBe('JOBCENTRE');
    const notPresenter = await api.gql('mutation($id: ID!) { markAdviceUsed(responseId: $id) { used } }', { id: advice.respondToCase.id }, net.job.token);
    expect(notPresenter.errors?.[0].extensions.code).toBe('FORBIDDEN');
    ok(await api.gql('mutation($id: ID!) { markAdviceUsed(responseId: $id) { used } }', { id: advice.respondToCase.id }, net.health.token));
    const closed = ok(await api.gql<{ recordCaseOutcome: { status: string; outcome: string } }>('mutation($input: RecordCaseOutcomeInput!) { recordCaseOutcome(input: $input) { status outcome } }', { input: { caseId: kase.id, outcome: 'Forældresamtale gennemført med tolk; pigen deltager nu i en fritidsklub.' } }, net.health.token));
    expect(closed.recordCaseOutcome.status).toBe('CLOSED');
    const { caseDiscussion } = ok(await api.gql<{ caseDiscussion: { responses: { used: boolean; author: { id: string } }[] } }>('query($id: ID!) { caseDiscussion(id: $id) { responses { used author { id } } } }', { id: kase.id }, net.coordinator.token));
    expect(caseDiscussion.responses).toEqual([{ used: true, author: { id: net.job.id } }]);
  });

  it('shows cases to members only', async () => {
    const kase = ok(await create({})).createCaseDiscussion;
    const result = await api.gql('query($id: ID!) { caseDiscussion(id: $id) { id } }', { id: kase.id }, net.outsider.token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('removes the free text after the retention period, keeps the statistics, and records the removal', async () => {
    const kase = ok(await create({})).createCaseDiscussion;
    ok(await api.gql('mutation($input: RespondToCaseInput!) { respondToCase(input: $input) { id } }', { input: { caseId: kase.id, advice: 'Brug action card nr. 3.' } }, net.school.token));
    ok(await api.gql('mutation($input: RecordCaseOutcomeInput!) { recordCaseOutcome(input: $input) { status } }', { input: { caseId: kase.id, outcome: 'Sagen er afsluttet.' } }, net.health.token));
    const retention = api.app.get(CaseRetentionService);
    expect(await retention.run()).toBe(0); // closed today: within the 12 months
    const owner = await ownerDataSource();
    await owner.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      await manager.query("UPDATE case_discussion SET closed_at = now() - interval '13 months' WHERE id = $1", [kase.id]);
    });
    expect(await retention.run()).toBe(1);
    const { caseDiscussion } = ok(
      await api.gql<{ caseDiscussion: Record<string, unknown> & { responses: { advice: string | null }[] } }>(
        'query($id: ID!) { caseDiscussion(id: $id) { narrative question actionsTaken outcome textRemovedAt ageBand concernCategories presentingDiscipline responses { advice authorDiscipline } } }',
        { id: kase.id },
        net.health.token,
      ),
    );
    expect(caseDiscussion).toMatchObject({ narrative: null, question: null, actionsTaken: null, outcome: null, ageBand: 'AGE_13_17', presentingDiscipline: 'HEALTH_VISITING', responses: [{ advice: null, authorDiscipline: 'SCHOOL' }] });
    expect(caseDiscussion.textRemovedAt).toBeTruthy();
    const entries = await owner.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return manager.query("SELECT content FROM ledger_entry WHERE kind = 'case_text_removed'");
    });
    expect(entries.map((e: { content: string }) => JSON.parse(e.content).caseId)).toEqual([kase.id]);
    expect(await retention.run()).toBe(0);
    // Nothing writes case text after retention ran.
    const late = await api.gql('mutation($input: RecordCaseOutcomeInput!) { recordCaseOutcome(input: $input) { status } }', { input: { caseId: kase.id, outcome: 'Et sent efterskrift.' } }, net.health.token);
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
    const stored = await owner.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return manager.query('SELECT outcome FROM case_discussion WHERE id = $1', [kase.id]);
    });
    expect(stored).toEqual([{ outcome: null }]);
  });
});
