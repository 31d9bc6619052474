import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { addStaff, ok, Person } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const WORKSHOP = 'mutation($i: RecordWorkshopInput!) { recordWorkshop(input: $i) { id heldOn participants topic givenBy { id } department { name } } }';
const NEED = 'mutation($i: NoteKnowledgeNeedInput!) { noteKnowledgeNeed(input: $i) { id topic notedOn metByWorkshopId } }';
const OVERVIEW = 'query($i: UpskillingOverviewInput!) { upskillingOverview(input: $i) { department { name } workshops participants openNeeds { topic } } }';

describe('upskilling: workshops and knowledge needs per department (Odense)', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let unit: Person;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Odense');
    unit = await addStaff(api, town, `unit-${Date.now()}`, 'ssp');
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('notes needs, records workshops that meet them, and shows per department what was given and what is still open', async () => {
    const need = (departmentKey: string, topic: string) => api.gql<{ noteKnowledgeNeed: { id: string } }>(NEED, { i: { departmentId: town.departments[departmentKey].id, topic } }, town.tokens.member);
    const schoolNeed = ok(await need('school', 'Tegn på negativ social kontrol hos elever')).noteKnowledgeNeed;
    ok(await need('school', 'Samtaler med forældre'));
    const jobNeed = ok(await need('jobcentre', 'Samtaleværktøjer')).noteKnowledgeNeed;

    // A workshop cannot meet another department's need.
    const wrong = await api.gql(WORKSHOP, { i: { departmentId: town.departments.school.id, heldOn: '2024-03-05', participants: 25, topic: 'Negativ social kontrol', meetsNeedIds: [jobNeed.id] } }, unit.token);
    expect(wrong.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const given = ok(await api.gql<{ recordWorkshop: Record<string, unknown> }>(WORKSHOP, { i: { departmentId: town.departments.school.id, heldOn: '2024-03-05', participants: 25, topic: 'Negativ social kontrol i skolen', meetsNeedIds: [schoolNeed.id] } }, unit.token)).recordWorkshop;
    expect(given).toMatchObject({ heldOn: '2024-03-05', participants: 25, givenBy: { id: unit.id }, department: { name: 'Skolen' } });
    ok(await api.gql(WORKSHOP, { i: { departmentId: town.departments.school.id, heldOn: '2024-05-01', participants: 12, topic: 'Opfølgning' } }, unit.token));
    ok(await api.gql(WORKSHOP, { i: { departmentId: town.departments.school.id, heldOn: '2023-12-01', participants: 40, topic: 'Før perioden' } }, unit.token));
    // A need already met cannot be met again.
    const again = await api.gql(WORKSHOP, { i: { departmentId: town.departments.school.id, heldOn: '2024-06-01', participants: 5, topic: 'Igen', meetsNeedIds: [schoolNeed.id] } }, unit.token);
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');

    const overview = ok(await api.gql<{ upskillingOverview: { department: { name: string }; workshops: number; participants: number; openNeeds: { topic: string }[] }[] }>(OVERVIEW, { i: { from: '2024-01-01', to: '2024-12-31' } }, town.tokens.jobcentre)).upskillingOverview;
    const of = (name: string) => overview.find((row) => row.department.name === name)!;
    expect(of('Skolen')).toEqual({ department: { name: 'Skolen' }, workshops: 2, participants: 37, openNeeds: [{ topic: 'Samtaler med forældre' }] });
    expect(of('Jobcenter')).toEqual({ department: { name: 'Jobcenter' }, workshops: 0, participants: 0, openNeeds: [{ topic: 'Samtaleværktøjer' }] });
    expect(of('Sundhedsplejen')).toMatchObject({ workshops: 0, openNeeds: [] });
  });

  it('refuses a topic that names a person, a negative head count and a future date, and stores nothing then', async () => {
    const named = await api.gql(NEED, { i: { departmentId: town.departments.health.id, topic: 'Familien på Vestergade 12, tlf. 20 30 40 50' } }, town.tokens.member);
    expect(named.errors?.[0].extensions.code).toBe('PERSONAL_DATA_DETECTED');
    expect(JSON.stringify(named)).not.toContain('20 30 40 50');
    const negative = await api.gql(WORKSHOP, { i: { departmentId: town.departments.health.id, heldOn: '2024-03-05', participants: -1, topic: 'Oplæg' } }, unit.token);
    expect(negative.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const future = await api.gql(WORKSHOP, { i: { departmentId: town.departments.health.id, heldOn: '2999-01-01', participants: 3, topic: 'Oplæg' } }, unit.token);
    expect(future.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const overview = ok(await api.gql<{ upskillingOverview: { department: { name: string }; workshops: number; openNeeds: unknown[] }[] }>(OVERVIEW, { i: { from: '2000-01-01', to: '2099-12-31' } }, town.tokens.member)).upskillingOverview;
    expect(overview.find((row) => row.department.name === 'Sundhedsplejen')).toMatchObject({ workshops: 0, openNeeds: [] });
  });
});
