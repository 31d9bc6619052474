import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { addStaff, createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const NETWORK = `query($id: ID!) { network(id: $id) {
  name kind cadence
  disciplineCoverage { covered missing }
  members { role staffMember { id } }
} }`;

describe('networks and membership', () => {
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

  it('shows members the network, its cadence and which core disciplines it covers and lacks', async () => {
    const { network } = ok(await api.gql<{ network: { kind: string; cadence: string; disciplineCoverage: { covered: string[]; missing: string[] }; members: { role: string }[] } }>(NETWORK, { id: net.networkId }, net.health.token));
    expect(network.kind).toBe('RESOURCE_NETWORK');
    expect(network.cadence).toBe('FREQ=MONTHLY;INTERVAL=2');
    expect(network.disciplineCoverage).toEqual({ covered: ['HEALTH_VISITING', 'SCHOOL', 'SSP', 'JOBCENTRE'], missing: ['HOUSING_SOCIAL_WORK'] });
    expect(network.members.map((m) => m.role).sort()).toEqual(['COORDINATOR', 'MEMBER', 'MEMBER', 'MEMBER']);
  });

  it("lists a member's own networks only; the admin sees all", async () => {
    const other = await createNetwork(api, town, 'Arbejdsgruppe');
    const asMember = ok(await api.gql<{ networks: { id: string }[] }>('{ networks { id } }', {}, net.health.token));
    expect(asMember.networks.map((n) => n.id)).toEqual([net.networkId]);
    const asAdmin = ok(await api.gql<{ networks: { id: string }[] }>('{ networks { id } }', {}, town.tokens.admin));
    expect(asAdmin.networks.map((n) => n.id)).toEqual(expect.arrayContaining([net.networkId, other.networkId]));
  });

  it('refuses a non-member', async () => {
    const result = await api.gql(NETWORK, { id: net.networkId }, net.outsider.token);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(result.data).toBeNull();
  });

  it('lets only the coordinator manage membership', async () => {
    const result = await api.gql(
      'mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }',
      { input: { networkId: net.networkId, staffMemberId: net.outsider.id } },
      net.health.token,
    );
    expect(result.errors?.[0]).toMatchObject({ message: "Only the network's coordinator can do this", extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses to add someone twice, or someone unknown, and writes nothing', async () => {
    const twice = await api.gql(
      'mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }',
      { input: { networkId: net.networkId, staffMemberId: net.health.id } },
      net.coordinator.token,
    );
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const stranger = await createMunicipality('Fremmed');
    const foreign = await api.gql(
      'mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }',
      { input: { networkId: net.networkId, staffMemberId: Object.values(stranger.staff)[0].id } },
      net.coordinator.token,
    );
    expect(foreign.errors?.[0]).toMatchObject({ message: 'The member of staff was not found', extensions: { code: 'NOT_FOUND' } });
    const { network } = ok(await api.gql<{ network: { members: unknown[] } }>(NETWORK, { id: net.networkId }, net.coordinator.token));
    expect(network.members).toHaveLength(4);
  });

  it('keeps the history when someone leaves and rejoins', async () => {
    const temp = await addStaff(api, town, `temp-${Date.now()}`, 'housing');
    const add = () =>
      api.gql<{ addNetworkMember: { id: string } }>(
        'mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }',
        { input: { networkId: net.networkId, staffMemberId: temp.id, joinedOn: '2025-01-01' } },
        net.coordinator.token,
      );
    const first = ok(await add()).addNetworkMember.id;
    const ended = ok(
      await api.gql<{ endNetworkMembership: { leftOn: string } }>(
        'mutation($input: EndNetworkMembershipInput!) { endNetworkMembership(input: $input) { leftOn } }',
        { input: { membershipId: first, leftOn: '2025-06-30' } },
        net.coordinator.token,
      ),
    );
    expect(ended.endNetworkMembership.leftOn).toBe('2025-06-30');
    const refused = await api.gql(NETWORK, { id: net.networkId }, temp.token);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    ok(await add());
    const { network } = ok(
      await api.gql<{ network: { members: { joinedOn: string; leftOn: string | null; staffMember: { id: string } }[] } }>(
        'query($id: ID!) { network(id: $id) { members(includeFormer: true) { joinedOn leftOn staffMember { id } } } }',
        { id: net.networkId },
        net.coordinator.token,
      ),
    );
    const periods = network.members.filter((m) => m.staffMember.id === temp.id).map((m) => m.leftOn);
    expect(periods.sort()).toEqual(['2025-06-30', null].sort());
  });

  it('refuses a membership that ends before it began', async () => {
    const { network } = ok(await api.gql<{ network: { members: { id: string; staffMember: { id: string } }[] } }>('query($id: ID!) { network(id: $id) { members { id staffMember { id } } } }', { id: net.networkId }, net.coordinator.token));
    const school = network.members.find((m) => m.staffMember.id === net.school.id)!;
    const result = await api.gql(
      'mutation($input: EndNetworkMembershipInput!) { endNetworkMembership(input: $input) { id } }',
      { input: { membershipId: school.id, leftOn: '2019-12-31' } },
      net.coordinator.token,
    );
    expect(result.errors?.[0]).toMatchObject({ message: 'A membership cannot end before it began', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses an invalid cadence when creating a network', async () => {
    const result = await api.gql(
      'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
      { input: { name: 'Ugentlig', kind: 'COUNSELLOR_TEAM', purpose: '', cadence: 'FREQ=MINUTELY', coordinatorId: net.coordinator.id } },
      town.tokens.admin,
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rrule' } });
  });
});
