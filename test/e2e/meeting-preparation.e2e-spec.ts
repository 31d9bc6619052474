import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

/** What a member opens to prepare: network -> upcoming meetings -> agenda -> presenters and departments, invitations. */
const PREPARE = `query($id: ID!, $limit: Int!) { network(id: $id) {
  name disciplineCoverage { covered missing }
  members { role staffMember { displayName department { name discipline } } }
  upcomingMeetings(limit: $limit) {
    id title startsAt status
    agenda { position type title startsAt endsAt presenter { displayName department { name discipline } } }
    invitations { rsvp present staffMember { displayName department { discipline } } }
    followUps { text owner { displayName } }
    minutes { version status }
  }
} }`;

/** The same, paged through all meetings. */
const PREPARE_PAGE = `query($id: ID!, $after: String) { network(id: $id) {
  meetings(page: { first: 100, after: $after }) {
    nodes {
      id title startsAt status
      agenda { position type title startsAt endsAt presenter { displayName department { name discipline } } }
      invitations { rsvp present staffMember { displayName department { discipline } } }
      followUps { text owner { displayName } }
      minutes { version status }
    }
    pageInfo { hasNextPage endCursor }
  }
} }`;

/** `count` daily meetings from tomorrow, each with a three-item agenda presented by members of three departments. */
async function scheduleMeetingsWithAgendas(api: TestApp, net: NetworkFixture, count: number): Promise<void> {
  for (let done = 0; done < count; done += 50) {
    const first = new Date(Date.now() + (done + 1) * 24 * 3600_000);
    const series = ok(
      await api.gql<{ scheduleMeetingSeries: { meetings: { id: string }[] } }>(
        'mutation($input: ScheduleMeetingSeriesInput!) { scheduleMeetingSeries(input: $input) { meetings { id } } }',
        { input: { networkId: net.networkId, title: 'Møde', firstStartsAt: first.toISOString(), durationMinutes: 120, rrule: `FREQ=DAILY;COUNT=${Math.min(50, count - done)}` } },
        net.coordinator.token,
      ),
    );
    for (const { id } of series.scheduleMeetingSeries.meetings) {
      ok(
        await api.gql('mutation($input: SetAgendaInput!) { setAgenda(input: $input) { position } }', {
          input: {
            meetingId: id,
            items: [
              { type: 'NEWS_ROUND', title: 'Runde', durationMinutes: 20, presenterId: net.coordinator.id },
              { type: 'CASE_DISCUSSION', title: 'Sparring', durationMinutes: 40, presenterId: net.health.id },
              { type: 'KNOWLEDGE_SHARING', title: 'Viden', durationMinutes: 30, presenterId: net.job.id },
            ],
          },
        }, net.coordinator.token),
      );
    }
  }
}

describe('the meeting-preparation query', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let small: NetworkFixture;
  let large: NetworkFixture;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
    [small, large] = [await createNetwork(api, town, 'Lille'), await createNetwork(api, town, 'Stor')];
    await scheduleMeetingsWithAgendas(api, small, 10);
    await scheduleMeetingsWithAgendas(api, large, 200);
  }, 180_000);

  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('sends the same number of SQL statements for 10 and for 200 meetings (per-request DataLoaders, no N+1)', async () => {
    type PageResult = { network: { meetings: { nodes: { agenda: unknown[]; invitations: unknown[] }[]; pageInfo: { endCursor: string } } } };
    const smallResult = await api.gql<PageResult>(PREPARE_PAGE, { id: small.networkId }, small.health.token);
    const largeFirst = await api.gql<PageResult>(PREPARE_PAGE, { id: large.networkId }, large.health.token);
    const largeSecond = await api.gql<PageResult>(PREPARE_PAGE, { id: large.networkId, after: ok(largeFirst).network.meetings.pageInfo.endCursor }, large.health.token);
    const meetings = [smallResult, largeFirst, largeSecond].map((r) => ok(r).network.meetings.nodes);
    expect(meetings.map((m) => m.length)).toEqual([10, 100, 100]);
    expect(meetings.flat().every((m) => m.agenda.length === 3 && m.invitations.length === 4)).toBe(true);
    const statements = [smallResult, largeFirst, largeSecond].map((r) => r.extensions!.diagnostics!.sqlStatements);
    expect(statements[1]).toBe(statements[0]);
    expect(statements[2]).toBe(statements[0]);
  });

  it('sends the same number of SQL statements for 1, 10 and 20 upcoming meetings', async () => {
    const counts: Record<number, number> = {};
    for (const limit of [1, 10, 20]) {
      const result = await api.gql<{ network: { upcomingMeetings: { agenda: unknown[]; invitations: unknown[] }[] } }>(PREPARE, { id: large.networkId, limit }, large.health.token);
      const data = ok(result);
      expect(data.network.upcomingMeetings).toHaveLength(limit);
      expect(data.network.upcomingMeetings.every((m) => m.agenda.length === 3 && m.invitations.length === 4)).toBe(true);
      counts[limit] = result.extensions!.diagnostics!.sqlStatements;
    }
    expect(counts[10]).toBe(counts[1]);
    expect(counts[20]).toBe(counts[1]);
  });
});
