import { DateTime } from 'luxon';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { NEXT_YEAR } from '../utils/clock';

const copenhagen = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' });
const localTime = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' }).toFormat('yyyy-LL-dd HH:mm');

const MEETING = `query($id: ID!) { meeting(id: $id) {
  id title startsAt endsAt status sequence recurrenceId seriesId cancellationReason
  agenda { position type title startsAt endsAt fixedTime presenter { id } }
  invitations { rsvp present staffMember { id } }
} }`;

type Meeting = {
  id: string; startsAt: string; endsAt: string; status: string; sequence: number; recurrenceId: string | null; seriesId: string | null;
  agenda: { position: number; title: string; startsAt: string; endsAt: string; fixedTime: boolean }[];
  invitations: { rsvp: string | null; present: boolean | null; staffMember: { id: string } }[];
};

describe('meetings', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;
  const meeting = async (id: string, token = net.coordinator.token) => ok(await api.gql<{ meeting: Meeting }>(MEETING, { id }, token)).meeting;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
    net = await createNetwork(api, town);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  describe('a series (every second month, Europe/Copenhagen)', () => {
    let occurrences: { id: string; startsAt: string }[];

    beforeAll(async () => {
      const data = ok(
        await api.gql<{ scheduleMeetingSeries: { rrule: string; meetings: { id: string; startsAt: string }[] } }>(
          `mutation($input: ScheduleMeetingSeriesInput!) { scheduleMeetingSeries(input: $input) { rrule meetings { id startsAt } } }`,
          { input: { networkId: net.networkId, title: 'Ressourcenetværk', firstStartsAt: copenhagen(`${NEXT_YEAR}-01-12T14:00`).toISO(), durationMinutes: 150 } },
          net.coordinator.token,
        ),
      );
      expect(data.scheduleMeetingSeries.rrule).toBe('FREQ=MONTHLY;INTERVAL=2');
      occurrences = data.scheduleMeetingSeries.meetings;
    });

    it('generates occurrences at the same local time across summer and winter time', () => {
      expect(occurrences.slice(0, 4).map((m) => localTime(m.startsAt))).toEqual([`${NEXT_YEAR}-01-12 14:00`, `${NEXT_YEAR}-03-12 14:00`, `${NEXT_YEAR}-05-12 14:00`, `${NEXT_YEAR}-07-12 14:00`]);
      expect(occurrences[2].startsAt).toBe(`${NEXT_YEAR}-05-12T12:00:00.000Z`); // CEST
      expect(occurrences[0].startsAt).toBe(`${NEXT_YEAR}-01-12T13:00:00.000Z`); // CET
    });

    it('moves one occurrence without breaking the series', async () => {
      const target = occurrences[1];
      const moved = ok(
        await api.gql<{ rescheduleMeeting: { startsAt: string; sequence: number; recurrenceId: string; seriesId: string } }>(
          'mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { startsAt sequence recurrenceId seriesId } }',
          { input: { meetingId: target.id, startsAt: copenhagen(`${NEXT_YEAR}-03-15T09:00`).toISO(), endsAt: copenhagen(`${NEXT_YEAR}-03-15T11:30`).toISO() } },
          net.coordinator.token,
        ),
      );
      expect(localTime(moved.rescheduleMeeting.startsAt)).toBe(`${NEXT_YEAR}-03-15 09:00`);
      expect(moved.rescheduleMeeting.sequence).toBe(1);
      expect(moved.rescheduleMeeting.recurrenceId).toBe(target.startsAt);
      expect(moved.rescheduleMeeting.seriesId).toBeTruthy();
      const next = await meeting(occurrences[2].id);
      expect(next).toMatchObject({ startsAt: occurrences[2].startsAt, sequence: 0, status: 'PLANNED' });
    });

    it('cancels one occurrence; the others stay planned', async () => {
      const cancelled = ok(
        await api.gql<{ cancelMeeting: { status: string; sequence: number; cancellationReason: string } }>(
          'mutation($id: ID!) { cancelMeeting(id: $id, reason: "Sammenfald med ferie") { status sequence cancellationReason } }',
          { id: occurrences[3].id },
          net.coordinator.token,
        ),
      );
      expect(cancelled.cancelMeeting).toEqual({ status: 'CANCELLED', sequence: 1, cancellationReason: 'Sammenfald med ferie' });
      expect((await meeting(occurrences[4].id)).status).toBe('PLANNED');
    });

    it('refuses to answer the invitation to a cancelled meeting', async () => {
      const result = await api.gql('mutation($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { rsvp } }', { input: { meetingId: occurrences[3].id, rsvp: 'YES' } }, net.health.token);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'MEETING_CANCELLED' } });
    });

    it('refuses to cancel twice or to publish the agenda of a cancelled meeting', async () => {
      const result = await api.gql('mutation($id: ID!) { publishAgenda(meetingId: $id) { status } }', { id: occurrences[3].id }, net.coordinator.token);
      expect(result.errors?.[0]).toMatchObject({ message: 'The meeting is cancelled, so it cannot have its agenda published', extensions: { code: 'MEETING_CANCELLED' } });
    });
  });

  it('refuses a meeting that ends before it starts, and writes nothing', async () => {
    const before = ok(await api.gql<{ network: { meetings: { nodes: unknown[] } } }>('query($id: ID!) { network(id: $id) { meetings(page: { first: 100 }) { nodes { id } } } }', { id: net.networkId }, net.coordinator.token));
    const result = await api.gql(
      'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      { input: { networkId: net.networkId, title: 'Baglæns', startsAt: `${NEXT_YEAR}-02-01T12:00:00Z`, endsAt: `${NEXT_YEAR}-02-01T11:00:00Z` } },
      net.coordinator.token,
    );
    expect(result.errors?.[0]).toMatchObject({ message: 'The meeting must end after it starts', extensions: { code: 'BAD_USER_INPUT', field: 'endsAt' } });
    const after = ok(await api.gql<{ network: { meetings: { nodes: unknown[] } } }>('query($id: ID!) { network(id: $id) { meetings(page: { first: 100 }) { nodes { id } } } }', { id: net.networkId }, net.coordinator.token));
    expect(after.network.meetings.nodes).toHaveLength(before.network.meetings.nodes.length);
  });

  it('refuses a non-member reading a meeting, and lets a member', async () => {
    const id = await scheduleMeeting(api, net, new Date(`${NEXT_YEAR}-02-02T12:00:00Z`));
    const refused = await api.gql(MEETING, { id }, net.outsider.token);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only members of this network can see its meetings and content', extensions: { code: 'FORBIDDEN' } });
    expect((await meeting(id, net.health.token)).id).toBe(id);
  });

  it('refuses a member scheduling meetings (coordinators only)', async () => {
    const result = await api.gql(
      'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      { input: { networkId: net.networkId, title: 'X', startsAt: `${NEXT_YEAR}-02-01T12:00:00Z`, endsAt: `${NEXT_YEAR}-02-01T13:00:00Z` } },
      net.health.token,
    );
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  describe('agenda', () => {
    let id: string;
    const SET = 'mutation($input: SetAgendaInput!) { setAgenda(input: $input) { position title startsAt endsAt fixedTime } }';
    beforeAll(async () => {
      id = await scheduleMeeting(api, net, new Date(`${NEXT_YEAR}-04-06T12:00:00Z`), 120);
    });

    it('computes each item’s start and end', async () => {
      const data = ok(
        await api.gql<{ setAgenda: { startsAt: string; endsAt: string; fixedTime: boolean }[] }>(
          SET,
          {
            input: {
              meetingId: id,
              items: [
                { type: 'NEWS_ROUND', title: 'Nyt fra afdelingerne', durationMinutes: 20 },
                { type: 'CASE_DISCUSSION', title: 'Sparring på en sag', durationMinutes: 40, presenterId: net.health.id },
                { type: 'EXTERNAL_TALK', title: 'Oplæg om digital kontrol', durationMinutes: 45, fixedStart: `${NEXT_YEAR}-04-06T13:15:00Z` },
              ],
            },
          },
          net.coordinator.token,
        ),
      );
      expect(data.setAgenda.map((i) => [i.startsAt.slice(11, 16), i.endsAt.slice(11, 16), i.fixedTime])).toEqual([
        ['12:00', '12:20', false],
        ['12:20', '13:00', false],
        ['13:15', '14:00', true],
      ]);
    });

    it('refuses an agenda that runs over, says by how many minutes, and keeps the old agenda', async () => {
      const result = await api.gql(SET, { input: { meetingId: id, items: [{ type: 'OTHER', title: 'Lang', durationMinutes: 100 }, { type: 'OTHER', title: 'For meget', durationMinutes: 35 }] } }, net.coordinator.token);
      expect(result.errors?.[0]).toMatchObject({
        message: 'The agenda runs 15 minutes past the end of the meeting (at item 2, "For meget")',
        extensions: { code: 'AGENDA_OVERRUN', minutes: 15, item: 2 },
      });
      expect((await meeting(id)).agenda.map((i) => i.title)).toEqual(['Nyt fra afdelingerne', 'Sparring på en sag', 'Oplæg om digital kontrol']);
    });

    it('refuses overlapping items, saying by how many minutes', async () => {
      const result = await api.gql(
        SET,
        { input: { meetingId: id, items: [{ type: 'OTHER', title: 'Runde', durationMinutes: 60 }, { type: 'EXTERNAL_TALK', title: 'Oplæg', durationMinutes: 30, fixedStart: `${NEXT_YEAR}-04-06T12:50:00Z` }] } },
        net.coordinator.token,
      );
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'AGENDA_OVERLAP', minutes: 10 } });
    });

    it('refuses a presenter who is not a member of the network', async () => {
      const result = await api.gql(SET, { input: { meetingId: id, items: [{ type: 'CASE_DISCUSSION', title: 'Sag', durationMinutes: 30, presenterId: net.outsider.id }] } }, net.coordinator.token);
      expect(result.errors?.[0]).toMatchObject({ message: 'A presenter is not a member of this network', extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('moves fixed-time items with the meeting, and refuses a move the agenda no longer fits', async () => {
      const moved = ok(
        await api.gql<{ rescheduleMeeting: { id: string } }>(
          'mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { id } }',
          { input: { meetingId: id, startsAt: `${NEXT_YEAR}-04-07T08:00:00Z`, endsAt: `${NEXT_YEAR}-04-07T10:00:00Z` } },
          net.coordinator.token,
        ),
      );
      expect(moved.rescheduleMeeting.id).toBe(id);
      expect((await meeting(id)).agenda[2].startsAt).toBe(`${NEXT_YEAR}-04-07T09:15:00.000Z`);
      const tooShort = await api.gql(
        'mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { id } }',
        { input: { meetingId: id, startsAt: `${NEXT_YEAR}-04-08T08:00:00Z`, endsAt: `${NEXT_YEAR}-04-08T09:30:00Z` } },
        net.coordinator.token,
      );
      expect(tooShort.errors?.[0]).toMatchObject({ extensions: { code: 'AGENDA_OVERRUN', minutes: 30 } });
      expect((await meeting(id)).startsAt).toBe(`${NEXT_YEAR}-04-07T08:00:00.000Z`);
    });
  });

  describe('attendance', () => {
    let past: string;
    beforeAll(async () => {
      past = await scheduleMeeting(api, net, new Date(Date.now() - 3 * 3600_000), 120);
    });

    it('invites every member and records RSVPs', async () => {
      ok(await api.gql('mutation($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { rsvp } }', { input: { meetingId: past, rsvp: 'MAYBE' } }, net.school.token));
      const invitations = (await meeting(past)).invitations;
      expect(invitations.map((i) => i.staffMember.id).sort()).toEqual([net.coordinator.id, net.health.id, net.school.id, net.job.id].sort());
      expect(invitations.find((i) => i.staffMember.id === net.school.id)?.rsvp).toBe('MAYBE');
    });

    it('refuses an RSVP from someone not invited', async () => {
      const result = await api.gql('mutation($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { rsvp } }', { input: { meetingId: past, rsvp: 'YES' } }, net.outsider.token);
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('records who was present and marks the meeting held', async () => {
      const data = ok(
        await api.gql<{ recordAttendance: { status: string } }>(
          'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }',
          { input: { meetingId: past, presentStaffMemberIds: [net.coordinator.id, net.health.id] } },
          net.coordinator.token,
        ),
      );
      expect(data.recordAttendance.status).toBe('HELD');
      const present = Object.fromEntries((await meeting(past)).invitations.map((i) => [i.staffMember.id, i.present]));
      expect(present).toEqual({ [net.coordinator.id]: true, [net.health.id]: true, [net.school.id]: false, [net.job.id]: false });
    });

    it('refuses recording attendance for a meeting that has not started', async () => {
      const future = await scheduleMeeting(api, net, new Date(Date.now() + 24 * 3600_000));
      const result = await api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId: future, presentStaffMemberIds: [] } }, net.coordinator.token);
      expect(result.errors?.[0].extensions.code).toBe('MEETING_NOT_STARTED');
    });
  });

  it('shows a former member the meetings from before they left, not the new ones', async () => {
    const before = await scheduleMeeting(api, net, new Date('2026-01-10T12:00:00Z'));
    const after = await scheduleMeeting(api, net, new Date(`${NEXT_YEAR}-06-10T12:00:00Z`));
    const { network } = ok(await api.gql<{ network: { members: { id: string; staffMember: { id: string } }[] } }>('query($id: ID!) { network(id: $id) { members { id staffMember { id } } } }', { id: net.networkId }, net.coordinator.token));
    const membership = network.members.find((m) => m.staffMember.id === net.job.id)!;
    ok(await api.gql('mutation($input: EndNetworkMembershipInput!) { endNetworkMembership(input: $input) { id } }', { input: { membershipId: membership.id, leftOn: '2026-06-01' } }, net.coordinator.token));
    expect((await meeting(before, net.job.token)).id).toBe(before);
    const refused = await api.gql(MEETING, { id: after }, net.job.token);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await meeting(after)).invitations.map((i) => i.staffMember.id)).not.toContain(net.job.id);
  });
});
