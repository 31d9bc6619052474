import { TestMunicipality } from './factories';
import { addStaff, ok, Person } from './network-fixture';
import { TestApp } from './test-app';

export interface TeamFixture {
  teamId: string;
  name: string;
  /** The project lead: the team's coordinator. */
  lead: Person;
  counsellor: Person;
  colleague: Person;
  /** A jobcentre manager on the steering group: staff, not in the team. */
  steering: Person;
}

/** A team (a network of the given kind) built through the API: a lead who adds two counsellors. */
export async function createTeam(api: TestApp, town: TestMunicipality, kind: 'COUNSELLOR_TEAM' | 'SPECIALIST_TEAM' = 'COUNSELLOR_TEAM', name = 'Social kontrol-vejlederne'): Promise<TeamFixture> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const [lead, counsellor, colleague, steering] = await Promise.all([
    addStaff(api, town, `lead-${suffix}`, 'jobcentre'),
    addStaff(api, town, `counsellor-${suffix}`, 'jobcentre'),
    addStaff(api, town, `colleague-${suffix}`, 'jobcentre'),
    addStaff(api, town, `steering-${suffix}`, 'jobcentre'),
  ]);
  const { createNetwork: team } = ok(
    await api.gql<{ createNetwork: { id: string } }>(
      'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
      { input: { name: `${name} ${suffix}`, kind, purpose: 'Vejledning om negativ social kontrol', coordinatorId: lead.id, establishedOn: '2021-01-01', cadence: 'FREQ=WEEKLY' } },
      town.tokens.admin,
    ),
  );
  for (const member of [counsellor, colleague]) {
    ok(
      await api.gql(
        'mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }',
        { input: { networkId: team.id, staffMemberId: member.id, role: 'RESOURCE_PERSON', joinedOn: '2021-01-01' } },
        lead.token,
      ),
    );
  }
  return { teamId: team.id, name: `${name} ${suffix}`, lead, counsellor, colleague, steering };
}
