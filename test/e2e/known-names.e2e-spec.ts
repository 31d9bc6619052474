import { scanText } from '../../src/privacy/anonymisation/scanner';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const SAVE = 'mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version findings { kind field } } }';
const CREATE_CASE = 'mutation($input: CreateCaseInput!) { createCaseDiscussion(input: $input) { id } }';

/** Staff are not citizens: minutes may say who presented; a citizen's name is still refused, and cases stay strict. */
describe("the guard leaves the municipality's own staff and speakers alone in texts about meetings", () => {
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let meetingId: string;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Kendte navne');
    net = await createNetwork(api, town);
    ok(await api.gql('mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }', { input: { subject: 'fatima-y', displayName: 'Fatima Yilmaz', email: 'fy@test.invalid', departmentId: town.departments.health.id } }, town.tokens.admin));
    ok(await api.gql('mutation($i: CreateSpeakerInput!) { createSpeaker(input: $i) { id } }', { i: { name: 'Ahmad Rahimi', email: 'ar@speaker.invalid', kind: 'AUTHORITY', topics: ['æresrelaterede konflikter'] } }, town.tokens.admin));
    ok(await api.gql('mutation($i: CreateSpeakerInput!) { createSpeaker(input: $i) { id } }', { i: { name: 'Mona Kvist', organisation: 'Qorvacirklen', email: 'mk@speaker.invalid', kind: 'CIVIL_SOCIETY', topics: ['at bryde ud'] } }, town.tokens.admin));
    meetingId = await scheduleMeeting(api, net, new Date(Date.now() - 2 * 3600_000), 60);
    ok(await api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId, presentStaffMemberIds: [net.coordinator.id, net.health.id] } }, net.coordinator.token));
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  type Saved = { saveMinutes: { findings: { kind: string; field: string }[] } };

  it('finds nothing in minutes that name a colleague and a registered speaker', async () => {
    const body = 'Fatima Yilmaz fremlagde erfaringer fra sundhedsplejen. Ahmad Rahimi holdt oplæg om æresrelaterede konflikter, og Fatima svarede på spørgsmål.';
    expect(ok(await api.gql<Saved>(SAVE, { input: { meetingId, body, decisions: [] } }, net.health.token)).saveMinutes.findings).toEqual([]);
  });

  it('finds nothing in the name of an organisation a registered speaker comes from', async () => {
    const body = 'Oplæg ved Qorvacirklen om at bryde ud af en kontrollerende familie.';
    expect(scanText(body).map((f) => f.kind)).toEqual(['name']); // unknown to the dictionary: the scanner alone flags it
    const saved = ok(await api.gql<Saved>(SAVE, { input: { meetingId, body, decisions: [] } }, net.health.token));
    expect(saved.saveMinutes.findings).toEqual([]);
  });

  it("still finds a name nobody in the municipality has, and a citizen's phone number next to a colleague's name", async () => {
    const citizen = ok(await api.gql<Saved>(SAVE, { input: { meetingId, body: 'Vi talte om Leyla Hussein og hendes bror.', decisions: [] } }, net.health.token));
    expect(citizen.saveMinutes.findings).toEqual([{ kind: 'name', field: 'body' }]);
    const phone = ok(await api.gql<Saved>(SAVE, { input: { meetingId, body: 'Fatima Yilmaz ringer til familien på 22 33 44 55.', decisions: [] } }, net.health.token));
    expect(phone.saveMinutes.findings).toEqual([{ kind: 'phone', field: 'body' }]);
  });

  it('refuses an action item naming a citizen outright (only minutes are saved with findings)', async () => {
    const result = await api.gql('mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', { input: { meetingId, text: 'Ring til Leyla Hussein om skolen', ownerId: net.health.id } }, net.health.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'PERSONAL_DATA_DETECTED', findings: [expect.objectContaining({ kind: 'name', field: 'text' })] });
  });

  it('keeps case texts strict: a case does not name anyone, staff included', async () => {
    const result = await api.gql(CREATE_CASE, {
      input: { networkId: net.networkId, concernCategories: ['DIGITAL_CONTROL'], ageBand: 'AGE_13_17', affected: ['THE_PERSON'], narrative: 'Fatima Yilmaz har talt med pigen.', actionsTaken: 'Samtale.', question: 'Hvad nu?' },
    }, net.health.token);
    expect(result.errors?.[0].extensions.code).toBe('PERSONAL_DATA_DETECTED');
  });
});
