import { TestMunicipality } from './factories';
import { GraphQLResponse, TestApp } from './test-app';

export interface Person {
  id: string;
  token: string;
}

/** Returns `data`, failing the test with the errors when there are any. */
export function ok<T>(result: GraphQLResponse<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Adds a member of staff through the API and returns their id and a token. */
export async function addStaff(api: TestApp, town: TestMunicipality, subject: string, departmentKey: string): Promise<Person> {
  const data = ok(
    await api.gql<{ createStaffMember: { id: string } }>(
      'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
      { input: { subject, displayName: subject, email: `${subject}@test.invalid`, departmentId: town.departments[departmentKey].id } },
      town.tokens.admin,
    ),
  );
  return { id: data.createStaffMember.id, token: await town.token(subject) };
}

export interface NetworkFixture {
  networkId: string;
  coordinator: Person;
  health: Person;
  school: Person;
  job: Person;
  /** Staff of the municipality who is not in the network. */
  outsider: Person;
}

/**
 * A resource network built as its users would: the admin creates it with an
 * SSP coordinator, who adds a health visitor, a teacher and a job adviser.
 */
export async function createNetwork(api: TestApp, town: TestMunicipality, name = 'Ressourcenetværket'): Promise<NetworkFixture> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const [coordinator, health, school, job, outsider] = await Promise.all([
    addStaff(api, town, `coord-${suffix}`, 'ssp'),
    addStaff(api, town, `health-${suffix}`, 'health'),
    addStaff(api, town, `school-${suffix}`, 'school'),
    addStaff(api, town, `job-${suffix}`, 'jobcentre'),
    addStaff(api, town, `outsider-${suffix}`, 'housing'),
  ]);
  const { createNetwork: network } = ok(
    await api.gql<{ createNetwork: { id: string } }>(
      'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
      { input: { name: `${name} ${suffix}`, kind: 'RESOURCE_NETWORK', purpose: 'Sparring og opkvalificering', coordinatorId: coordinator.id, establishedOn: '2020-01-01' } },
      town.tokens.admin,
    ),
  );
  for (const member of [health, school, job]) {
    ok(
      await api.gql(
        'mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }',
        { input: { networkId: network.id, staffMemberId: member.id, role: 'MEMBER', joinedOn: '2020-01-01' } },
        coordinator.token,
      ),
    );
  }
  return { networkId: network.id, coordinator, health, school, job, outsider };
}

const SCHEDULE = 'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id startsAt endsAt status sequence } }';

/** A single meeting, scheduled by the coordinator. */
export async function scheduleMeeting(api: TestApp, fixture: NetworkFixture, startsAt: Date, minutes = 120, title = 'Netværksmøde'): Promise<string> {
  const data = ok(
    await api.gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      { input: { networkId: fixture.networkId, title, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + minutes * 60_000).toISOString(), place: 'Rådhuset, mødelokale 2' } },
      fixture.coordinator.token,
    ),
  );
  return data.scheduleMeeting.id;
}
