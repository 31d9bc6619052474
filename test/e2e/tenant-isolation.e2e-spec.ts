import { Client } from 'pg';
import { TEST_ENV } from '../setup/test-database';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

/** Tables that carry tenant data; the coverage test below keeps this list honest. */
const TENANT_TABLES = [
  'municipality',
  'department',
  'staff_user',
  'role_grant',
  'network',
  'network_membership',
  'meeting_series',
  'meeting',
  'agenda_item',
  'meeting_attendance',
  'minutes_version',
  'action_item',
  'knowledge_takeback',
  'notification_preference',
  'meeting_reminder',
  'calendar_feed',
  'citizen',
  'consent',
  'consent_event',
  'data_flow_policy',
  'exchange',
  'ledger_checkpoint',
  'ledger_entry',
  'ledger_head',
  'speaker',
  'talk',
  'talk_status_change',
  'talk_rating',
  'outbox_message',
  'case_discussion',
  'case_response',
  'case_reference_counter',
  'idempotency_key',
  'inquiry',
  'counselling_case',
  'escalation',
  'risk_assessment',
  'competence',
  'workshop',
  'web_session',
  'knowledge_need',
  'preparedness_plan',
  'housing_area',
  'local_actor',
  'local_actor_area',
  'engagement',
  'engagement_participant',
  'civil_society_goal',
  'network_local_actor',
  'housing_area_network',
  'action_card',
];

describe('tenant isolation through the API', () => {
  let api: TestApp;
  let a: TestMunicipality;
  let b: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp();
    [a, b] = await Promise.all([createMunicipality('A'), createMunicipality('B')]);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it("shows each municipality only its own municipality, departments and staff", async () => {
    const query = '{ municipality { id } departments { id } staffMembers(page: { first: 100 }) { nodes { id } } }';
    const asA = await api.gql<{ municipality: { id: string }; departments: { id: string }[]; staffMembers: { nodes: { id: string }[] } }>(query, {}, a.tokens.admin);
    expect(asA.data?.municipality.id).toBe(a.municipality.id);
    expect(asA.data?.departments.map((d) => d.id).sort()).toEqual(Object.values(a.departments).map((d) => d.id).sort());
    expect(asA.data?.staffMembers.nodes.map((s) => s.id).sort()).toEqual(Object.values(a.staff).map((s) => s.id).sort());
  });

  it("cannot attach a new member of staff to another municipality's department, and writes nothing", async () => {
    const result = await api.gql(
      'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
      { input: { subject: 'intruder', displayName: 'X', email: 'x@test.invalid', departmentId: b.departments.health.id } },
      a.tokens.admin,
    );
    expect(result.errors?.[0]).toMatchObject({ message: 'The department was not found', extensions: { code: 'NOT_FOUND' } });
    const staff = await api.gql<{ staffMembers: { nodes: { subject: string }[] } }>('{ staffMembers(page: { first: 100 }) { nodes { subject } } }', {}, a.tokens.admin);
    expect(staff.data?.staffMembers.nodes.map((s) => s.subject)).not.toContain('intruder');
  });

  it("cannot deactivate another municipality's member of staff", async () => {
    const victim = Object.values(b.staff)[2];
    const result = await api.gql('mutation($id: ID!) { deactivateStaffMember(id: $id) { id } }', { id: victim.id }, a.tokens.admin);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const stillThere = await api.gql<{ me: { staffMember: { active: boolean } } }>('{ me { staffMember { active } } }', {}, b.tokens.member);
    expect(stillThere.data?.me.staffMember.active).toBe(true);
  });

  it("cannot reach another municipality's network, meetings or calendar through any network operation", async () => {
    const netB = await createNetwork(api, b);
    const meetingB = await scheduleMeeting(api, netB, new Date(Date.now() - 3600_000));
    const attempts: [string, Record<string, unknown>][] = [
      ['query($id: ID!) { network(id: $id) { name } }', { id: netB.networkId }],
      ['query($id: ID!) { meeting(id: $id) { title } }', { id: meetingB }],
      ['mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }', { input: { networkId: netB.networkId, staffMemberId: Object.values(a.staff)[0].id } }],
      ['mutation($id: ID!) { cancelMeeting(id: $id) { id } }', { id: meetingB }],
      ['mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }', { input: { meetingId: meetingB, items: [] } }],
      ['mutation($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { rsvp } }', { input: { meetingId: meetingB, rsvp: 'YES' } }],
      ['mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }', { input: { meetingId: meetingB, body: 'x', decisions: [] } }],
      ['mutation($id: ID) { createCalendarFeed(networkId: $id) { path } }', { id: netB.networkId }],
    ];
    for (const [query, variables] of attempts) {
      const result = await api.gql(query, variables, a.tokens.admin);
      expect({ query, code: result.errors?.[0].extensions.code }).toEqual({ query, code: 'NOT_FOUND' });
    }
    const stillPlanned = await api.gql<{ meeting: { status: string } }>('query($id: ID!) { meeting(id: $id) { status } }', { id: meetingB }, netB.coordinator.token);
    expect(stillPlanned.data?.meeting.status).toBe('PLANNED');
  });

  it('ignores a municipality named in a header or a variable: only the token decides', async () => {
    const result = await api.gql<{ municipality: { id: string } }>('{ municipality { id } }', { municipality_id: b.municipality.id }, a.tokens.member);
    expect(result.data?.municipality.id).toBe(a.municipality.id);
  });
});

describe('tenant isolation at the SQL level (runtime role)', () => {
  let runtime: Client;
  let a: TestMunicipality;
  let b: TestMunicipality;

  beforeAll(async () => {
    [a, b] = await Promise.all([createMunicipality('A'), createMunicipality('B')]);
    runtime = new Client({ connectionString: process.env[TEST_ENV.appUrl] });
    await runtime.connect();
  });
  afterAll(async () => {
    await runtime.end();
    await closeFactories();
  });

  const asTenant = async <T>(municipalityId: string | null, work: () => Promise<T>): Promise<T> => {
    await runtime.query('BEGIN');
    try {
      if (municipalityId) await runtime.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
      return await work();
    } finally {
      await runtime.query('ROLLBACK');
    }
  };

  it('every table with a municipality_id has row-level security enabled and forced', async () => {
    const { rows } = await runtime.query(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid) AS has_policy
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'municipality_id')
              OR c.relname = 'municipality')`);
    expect(rows.map((r) => r.table).sort()).toEqual([...TENANT_TABLES].sort());
    for (const row of rows) expect(row).toMatchObject({ enabled: true, forced: true, has_policy: true });
  });

  it('sees nothing at all without the tenant setting', async () => {
    for (const table of TENANT_TABLES) {
      const { rows } = await asTenant(null, () => runtime.query(`SELECT count(*)::int AS n FROM ${table}`));
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it("sees only the tenant's own rows with the setting", async () => {
    const { rows } = await asTenant(a.municipality.id, () => runtime.query('SELECT DISTINCT municipality_id FROM staff_user'));
    expect(rows).toEqual([{ municipality_id: a.municipality.id }]);
    const other = await asTenant(a.municipality.id, () => runtime.query('SELECT id FROM department WHERE id = $1', [b.departments.ssp.id]));
    expect(other.rowCount).toBe(0);
  });

  it("cannot write a row into another municipality", async () => {
    await expect(
      asTenant(a.municipality.id, () =>
        runtime.query("INSERT INTO department (municipality_id, name, discipline) VALUES ($1, 'Planted', 'other')", [b.municipality.id]),
      ),
    ).rejects.toMatchObject({ code: '42501' }); // new row violates row-level security policy
  });

  it("cannot update or move another municipality's rows", async () => {
    const updated = await asTenant(a.municipality.id, () =>
      runtime.query("UPDATE staff_user SET display_name = 'Changed' WHERE municipality_id = $1", [b.municipality.id]),
    );
    expect(updated.rowCount).toBe(0);
    await expect(
      asTenant(a.municipality.id, () => runtime.query('UPDATE department SET municipality_id = $1', [b.municipality.id])),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it("cannot reference another municipality's row, even though foreign-key checks bypass RLS", async () => {
    await expect(
      asTenant(a.municipality.id, () =>
        runtime.query(
          "INSERT INTO staff_user (municipality_id, subject, display_name, email, department_id) VALUES ($1, 'x', 'X', 'x@test.invalid', $2)",
          [a.municipality.id, b.departments.ssp.id],
        ),
      ),
    ).rejects.toMatchObject({ code: '23503' }); // foreign_key_violation: (department_id, municipality_id)
  });

  it('cannot delete, create municipalities, or switch off row-level security', async () => {
    await expect(asTenant(a.municipality.id, () => runtime.query('DELETE FROM staff_user'))).rejects.toMatchObject({ code: '42501' });
    await expect(
      asTenant(a.municipality.id, () => runtime.query("INSERT INTO municipality (code, name) VALUES ('9999', 'X')")),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(asTenant(a.municipality.id, () => runtime.query('ALTER TABLE staff_user DISABLE ROW LEVEL SECURITY'))).rejects.toMatchObject({
      code: '42501',
    });
    await expect(asTenant(null, () => runtime.query('SET row_security = off; SELECT * FROM staff_user'))).rejects.toMatchObject({
      code: '42501',
    });
  });
});
