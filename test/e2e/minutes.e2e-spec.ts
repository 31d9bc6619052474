import { Client } from 'pg';
import { TEST_ENV } from '../setup/test-database';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { NEXT_YEAR } from '../utils/clock';

const SAVE = 'mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { id version status body decisions changeNote author { id } } }';
const MINUTES = `query($id: ID!) { meeting(id: $id) { status minutes { version status body } minutesHistory { id version status body decisions changeNote author { id } approvedBy { id } approvedAt } } }`;

describe('minutes, action items and knowledge take-back', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let held: string;

  const holdMeeting = async (hoursAgo: number) => {
    const id = await scheduleMeeting(api, net, new Date(Date.now() - hoursAgo * 3600_000), 60);
    ok(await api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId: id, presentStaffMemberIds: [net.coordinator.id, net.health.id] } }, net.coordinator.token));
    return id;
  };

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
    net = await createNetwork(api, town);
    held = await holdMeeting(72);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('refuses minutes for a meeting that has not been held', async () => {
    const future = await scheduleMeeting(api, net, new Date(Date.now() + 48 * 3600_000));
    const result = await api.gql(SAVE, { input: { meetingId: future, body: 'x', decisions: [] } }, net.health.token);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_STATUS_TRANSITION' } });
  });

  it('goes draft -> circulated -> approved, and then cannot change', async () => {
    ok(await api.gql(SAVE, { input: { meetingId: held, body: 'Referat, første udkast', decisions: ['Næste møde i marts'] } }, net.health.token));
    const edited = ok(await api.gql<{ saveMinutes: { version: number; status: string; body: string } }>(SAVE, { input: { meetingId: held, body: 'Referat, rettet udkast', decisions: ['Næste møde i marts'] } }, net.health.token));
    expect(edited.saveMinutes).toMatchObject({ version: 1, status: 'DRAFT', body: 'Referat, rettet udkast' });

    const early = await api.gql('mutation($id: ID!) { approveMinutes(meetingId: $id) { status } }', { id: held }, net.coordinator.token);
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'MINUTES_NOT_CIRCULATED' } });
    const byMember = await api.gql('mutation($id: ID!) { circulateMinutes(meetingId: $id) { status } }', { id: held }, net.health.token);
    expect(byMember.errors?.[0].extensions.code).toBe('FORBIDDEN');

    ok(await api.gql('mutation($id: ID!) { circulateMinutes(meetingId: $id) { status } }', { id: held }, net.coordinator.token));
    const approved = ok(await api.gql<{ approveMinutes: { status: string } }>('mutation($id: ID!) { approveMinutes(meetingId: $id) { status } }', { id: held }, net.coordinator.token));
    expect(approved.approveMinutes.status).toBe('APPROVED');

    const refused = await api.gql(SAVE, { input: { meetingId: held, body: 'Stille ændring', decisions: [] } }, net.health.token);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'MINUTES_APPROVED', version: 1 } });
    const { meeting } = ok(await api.gql<{ meeting: { status: string; minutes: { body: string; status: string } } }>(MINUTES, { id: held }, net.coordinator.token));
    expect(meeting.status).toBe('MINUTES_APPROVED');
    expect(meeting.minutes).toMatchObject({ body: 'Referat, rettet udkast', status: 'APPROVED' });
  });

  it('takes a correction as a new version and keeps the approved one readable, with who and when', async () => {
    const correction = ok(
      await api.gql<{ saveMinutes: { version: number; status: string; changeNote: string; author: { id: string } } }>(
        SAVE,
        { input: { meetingId: held, body: 'Referat med rettet dato', decisions: ['Næste møde i april'], changeNote: 'Mødedatoen var forkert' } },
        net.coordinator.token,
      ),
    );
    expect(correction.saveMinutes).toMatchObject({ version: 2, status: 'DRAFT', changeNote: 'Mødedatoen var forkert', author: { id: net.coordinator.id } });
    const { meeting } = ok(
      await api.gql<{ meeting: { minutesHistory: { version: number; status: string; body: string; decisions: string[]; author: { id: string }; approvedBy: { id: string } | null; approvedAt: string | null }[] } }>(
        MINUTES,
        { id: held },
        net.school.token,
      ),
    );
    expect(meeting.minutesHistory.map((v) => [v.version, v.status, v.body])).toEqual([
      [1, 'APPROVED', 'Referat, rettet udkast'],
      [2, 'DRAFT', 'Referat med rettet dato'],
    ]);
    expect(meeting.minutesHistory[0]).toMatchObject({ author: { id: net.health.id }, approvedBy: { id: net.coordinator.id }, decisions: ['Næste møde i marts'] });
    expect(meeting.minutesHistory[0].approvedAt).toBeTruthy();
  });

  it('approved minutes cannot be changed even directly in the database', async () => {
    const { meeting } = ok(await api.gql<{ meeting: { minutesHistory: { id: string }[] } }>(MINUTES, { id: held }, net.coordinator.token));
    const runtime = new Client({ connectionString: process.env[TEST_ENV.appUrl] });
    await runtime.connect();
    try {
      await runtime.query('BEGIN');
      await runtime.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      await expect(runtime.query("UPDATE minutes_version SET body = 'tampered' WHERE id = $1", [meeting.minutesHistory[0].id])).rejects.toThrow(
        'approved minutes are immutable',
      );
    } finally {
      await runtime.query('ROLLBACK');
      await runtime.end();
    }
  });

  it("keeps a former member's authorship on old minutes", async () => {
    const id = await holdMeeting(48);
    ok(await api.gql(SAVE, { input: { meetingId: id, body: 'Skrevet af lærer', decisions: [] } }, net.school.token));
    const { network } = ok(await api.gql<{ network: { members: { id: string; staffMember: { id: string } }[] } }>('query($id: ID!) { network(id: $id) { members { id staffMember { id } } } }', { id: net.networkId }, net.coordinator.token));
    const membership = network.members.find((m) => m.staffMember.id === net.school.id)!;
    ok(await api.gql('mutation($input: EndNetworkMembershipInput!) { endNetworkMembership(input: $input) { id } }', { input: { membershipId: membership.id } }, net.coordinator.token));
    const { meeting } = ok(await api.gql<{ meeting: { minutes: { body: string } ; minutesHistory: { author: { id: string } }[] } }>(MINUTES, { id }, net.coordinator.token));
    expect(meeting.minutesHistory[0].author.id).toBe(net.school.id);
  });

  describe('action items', () => {
    let first: string;
    let second: string;
    let third: string;
    let itemId: string;

    beforeAll(async () => {
      first = await holdMeeting(30);
      second = await scheduleMeeting(api, net, new Date(Date.now() + 10 * 24 * 3600_000));
      third = await scheduleMeeting(api, net, new Date(Date.now() + 70 * 24 * 3600_000));
    });

    const followUps = async (id: string) =>
      ok(await api.gql<{ meeting: { followUps: { id: string; text: string; owner: { id: string } }[] } }>('query($id: ID!) { meeting(id: $id) { followUps { id text owner { id } } } }', { id }, net.health.token)).meeting.followUps;

    it('puts open action items on every later meeting until done', async () => {
      const added = ok(
        await api.gql<{ addActionItem: { id: string; status: string } }>(
          'mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id status } }',
          { input: { meetingId: first, text: 'Undersøg lokale bydelsmødre-tilbud', ownerId: net.health.id, dueOn: `${NEXT_YEAR}-01-31` } },
          net.coordinator.token,
        ),
      );
      itemId = added.addActionItem.id;
      expect(added.addActionItem.status).toBe('OPEN');
      expect((await followUps(second)).map((i) => i.id)).toContain(itemId);
      expect((await followUps(third)).map((i) => i.id)).toContain(itemId);
      expect((await followUps(first)).map((i) => i.id)).not.toContain(itemId);
    });

    it('lets only the owner or the coordinator mark it done; then it leaves the agenda', async () => {
      const byOther = await api.gql('mutation($id: ID!) { completeActionItem(id: $id) { status } }', { id: itemId }, net.job.token);
      expect(byOther.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const done = ok(await api.gql<{ completeActionItem: { status: string } }>('mutation($id: ID!) { completeActionItem(id: $id) { status } }', { id: itemId }, net.health.token));
      expect(done.completeActionItem.status).toBe('DONE');
      expect((await followUps(second)).map((i) => i.id)).not.toContain(itemId);
    });

    it('refuses an owner who is not in the network', async () => {
      const result = await api.gql(
        'mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }',
        { input: { meetingId: first, text: 'X', ownerId: net.outsider.id } },
        net.coordinator.token,
      );
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'ownerId' } });
    });

    it('lists the network’s action items with a cursor', async () => {
      for (let i = 0; i < 3; i++) {
        ok(await api.gql('mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', { input: { meetingId: first, text: `Opgave ${i}`, ownerId: net.coordinator.id } }, net.coordinator.token));
      }
      const page1 = ok(await api.gql<{ network: { actionItems: { nodes: { text: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }>('query($id: ID!) { network(id: $id) { actionItems(status: OPEN, page: { first: 2 }) { nodes { text } pageInfo { hasNextPage endCursor } } } }', { id: net.networkId }, net.health.token));
      expect(page1.network.actionItems.nodes.map((n) => n.text)).toEqual(['Opgave 2', 'Opgave 1']);
      expect(page1.network.actionItems.pageInfo.hasNextPage).toBe(true);
      const page2 = ok(await api.gql<{ network: { actionItems: { nodes: { text: string }[]; pageInfo: { hasNextPage: boolean } } } }>('query($id: ID!, $after: String) { network(id: $id) { actionItems(status: OPEN, page: { first: 2, after: $after }) { nodes { text } pageInfo { hasNextPage } } } }', { id: net.networkId, after: page1.network.actionItems.pageInfo.endCursor }, net.health.token));
      expect(page2.network.actionItems).toEqual({ nodes: [{ text: 'Opgave 0' }], pageInfo: { hasNextPage: false } });
    });
  });

  describe('knowledge take-back', () => {
    it("records what a member brings back and lists it for the member's department", async () => {
      const id = await holdMeeting(20);
      ok(await api.gql('mutation($input: RecordKnowledgeTakeBackInput!) { recordKnowledgeTakeBack(input: $input) { id } }', { input: { meetingId: id, text: 'Gennemgå action card for mistanke om kontrol med personalegruppen' } }, net.health.token));
      const page = ok(
        await api.gql<{ departmentKnowledgeTakeBack: { nodes: { text: string; staffMember: { id: string }; department: { name: string } }[] } }>(
          'query($input: DepartmentTakeBackInput!) { departmentKnowledgeTakeBack(input: $input) { nodes { text staffMember { id } department { name } } } }',
          { input: { departmentId: town.departments.health.id, from: new Date(Date.now() - 3600_000).toISOString() } },
          town.tokens.member,
        ),
      );
      expect(page.departmentKnowledgeTakeBack.nodes).toEqual([
        { text: 'Gennemgå action card for mistanke om kontrol med personalegruppen', staffMember: { id: net.health.id }, department: { name: 'Sundhedsplejen' } },
      ]);
      const otherDepartment = await api.gql('query($input: DepartmentTakeBackInput!) { departmentKnowledgeTakeBack(input: $input) { nodes { text } } }', { input: { departmentId: town.departments.health.id } }, town.tokens.jobcentre);
      expect(otherDepartment.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('refuses someone who was not invited', async () => {
      const id = await holdMeeting(10);
      const result = await api.gql('mutation($input: RecordKnowledgeTakeBackInput!) { recordKnowledgeTakeBack(input: $input) { id } }', { input: { meetingId: id, text: 'x' } }, net.outsider.token);
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });
});
