import { ownerDataSource, closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const SAVE = 'mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { id status findings { id kind field start end preview acknowledged reason acknowledgedById } } }';
const ACKNOWLEDGE = 'mutation($input: AcknowledgeMinutesFindingInput!) { acknowledgeMinutesFinding(input: $input) { findings { id kind acknowledged reason acknowledgedById acknowledgedAt } } }';
const CIRCULATE = 'mutation($id: ID!) { circulateMinutes(meetingId: $id) { status } }';
const APPROVE = 'mutation($id: ID!) { approveMinutes(meetingId: $id) { status findings { kind acknowledged reason } } }';

interface Finding {
  id: string;
  kind: string;
  field: string;
  start: number;
  end: number;
  preview: string;
  acknowledged: boolean;
  reason: string | null;
  acknowledgedById: string | null;
}

/** Issue 15: a draft with findings can be saved, but not circulated or approved until each is removed or acknowledged with a reason. */
describe('minutes with possible identifiers', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let meetingId: string;

  const save = async (body: string, decisions: string[] = []) => ok(await api.gql<{ saveMinutes: { id: string; findings: Finding[] } }>(SAVE, { input: { meetingId, body, decisions } }, net.health.token)).saveMinutes;
  const acknowledge = (findingId: string, reason: string, token = net.coordinator.token) => api.gql<{ acknowledgeMinutesFinding: { findings: Finding[] } }>(ACKNOWLEDGE, { input: { meetingId, findingId, reason } }, token);

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Referatfund');
    net = await createNetwork(api, town);
    meetingId = await scheduleMeeting(api, net, new Date(Date.now() - 3 * 3600_000), 60);
    ok(await api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId, presentStaffMemberIds: [net.coordinator.id, net.health.id] } }, net.coordinator.token));
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('saves the draft with its findings: kind, field, place and a masked preview, never the value', async () => {
    const body = 'Pkt. 3: Oplæg ved Mikkel Qvortrup fra LOKK. Pkt. 4: Sagen om pigen; moren kan træffes på 22 33 44 55.';
    const draft = await save(body, ['Næste møde i marts']);
    expect(draft.findings.map((f) => [f.kind, f.field, body.slice(f.start, f.end), f.acknowledged])).toEqual([
      ['name', 'body', 'Mikkel Qvortrup', false],
      ['phone', 'body', '22 33 44 55', false],
    ]);
    expect(draft.findings.map((f) => f.preview)).toEqual(['Mi**** ********', '22 ** ** **']);
    const row = await (await ownerDataSource()).transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      const [stored] = await manager.query('SELECT findings::text AS findings FROM minutes_version WHERE id = $1', [draft.id]);
      return stored as { findings: string };
    });
    expect(row.findings).toContain('"kind": "name"');
    expect(row.findings).not.toContain('Qvortrup');
    expect(row.findings).not.toContain('44 55');
  });

  it('refuses to circulate it while findings are open, naming the findings but not the values', async () => {
    const refused = await api.gql(CIRCULATE, { id: meetingId }, net.coordinator.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'MINUTES_FINDINGS_UNRESOLVED', findings: [expect.objectContaining({ kind: 'name' }), expect.objectContaining({ kind: 'phone' })] });
    expect(JSON.stringify(refused.errors)).not.toContain('Qvortrup');
    expect(refused.errors?.[0].message).toMatch(/2 possible identifiers \(name, phone\)/);
  });

  it('takes an acknowledgement from the coordinator only, with a reason that is itself guarded, for a finding that exists', async () => {
    const [name] = (await save('Pkt. 3: Oplæg ved Mikkel Qvortrup fra LOKK. Pkt. 4: Sagen om pigen; moren kan træffes på 22 33 44 55.')).findings;
    expect((await acknowledge(name.id, 'Oplægsholderen', net.health.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await acknowledge(name.id, 'Ring på 22 33 44 55')).errors?.[0].extensions.code).toBe('PERSONAL_DATA_DETECTED');
    expect((await acknowledge('0'.repeat(32), 'Oplægsholderen')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await acknowledge('not-a-finding', 'Oplægsholderen')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const acknowledged = ok(await acknowledge(name.id, 'Oplægsholderen fra LOKK, ikke en borger')).acknowledgeMinutesFinding.findings;
    expect(acknowledged.map((f) => [f.kind, f.acknowledged, f.reason, f.acknowledgedById])).toEqual([
      ['name', true, 'Oplægsholderen fra LOKK, ikke en borger', net.coordinator.id],
      ['phone', false, null, null],
    ]);
    expect((await api.gql(CIRCULATE, { id: meetingId }, net.coordinator.token)).errors?.[0].extensions).toMatchObject({ code: 'MINUTES_FINDINGS_UNRESOLVED', findings: [expect.objectContaining({ kind: 'phone' })] });
  });

  it('keeps an acknowledgement across edits of the rest of the text; circulates and approves once nothing is open', async () => {
    const edited = await save('Pkt. 3: Oplæg ved Mikkel Qvortrup fra LOKK om digital kontrol. Pkt. 4: Sagen om pigen; skolen kontakter moren.');
    expect(edited.findings.map((f) => [f.kind, f.acknowledged, f.reason])).toEqual([['name', true, 'Oplægsholderen fra LOKK, ikke en borger']]);
    ok(await api.gql(CIRCULATE, { id: meetingId }, net.coordinator.token));
    const approved = ok(await api.gql<{ approveMinutes: { status: string; findings: { kind: string; acknowledged: boolean; reason: string }[] } }>(APPROVE, { id: meetingId }, net.coordinator.token)).approveMinutes;
    expect(approved).toEqual({ status: 'APPROVED', findings: [{ kind: 'name', acknowledged: true, reason: 'Oplægsholderen fra LOKK, ikke en borger' }] });
  });

  it('scans a correction of approved minutes as a version of its own, change note included', async () => {
    const correction = ok(
      await api.gql<{ saveMinutes: { findings: Finding[] } }>(SAVE, { input: { meetingId, body: 'Rettet referat.', decisions: [], changeNote: 'Rettet efter samtale med Amina Warsame' } }, net.coordinator.token),
    ).saveMinutes;
    expect(correction.findings.map((f) => [f.kind, f.field, f.acknowledged])).toEqual([['name', 'changeNote', false]]);
    expect((await api.gql(CIRCULATE, { id: meetingId }, net.coordinator.token)).errors?.[0].extensions.code).toBe('MINUTES_FINDINGS_UNRESOLVED');
  });
});
