import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLField, GraphQLObjectType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, Person, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { localDate } from '../../src/networks/networks/network-access.service';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
const DAY = 24 * 3600 * 1000;
const DEPTH = 4;

/** Fields a traversal can take without arguments it would have to invent. */
const walkable = (field: GraphQLField<unknown, unknown>) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

const scalars = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter((field) => walkable(field) && isLeafType(getNamedType(field.type)))
    .map((field) => field.name)
    .join(' ') || '__typename';

/**
 * One document per path of object fields from `type`, up to `depth` levels:
 * each level selects its own scalars (ids included), so whatever the path
 * reaches shows in the answer, and a refusal elsewhere cannot hide it.
 */
function pathDocuments(wrap: (inner: string) => string, type: GraphQLObjectType, depth: number): string[] {
  const own = [wrap(scalars(type))];
  if (depth === 0) return own;
  return own.concat(
    Object.values(type.getFields())
      .filter((field) => walkable(field) && isObjectType(getNamedType(field.type)))
      .flatMap((field) => pathDocuments((inner) => wrap(`${scalars(type)} ${field.name} { ${inner} }`), getNamedType(field.type) as GraphQLObjectType, depth - 1)),
  );
}

/**
 * From every root query a person could call (with each id they might have:
 * the network's, both meetings', the case's), every path of object-typed
 * fields DEPTH levels down.
 */
function probes(ids: string[]): string[] {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields()).flatMap((field) => {
    const type = getNamedType(field.type);
    if (!isObjectType(type)) return [];
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    if (required.some((arg) => getNamedType(arg.type).name !== 'ID')) return [];
    const calls = required.length === 0 ? [''] : ids.map((id) => `(${required.map((arg) => `${arg.name}: "${id}"`).join(', ')})`);
    return calls.flatMap((call) => pathDocuments((inner) => `{ ${field.name}${call} { ${inner} } }`, type, DEPTH));
  });
}

/** Sends the documents a few at a time (the answers do not depend on each other). */
async function sendAll<T>(queries: string[], send: (query: string) => Promise<T>, concurrency = 6): Promise<T[]> {
  const results: T[] = new Array(queries.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queries.length) {
        const index = next++;
        results[index] = await send(queries[index]);
      }
    }),
  );
  return results;
}

describe('access is decided at every field, whatever the path', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let other: NetworkFixture;
  const ids: Record<string, string> = {};
  let formerMember: Person;
  let documentsToSend: string[];

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Adgang');
    net = await createNetwork(api, town, 'Adgangsnetværket');
    other = await createNetwork(api, town, 'Andet netværk');
    formerMember = net.job;
    const agenda = 'mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }';
    ids.before = await scheduleMeeting(api, net, new Date(Date.now() - 60 * DAY));
    ids.after = await scheduleMeeting(api, net, new Date(Date.now() + 30 * DAY));
    ids.network = net.networkId;
    const [beforeItem] = ok(await api.gql<{ setAgenda: { id: string }[] }>(agenda, { input: { meetingId: ids.before, items: [{ title: 'Nyt fra afdelingerne', type: 'NEWS_ROUND', durationMinutes: 30 }] } }, net.coordinator.token)).setAgenda;
    const [afterItem] = ok(await api.gql<{ setAgenda: { id: string }[] }>(agenda, { input: { meetingId: ids.after, items: [{ title: 'Oplæg om digital kontrol', type: 'KNOWLEDGE_SHARING', durationMinutes: 45, presenterId: net.school.id }] } }, net.coordinator.token)).setAgenda;
    ids.beforeItem = beforeItem.id;
    ids.afterItem = afterItem.id;
    ids.case = ok(
      await api.gql<{ createCaseDiscussion: { id: string } }>('mutation($input: CreateCaseInput!) { createCaseDiscussion(input: $input) { id } }', {
        input: { networkId: net.networkId, meetingId: ids.after, concernCategories: ['DIGITAL_CONTROL'], ageBand: 'AGE_13_17', affected: ['THE_PERSON'], narrative: 'Familien tjekker telefonen hver aften.', actionsTaken: 'Samtale.', question: 'Hvordan tager vi samtalen?' },
      }, net.health.token),
    ).createCaseDiscussion.id;
    const members = ok(await api.gql<{ network: { members: { id: string; staffMember: { id: string } }[] } }>('query($id: ID!) { network(id: $id) { members { id staffMember { id } } } }', { id: net.networkId }, net.coordinator.token)).network.members;
    const leaving = members.find((m) => m.staffMember.id === formerMember.id)!;
    ids.membership = members.find((m) => m.staffMember.id === net.health.id)!.id;
    const leftOn = localDate(new Date(Date.now() - 30 * DAY));
    ok(await api.gql('mutation($input: EndNetworkMembershipInput!) { endNetworkMembership(input: $input) { id } }', { input: { membershipId: leaving.id, leftOn } }, net.coordinator.token));
    documentsToSend = probes([ids.network, ids.before, ids.after, ids.case]);
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const leaks = async (person: Person, forbidden: string[]) => {
    const found: string[] = [];
    const results = await sendAll(documentsToSend, (query) => api.gql(query, {}, person.token));
    for (const [index, result] of results.entries()) {
      const query = documentsToSend[index];
      if (result.errors?.some((e) => ['INTERNAL_SERVER_ERROR', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(e.extensions.code))) found.push(`${query}: ${JSON.stringify(result.errors)}`);
      const data = JSON.stringify(result.data ?? null);
      for (const id of forbidden) if (data.includes(ids[id])) found.push(`${id} via ${query.slice(0, 160)}`);
    }
    return found;
  };

  it('walks enough to matter: a current member reaches every id through these documents', async () => {
    expect(documentsToSend.length).toBeGreaterThan(1000);
    const seen = new Set<string>();
    for (const result of await sendAll(documentsToSend, (query) => api.gql(query, {}, net.coordinator.token))) {
      expect(result.errors?.filter((e) => ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'INTERNAL_SERVER_ERROR'].includes(e.extensions.code)) ?? []).toEqual([]);
      const data = JSON.stringify(result.data ?? null);
      for (const [name, id] of Object.entries(ids)) if (data.includes(id)) seen.add(name);
    }
    expect([...seen].sort()).toEqual(Object.keys(ids).sort());
  });

  it('shows a former member the meetings from before they left, and nothing reached from them', async () => {
    expect(await leaks(formerMember, ['after', 'afterItem', 'case', 'membership'])).toEqual([]);
    // What they may see is still there.
    const old = ok(await api.gql<{ meeting: { agenda: { id: string }[] } }>('query($id: ID!) { meeting(id: $id) { agenda { id } } }', { id: ids.before }, formerMember.token));
    expect(old.meeting.agenda.map((i) => i.id)).toEqual([ids.beforeItem]);
  }, 120_000);

  it('shows a member of another network and an outsider nothing of the network', async () => {
    const everything = ['network', 'before', 'after', 'beforeItem', 'afterItem', 'case', 'membership'];
    expect(await leaks(other.health, everything)).toEqual([]);
    expect(await leaks(net.outsider, everything)).toEqual([]);
  }, 120_000);
});
