import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const CREATE_AREA = 'mutation($input: CreateHousingAreaInput!) { createHousingArea(input: $input) { id name socialPlan } }';
const CREATE_ACTOR = 'mutation($input: CreateLocalActorInput!) { createLocalActor(input: $input) { id name kind organisation } }';
const RECORD = 'mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { id topic } }';
const WHO_DO_WE_KNOW = `query($id: ID!) { housingArea(id: $id) { name socialPlan
  localActors { name kind organisation holder { displayName } housingAreas { name } recentEngagements { kind topic occurredOn staffMembers { displayName } } }
  engagements { topic localActors { name } } } }`;

/** Housing areas, local actors, engagements, working groups and the civil-society strategy (Høje Taastrup, Odense). */
describe('local actors and housing areas', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let other: TestMunicipality;
  let net: NetworkFixture;
  const areas: Record<string, string> = {};
  const actors: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApp();
    [town, other] = await Promise.all([createMunicipality('Høje-Taastrup'), createMunicipality('Anden')]);
    net = await createNetwork(api, town, 'Arbejdsgruppen for boligområderne');
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const actor = (input: Record<string, unknown>, token = net.health.token) => api.gql<{ createLocalActor: { id: string } }>(CREATE_ACTOR, { input }, token);
  const statements = (result: { extensions?: { diagnostics?: { sqlStatements: number } } }) => result.extensions!.diagnostics!.sqlStatements;

  it('lets coordinators register housing areas with their housing social plan, and no one else', async () => {
    for (const name of ['Taastrupgaard', 'Gadehavegaard', 'Charlotteager']) {
      areas[name] = ok(await api.gql<{ createHousingArea: { id: string } }>(CREATE_AREA, { input: { name, socialPlan: 'Boligsocial helhedsplan for Høje-Taastrup 2023-2026' } }, net.coordinator.token)).createHousingArea.id;
    }
    const member = await api.gql(CREATE_AREA, { input: { name: 'Blåkildegård' } }, net.health.token);
    expect(member.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const twice = await api.gql(CREATE_AREA, { input: { name: 'Taastrupgaard' } }, net.coordinator.token);
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
    const list = ok(await api.gql<{ housingAreas: { name: string }[] }>('{ housingAreas { name } }', {}, net.school.token)).housingAreas;
    expect(list.map((a) => a.name)).toEqual(['Charlotteager', 'Gadehavegaard', 'Taastrupgaard']);
    // Another municipality sees none of them.
    expect(ok(await api.gql<{ housingAreas: unknown[] }>('{ housingAreas { name } }', {}, other.tokens.member)).housingAreas).toEqual([]);
  });

  it('records local actors with their areas, who holds the relationship, and contact details sealed and shown to few', async () => {
    actors.mothers = ok(await actor({ name: 'Bydelsmødrene i Taastrup', kind: 'NEIGHBOURHOOD_MOTHERS', organisation: 'Fonden for Socialt Ansvar', housingAreaIds: [areas.Taastrupgaard, areas.Gadehavegaard], email: 'bydelsmoedre@example.test', phone: '+45 20 30 40 50', contactPerson: 'Kontaktperson Amina' })).createLocalActor.id;
    actors.fathers = ok(await actor({ name: 'Fædregruppen', kind: 'FATHER_GROUP', housingAreaIds: [areas.Taastrupgaard], holderId: net.school.id })).createLocalActor.id;
    actors.staff = ok(await actor({ name: 'Boligforeningens ejendomsfunktionærer', kind: 'HOUSING_STAFF', housingAreaIds: [areas.Gadehavegaard] })).createLocalActor.id;
    const CONTACT = '{ localActors { id name contact { email phone contactPerson } } }';
    // Health holds both actors in Gadehavegaard.
    const asHolder = ok(await api.gql<{ housingArea: { localActors: { id: string; contact: unknown }[] } }>('query($id: ID!) { housingArea(id: $id) { localActors { id contact { email phone contactPerson } } } }', { id: areas.Gadehavegaard }, net.health.token)).housingArea.localActors;
    expect(asHolder.find((a) => a.id === actors.mothers)?.contact).toEqual({ email: 'bydelsmoedre@example.test', phone: '+45 20 30 40 50', contactPerson: 'Kontaktperson Amina' });
    // The teacher holds the father group, not the mothers: the directory yes, the mothers' contact no.
    const teacher = await api.gql<{ localActors: unknown[] }>(CONTACT, {}, net.school.token);
    expect(teacher.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(ok(await api.gql<{ localActors: { name: string }[] }>('{ localActors { name } }', {}, net.school.token)).localActors).toHaveLength(3);
    expect(ok(await api.gql(CONTACT, {}, net.coordinator.token))).toBeTruthy();
    const [stored] = await (await ownerDataSource()).transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return manager.query('SELECT contact_sealed FROM local_actor WHERE id = $1', [actors.mothers]);
    });
    expect(Buffer.from(stored.contact_sealed).toString('latin1')).not.toContain('bydelsmoedre');
    // A holder must be an active colleague; an area from elsewhere is unknown.
    expect((await actor({ name: 'X', kind: 'OTHER', housingAreaIds: [], holderId: '00000000-0000-4000-8000-000000000001' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const foreignArea = ok(await api.gql<{ createHousingArea: { id: string } }>(CREATE_AREA, { input: { name: 'Et andet område' } }, other.tokens.admin)).createHousingArea.id;
    expect((await actor({ name: 'Y', kind: 'OTHER', housingAreaIds: [foreignArea] })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'housingAreaIds' });
  });

  it('records engagements with actors and staff, guards their text, and refuses unknown participants leaving nothing behind', async () => {
    const base = { kind: 'DIALOGUE_MEETING', occurredOn: '2026-10-14', topic: 'Dialogmøde om unges fritidsliv', summary: 'Drøftede, hvordan vi når forældrene.', housingAreaId: areas.Taastrupgaard };
    ok(await api.gql(RECORD, { input: { ...base, localActorIds: [actors.mothers, actors.fathers], staffMemberIds: [net.school.id] } }, net.health.token));
    ok(await api.gql(RECORD, { input: { ...base, kind: 'NORM_CHANGE_INITIATIVE', occurredOn: '2026-11-02', topic: 'Fædrenes samtalesalon', localActorIds: [actors.fathers], staffMemberIds: [] } }, net.school.token));
    const before = ok(await api.gql<{ engagements: unknown[] }>('{ engagements { id } }', {}, net.health.token)).engagements.length;
    const leaked = await api.gql(RECORD, { input: { ...base, summary: 'Moren Fatima Hassan, CPR 150385-1234, kom også.', localActorIds: [actors.mothers], staffMemberIds: [] } }, net.health.token);
    expect(leaked.errors?.[0].extensions.code).toBe('PERSONAL_DATA_DETECTED');
    expect(JSON.stringify(leaked)).not.toContain('150385-1234');
    const unknown = await api.gql(RECORD, { input: { ...base, localActorIds: [actors.mothers, '00000000-0000-4000-8000-000000000000'], staffMemberIds: [] } }, net.health.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'localActorIds' });
    const none = await api.gql(RECORD, { input: { ...base, localActorIds: [], staffMemberIds: [] } }, net.health.token);
    expect(none.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(ok(await api.gql<{ engagements: unknown[] }>('{ engagements { id } }', {}, net.health.token)).engagements).toHaveLength(before);
  });

  it('answers "who do we know in Taastrupgaard?" in one query, in as many statements for four actors as for one', async () => {
    const first = await api.gql<{ housingArea: { localActors: { name: string; holder: { displayName: string }; recentEngagements: { topic: string; staffMembers: unknown[] }[] }[]; engagements: unknown[] } }>(WHO_DO_WE_KNOW, { id: areas.Taastrupgaard }, net.job.token);
    const area = ok(first).housingArea;
    expect(area.localActors.map((a) => a.name)).toEqual(['Bydelsmødrene i Taastrup', 'Fædregruppen']);
    const fathers = area.localActors.find((a) => a.name === 'Fædregruppen')!;
    expect(fathers.recentEngagements.map((e) => e.topic)).toEqual(['Fædrenes samtalesalon', 'Dialogmøde om unges fritidsliv']);
    expect(fathers.recentEngagements[1].staffMembers).toHaveLength(2);
    expect(area.engagements).toHaveLength(2);
    // Charlotteager with one actor, then with four (the same colleagues at each level): the same number of statements.
    const one = ok(await actor({ name: 'Moskéforeningen', kind: 'FAITH_COMMUNITY', housingAreaIds: [areas.Charlotteager] })).createLocalActor.id;
    ok(await api.gql(RECORD, { input: { kind: 'JOINT_ACTIVITY', occurredOn: '2026-09-01', topic: 'Fællesspisning', summary: '', housingAreaId: areas.Charlotteager, localActorIds: [one], staffMemberIds: [net.school.id] } }, net.health.token));
    const small = statements(await api.gql(WHO_DO_WE_KNOW, { id: areas.Charlotteager }, net.job.token));
    for (const [name, kind] of [['Lægehuset', 'GENERAL_PRACTITIONER'], ['Lokalpolitiet', 'POLICE'], ['Ungdomsklubben', 'CIVIL_SOCIETY_ORGANISATION']]) {
      const id = ok(await actor({ name, kind, housingAreaIds: [areas.Charlotteager] })).createLocalActor.id;
      ok(await api.gql(RECORD, { input: { kind: 'REFERRAL_ROUTE', occurredOn: '2026-09-02', topic: `Henvisning med ${name}`, summary: '', housingAreaId: areas.Charlotteager, localActorIds: [id], staffMemberIds: [net.school.id] } }, net.health.token));
    }
    const large = await api.gql<{ housingArea: { localActors: unknown[] } }>(WHO_DO_WE_KNOW, { id: areas.Charlotteager }, net.job.token);
    expect(ok(large).housingArea.localActors).toHaveLength(4);
    expect(statements(large)).toBe(small);
    // Every area with its actors and engagements: as many statements for three areas as for one.
    const ALL = '{ housingAreas { name localActors { name } engagements { topic localActors { name } } } }';
    const three = await api.gql<{ housingAreas: { engagements: unknown[] }[] }>(ALL, {}, net.job.token);
    expect(ok(three).housingAreas.map((a) => a.engagements.length)).toEqual([4, 0, 2]);
    const oneArea = statements(await api.gql('query($id: ID!) { housingArea(id: $id) { name localActors { name } engagements { topic localActors { name } } } }', { id: areas.Charlotteager }, net.job.token));
    expect(statements(three)).toBe(oneArea);
  });

  it('makes a network the working group of an area, with local actors who take part without an account', async () => {
    const NETWORK = 'query($id: ID!) { network(id: $id) { housingAreas { name } localActors { name } } }';
    const link = 'mutation($n: ID!, $a: ID!) { linkNetworkToHousingArea(networkId: $n, housingAreaId: $a) { id } }';
    const add = 'mutation($n: ID!, $a: ID!) { addLocalActorToNetwork(networkId: $n, localActorId: $a) { id } }';
    expect((await api.gql(link, { n: net.networkId, a: areas.Taastrupgaard }, net.health.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const id of [areas.Taastrupgaard, areas.Gadehavegaard, areas.Taastrupgaard]) ok(await api.gql(link, { n: net.networkId, a: id }, net.coordinator.token));
    for (const id of [actors.mothers, actors.staff]) ok(await api.gql(add, { n: net.networkId, a: id }, net.coordinator.token));
    const network = ok(await api.gql<{ network: { housingAreas: { name: string }[]; localActors: { name: string }[] } }>(NETWORK, { id: net.networkId }, net.health.token)).network;
    expect(network.housingAreas.map((a) => a.name).sort()).toEqual(['Gadehavegaard', 'Taastrupgaard']);
    expect(network.localActors.map((a) => a.name).sort()).toEqual(['Boligforeningens ejendomsfunktionærer', 'Bydelsmødrene i Taastrup']);
    expect((await api.gql(NETWORK, { id: net.networkId }, net.outsider.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("keeps the civil-society strategy's goals with the actors each involves; only the admin writes it", async () => {
    const ADD = 'mutation($input: AddCivilSocietyGoalInput!) { addCivilSocietyGoal(input: $input) { id title } }';
    const input = { title: 'Flere forældre i dialog om frihed og fællesskab', description: 'Gennem bydelsmødre og fædregrupper.', localActorIds: [actors.mothers, actors.fathers] };
    expect((await api.gql(ADD, { input }, net.coordinator.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    ok(await api.gql(ADD, { input }, town.tokens.admin));
    ok(await api.gql(ADD, { input: { title: 'Civilsamfundet med i opkvalificeringen', description: '', localActorIds: [] } }, town.tokens.admin));
    const foreignActor = ok(await actor({ name: 'Fremmed', kind: 'OTHER', housingAreaIds: [] }, other.tokens.member)).createLocalActor.id;
    expect((await api.gql(ADD, { input: { ...input, localActorIds: [foreignActor] } }, town.tokens.admin)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const strategy = ok(await api.gql<{ civilSocietyStrategy: { title: string; localActors: { name: string }[] }[] }>('{ civilSocietyStrategy { title localActors { name } } }', {}, net.job.token)).civilSocietyStrategy;
    expect(strategy.map((g) => [g.title, g.localActors.map((a) => a.name)])).toEqual([
      ['Flere forældre i dialog om frihed og fællesskab', ['Bydelsmødrene i Taastrup', 'Fædregruppen']],
      ['Civilsamfundet med i opkvalificeringen', []],
    ]);
  });
});
