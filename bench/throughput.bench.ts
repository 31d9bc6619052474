/**
 * Issue 7's throughput comparison. The same data — a network, a page of 20
 * meetings and their agenda items — served three ways, each in its own
 * process, on the same database as the same runtime role with the same
 * tenant setting from the same RS256 token, under the same load (50
 * connections, autocannon in a fourth process):
 *   - this service's GraphQL endpoint (production configuration);
 *   - a bare node:http + pg server running the service's statements (the floor);
 *   - PostGraphile v4, which compiles the nested query to one SQL statement.
 * Also the peak RSS of each server process over the runs.
 *
 *   npm run bench -- throughput
 *   BENCH_CPU_PROF=dir npm run bench -- throughput   (also writes the service's CPU profile to dir)
 *   BENCH_READS=preparation|light npm run bench -- throughput   (one of the two reads only)
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from '../src/platform/database/data-source-options';
import { GrantableRole } from '../src/platform/auth/role.enum';
import { ENTITIES } from '../src/entities';
import { Discipline } from '../src/organisation/departments/discipline.enum';
import { provisionMunicipality } from '../src/organisation/municipalities/municipality-provisioning';
import { benchDatabase } from './lib/database';
import { BENCH_ROOT, freePort, PROJECT_ROOT, LoadResult, peakRssMb, runLoad, ServerProcess, startServerProcess } from './lib/processes';
import { machine, writeResults } from './lib/report';

const CONNECTIONS = 50;
const SECONDS = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const MEETINGS = 20;
const ISSUER = 'https://idp.bench.invalid';
const AUDIENCE = 'nsk-networks';

/** Meetings seeded (four weekly series of 50; a series holds at most 60), members of the network besides the coordinator. */
const SEEDED_MEETINGS = 200;
const MEMBERS = 13;

const SERVICE_QUERY = `query($id: ID!) { network(id: $id) { name meetings(page: { first: ${MEETINGS} }) { nodes { id title startsAt agenda { position type title } } } } }`;
// The primary keys are (id, municipality_id) (the Citus-ready keys), so PostGraphile's lookup takes both.
const POSTGRAPHILE_QUERY = `query($id: UUID!, $m: UUID!) { networkByIdAndMunicipalityId(id: $id, municipalityId: $m) { name meetingsByNetworkIdAndMunicipalityId(first: ${MEETINGS}, orderBy: [STARTS_AT_ASC, ID_ASC]) { nodes { id title startsAt agendaItemsByMeetingIdAndMunicipalityId(orderBy: POSITION_ASC) { nodes { position type title } } } } } }`;

/**
 * The read a member does to prepare: the next 20 meetings with their agenda
 * (presenters and their departments), talks with their speakers, and who is
 * invited (the members on the meeting's date) with their departments and
 * answers: 14 invitations a meeting, 280 in all.
 */
const SERVICE_PREPARATION = `query($id: ID!, $from: DateTime!) { network(id: $id) { name meetings(page: { first: ${MEETINGS}, from: $from }) { nodes { id title startsAt
  agenda { position type title presenter { displayName department { name } } }
  talks { topic speaker { name } }
  invitations { rsvp staffMember { displayName department { name } } } } } } }`;
// Invitations are derived (the members on the meeting's date), so PostGraphile gets them as a computed column (meeting_invitees, created below), and the answers from their table.
const POSTGRAPHILE_PREPARATION = `query($id: UUID!, $m: UUID!, $from: Datetime!) { networkByIdAndMunicipalityId(id: $id, municipalityId: $m) { name meetingsFrom(fromTime: $from, first: ${MEETINGS}) { nodes { id title startsAt
  agendaItemsByMeetingIdAndMunicipalityId(orderBy: POSITION_ASC) { nodes { position type title staffUserByPresenterIdAndMunicipalityId { displayName departmentByDepartmentIdAndMunicipalityId { name } } } }
  talksByMeetingIdAndMunicipalityId { nodes { topic speakerBySpeakerIdAndMunicipalityId { name } } }
  invitees { nodes { id displayName departmentByDepartmentIdAndMunicipalityId { name } } }
  meetingAttendancesByMeetingIdAndMunicipalityId { nodes { staffUserId rsvp } } } } } }`;

/**
 * What PostGraphile needs to answer the preparation read as the service does, in the bench database only:
 * the meetings from a time (the service's page argument), and the invitees as the service derives them
 * (members whose membership covers the meeting's date in Copenhagen, coversMeeting). Invoker's rights:
 * row-level security applies as to every other statement.
 */
const POSTGRAPHILE_FUNCTIONS = [
  `CREATE FUNCTION network_meetings_from(n network, from_time timestamptz) RETURNS SETOF meeting LANGUAGE sql STABLE AS $$
     SELECT * FROM meeting m WHERE m.network_id = n.id AND m.municipality_id = n.municipality_id AND m.starts_at >= from_time ORDER BY m.starts_at, m.id $$`,
  `CREATE FUNCTION meeting_invitees(m meeting) RETURNS SETOF staff_user LANGUAGE sql STABLE AS $$
     SELECT s.* FROM staff_user s WHERE s.municipality_id = m.municipality_id AND s.id IN (
       SELECT nm.staff_user_id FROM network_membership nm WHERE nm.network_id = m.network_id AND nm.municipality_id = m.municipality_id
          AND nm.joined_on <= (m.starts_at AT TIME ZONE 'Europe/Copenhagen')::date
          AND (nm.left_on IS NULL OR nm.left_on > (m.starts_at AT TIME ZONE 'Europe/Copenhagen')::date)) ORDER BY s.id $$`,
  'GRANT EXECUTE ON FUNCTION network_meetings_from(network, timestamptz), meeting_invitees(meeting) TO nsk_runtime',
];

interface Served { name: string; url: string; body: string; server: ServerProcess }

async function main(): Promise<void> {
  ensurePostGraphileInstalled();
  build();
  const db = await benchDatabase('throughput');
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'RS256', use: 'sig' };
  const jwks = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const owner = await new DataSource(ownerDataSourceOptions(db.ownerUrl, ENTITIES)).initialize();
  const town = await provisionMunicipality(owner, {
    code: '9998',
    name: 'Throughput Kommune',
    departments: [
      { key: 'ssp', name: 'SSP', discipline: Discipline.SSP },
      { key: 'health', name: 'Sundhedspleje', discipline: Discipline.HEALTH_VISITING },
      { key: 'school', name: 'Skole', discipline: Discipline.SCHOOL },
      { key: 'job', name: 'Jobcenter', discipline: Discipline.JOBCENTRE },
    ],
    staff: [
      { subject: 'admin', displayName: 'Admin', email: 'a@bench.invalid', departmentKey: 'ssp', roles: [GrantableRole.MUNICIPALITY_ADMIN] },
      { subject: 'coordinator', displayName: 'Koordinator', email: 'c@bench.invalid', departmentKey: 'ssp' },
      { subject: 'health', displayName: 'Sundhedsplejerske', email: 'h@bench.invalid', departmentKey: 'health' },
      ...Array.from({ length: MEMBERS - 1 }, (_, i) => ({ subject: `member-${i}`, displayName: `Medlem ${i + 1}`, email: `m${i}@bench.invalid`, departmentKey: ['ssp', 'health', 'school', 'job'][i % 4] })),
    ],
  });
  await owner.destroy();
  const token = (subject: string, roles: string[] = ['staff']) =>
    new SignJWT({ municipality_id: town.municipality.id, roles }).setProtectedHeader({ alg: 'RS256', kid: 'bench' }).setSubject(subject).setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('2h').sign(privateKey);
  const coordinator = await token('coordinator');
  const shared = { AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, DB_POOL_SIZE: '20' };

  const servers: ServerProcess[] = [];
  const results: Record<string, unknown> = { machine: machine(), database: db.where, connections: CONNECTIONS, secondsPerRun: SECONDS, rounds: ROUNDS, meetingsPerResponse: MEETINGS };
  try {
    const port = await freePort();
    const profile = [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []), ...(process.env.BENCH_SERVICE_FLAGS ?? '').split(' ').filter(Boolean)];
    // The built service, as `npm start` runs it: under ts-node every event emitter goes through node:domain (ts-node loads it), ~15 % of the CPU.
    const service = await startServerProcess([...profile, join(PROJECT_ROOT, 'dist', 'src', 'main.js')], {
      ...shared, NODE_ENV: 'production', PORT: String(port), DATABASE_APP_URL: db.appUrl, LOG_LEVEL: 'warn',
      AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
      CPR_HASH_SECRET: 'benchmark-cpr-hash-secret-0123456789', EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 3).toString('base64'), LINK_SIGNING_SECRET: 'benchmark-link-signing-secret-0123456789', LEDGER_SIGNING_KEY: Buffer.alloc(32, 5).toString('base64'),
      RATE_LIMIT_ADDRESS_PER_MINUTE: '100000000', RATE_LIMIT_USER_PER_MINUTE: '100000000',
    }, /"msg":"listening"/);
    servers.push(service);
    const serviceUrl = `http://127.0.0.1:${port}/graphql`;
    const members = [town.staff.health.id, ...Array.from({ length: MEMBERS - 1 }, (_, i) => town.staff[`member-${i}`].id)];
    const { networkId, upcomingFrom } = await seed(serviceUrl, await token('admin', ['staff', 'municipality_admin']), coordinator, town.staff.coordinator.id, members);
    await addPostGraphileFunctions(db.ownerUrl);

    const pem = await exportSPKI(publicKey);
    const floor = await startServerProcess([join(BENCH_ROOT, 'lib', 'floor-server.cjs')], { ...shared, DATABASE_URL: db.appUrl, JWT_PUBLIC_KEY_PEM: pem }, /listening \d+/);
    servers.push(floor);
    const postgraphile = await startServerProcess([join(BENCH_ROOT, 'postgraphile', 'server.cjs')], { ...shared, DATABASE_URL: db.appUrl, JWT_PUBLIC_KEY_PEM: pem }, /listening \d+/);
    servers.push(postgraphile);
    const urlOf = (server: ServerProcess) => `http://127.0.0.1:${server.output().match(/listening (\d+)/)![1]}/graphql`;

    const light: Served[] = [
      { name: 'service', url: serviceUrl, body: JSON.stringify({ query: SERVICE_QUERY, variables: { id: networkId } }), server: service },
      { name: 'bareFloor', url: urlOf(floor), body: JSON.stringify({ query: SERVICE_QUERY, variables: { id: networkId } }), server: floor },
      { name: 'postgraphile', url: urlOf(postgraphile), body: JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: { id: networkId, m: town.municipality.id } }), server: postgraphile },
    ];
    const preparation: Served[] = [
      { name: 'service', url: serviceUrl, body: JSON.stringify({ query: SERVICE_PREPARATION, variables: { id: networkId, from: upcomingFrom } }), server: service },
      { name: 'bareFloor', url: urlOf(floor), body: JSON.stringify({ query: SERVICE_PREPARATION, variables: { id: networkId, from: upcomingFrom } }), server: floor },
      { name: 'postgraphile', url: urlOf(postgraphile), body: JSON.stringify({ query: POSTGRAPHILE_PREPARATION, variables: { id: networkId, m: town.municipality.id, from: upcomingFrom } }), server: postgraphile },
    ];
    await assertSameAnswers(light, coordinator);
    await assertSamePreparation(preparation, coordinator);

    // BENCH_READS=preparation (or light): only that read, to work on it (and to profile it alone).
    const reads = ([['results', light], ['preparation', preparation]] as const).filter(([key]) => !process.env.BENCH_READS || process.env.BENCH_READS === (key === 'results' ? 'light' : key));
    for (const [key, served] of reads) {
      const runs: Record<string, LoadResult[]> = { service: [], bareFloor: [], postgraphile: [] };
      for (const target of served) await runLoad({ url: target.url, headers: { authorization: `Bearer ${coordinator}` }, bodies: [target.body], connections: CONNECTIONS, durationSeconds: 2 });
      // Interleaved rounds, so a slow minute of the machine does not fall on one contender.
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of served) {
          const run = await runLoad({ url: target.url, headers: { authorization: `Bearer ${coordinator}` }, bodies: [target.body], connections: CONNECTIONS, durationSeconds: SECONDS });
          if (run.non2xx > 0 || run.errors > 0) throw new Error(`${target.name}: ${run.non2xx} non-2xx answers and ${run.errors} errors under load`);
          runs[target.name].push(run);
          console.log(JSON.stringify({ read: key, round, [target.name]: run }));
        }
      }
      const summary = Object.fromEntries(served.map((target) => [target.name, { ...average(runs[target.name]), peakRssMb: peakRssMb(target.server.child.pid!) }]));
      const ratios = {
        serviceToBareFloor: round2(summary.service.requestsPerSecond / summary.bareFloor.requestsPerSecond),
        serviceToPostGraphile: round2(summary.service.requestsPerSecond / summary.postgraphile.requestsPerSecond),
      };
      if (key === 'results') Object.assign(results, { results: summary, ratios });
      else results.preparation = { results: summary, ratios };
    }
  } finally {
    for (const server of servers) await server.stop();
    jwks.close();
    await db.drop();
  }
  console.log(JSON.stringify(results, null, 2));
  console.log(`written to ${writeResults('throughput', results)}`);
}

/** PostGraphile v4 needs graphql 15, so it lives in its own folder with its own lockfile. */
function ensurePostGraphileInstalled(): void {
  const dir = join(BENCH_ROOT, 'postgraphile');
  if (existsSync(join(dir, 'node_modules', 'postgraphile'))) return;
  console.log('installing PostGraphile v4 into bench/postgraphile (npm ci)');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  if (install.status !== 0) throw new Error('npm ci in bench/postgraphile failed');
}

function build(): void {
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/**
 * One network with 200 meetings (four weekly series of 50) of four agenda items each (two with a presenter),
 * 13 members besides the coordinator, and a talk in each of the 20 meetings from the third series on,
 * through the service's API. Returns the network and the start of the third series (where the preparation read begins).
 */
async function seed(url: string, admin: string, coordinator: string, coordinatorId: string, memberIds: string[]): Promise<{ networkId: string; upcomingFrom: string }> {
  const call = async (query: string, variables: Record<string, unknown>, as: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const network = (await call('mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }', { i: { name: 'Netværk', kind: 'RESOURCE_NETWORK', purpose: '', coordinatorId, establishedOn: '2020-01-01' } }, admin)).createNetwork as { id: string };
  for (const memberId of memberIds) {
    await call('mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }', { i: { networkId: network.id, staffMemberId: memberId, joinedOn: '2020-01-01' } }, coordinator);
  }
  const speakers = [];
  for (const name of ['Oplægsholder A', 'Oplægsholder B']) {
    speakers.push((await call('mutation($i: CreateSpeakerInput!) { createSpeaker(input: $i) { id } }', { i: { name, kind: 'SPECIALIST_TEAM', topics: ['digital control'], email: 'speaker@bench.invalid', notes: '' } }, coordinator)).createSpeaker as { id: string });
  }
  const series = SEEDED_MEETINGS / 50;
  const firstStart = Date.parse('2030-01-07T08:00:00Z');
  let upcomingFrom = '';
  for (let index = 0; index < series; index++) {
    const startsAt = new Date(firstStart + index * 50 * 7 * 86_400_000).toISOString();
    if (index === 2) upcomingFrom = startsAt;
    const scheduled = (await call('mutation($i: ScheduleMeetingSeriesInput!) { scheduleMeetingSeries(input: $i) { meetings { id startsAt } } }', { i: { networkId: network.id, title: 'Netværksmøde', firstStartsAt: startsAt, durationMinutes: 180, rrule: 'FREQ=WEEKLY;COUNT=50' } }, coordinator)).scheduleMeetingSeries as { meetings: { id: string; startsAt: string }[] };
    for (const [position, meeting] of scheduled.meetings.entries()) {
      await call('mutation($i: SetAgendaInput!) { setAgenda(input: $i) { position } }', { i: { meetingId: meeting.id, items: [
        { type: 'NEWS_ROUND', title: 'Nyt fra afdelingerne', durationMinutes: 30, presenterId: memberIds[position % memberIds.length] },
        { type: 'KNOWLEDGE_SHARING', title: 'Videndeling', durationMinutes: 45, presenterId: memberIds[(position + 1) % memberIds.length] },
        { type: 'CASE_DISCUSSION', title: 'Sparring på sager', durationMinutes: 45 },
        { type: 'OTHER', title: 'Evaluering', durationMinutes: 15 },
      ] } }, coordinator);
      if (index === 2 && position < MEETINGS) {
        await call('mutation($i: InviteSpeakerInput!) { inviteSpeaker(input: $i) { id } }', { i: { meetingId: meeting.id, speakerId: speakers[position % 2].id, topic: 'Digital kontrol', startsAt: new Date(Date.parse(meeting.startsAt) + 140 * 60_000).toISOString(), durationMinutes: 30 } }, coordinator);
      }
    }
  }
  return { networkId: network.id, upcomingFrom };
}

async function addPostGraphileFunctions(ownerUrl: string): Promise<void> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    for (const sql of POSTGRAPHILE_FUNCTIONS) await owner.query(sql);
  } finally {
    await owner.end();
  }
}

/** The comparison is only fair if all three return the same meetings and agenda items. */
async function assertSameAnswers(served: Served[], token: string): Promise<void> {
  const shapes = await Promise.all(served.map(async (target) => {
    const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: target.body });
    const text = await response.text();
    const data = (JSON.parse(text) as { data?: Record<string, { name: string; meetings?: Page; meetingsByNetworkIdAndMunicipalityId?: Page }> }).data;
    const network = data?.network ?? data?.networkByIdAndMunicipalityId;
    const meetings = (network?.meetings ?? network?.meetingsByNetworkIdAndMunicipalityId)?.nodes;
    if (!meetings) throw new Error(`${target.name} answered ${text.slice(0, 500)}`);
    return JSON.stringify(meetings.map((m) => [m.id, new Date(m.startsAt).toISOString(), (m.agenda ?? m.agendaItemsByMeetingIdAndMunicipalityId!.nodes).map((i) => [i.position, i.type, i.title])]));
  }));
  if (new Set(shapes).size !== 1 || !shapes[0].includes('Evaluering')) throw new Error(`the three servers answer differently:\n${shapes.join('\n')}`);
}

/** The preparation read: every meeting's agenda (presenter, department), talks (speaker) and invitees (department, answer) must agree, in the order each server gives them sorted alike. */
async function assertSamePreparation(served: Served[], token: string): Promise<void> {
  type Person = { displayName: string; department: { name: string } | null; departmentByDepartmentIdAndMunicipalityId?: { name: string } };
  const person = (p: Person | null) => (p ? [p.displayName, (p.department ?? p.departmentByDepartmentIdAndMunicipalityId)?.name] : null);
  const shapes = await Promise.all(served.map(async (target) => {
    const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: target.body });
    const text = await response.text();
    /* eslint-disable @typescript-eslint/no-explicit-any -- three servers' shapes, compared by hand */
    const data = (JSON.parse(text) as { data?: any }).data;
    const network = data?.network ?? data?.networkByIdAndMunicipalityId;
    const meetings = (network?.meetings ?? network?.meetingsFrom)?.nodes as Record<string, any>[] | undefined;
    if (!meetings) throw new Error(`${target.name} answered ${text.slice(0, 500)}`);
    return JSON.stringify(meetings.map((m) => {
      const agenda = (m.agenda ?? m.agendaItemsByMeetingIdAndMunicipalityId.nodes).map((i: any) => [i.position, i.type, i.title, person(i.presenter ?? i.staffUserByPresenterIdAndMunicipalityId)]);
      const talks = (m.talks ?? m.talksByMeetingIdAndMunicipalityId.nodes).map((t: any) => [t.topic, (t.speaker ?? t.speakerBySpeakerIdAndMunicipalityId).name]);
      const invited = m.invitations
        ? m.invitations.map((i: any) => [...person(i.staffMember)!, i.rsvp])
        : m.invitees.nodes.map((p: Person & { id: string }) => [...person(p)!, m.meetingAttendancesByMeetingIdAndMunicipalityId.nodes.find((a: any) => a.staffUserId === p.id)?.rsvp ?? null]);
      return [m.id, new Date(m.startsAt).toISOString(), agenda, talks, invited.map((i: unknown[]) => JSON.stringify(i)).sort()];
    }));
    /* eslint-enable @typescript-eslint/no-explicit-any */
  }));
  if (new Set(shapes).size !== 1 || !shapes[0].includes('Oplægsholder') || (shapes[0].match(/Medlem/g) ?? []).length < MEETINGS * 10) {
    throw new Error(`the three servers answer the preparation read differently:\n${shapes.map((shape) => shape.slice(0, 2000)).join('\n')}`);
  }
}

interface Page { nodes: { id: string; startsAt: string; agenda?: AgendaItem[]; agendaItemsByMeetingIdAndMunicipalityId?: { nodes: AgendaItem[] } }[] }
interface AgendaItem { position: number; type: string; title: string }

function average(runs: LoadResult[]) {
  const mean = (pick: (run: LoadResult) => number) => round2(runs.reduce((sum, run) => sum + pick(run), 0) / runs.length);
  return { requestsPerSecond: mean((r) => r.requestsPerSecond), p50: mean((r) => r.p50), p99: mean((r) => r.p99), requests: runs.reduce((sum, run) => sum + run.total, 0) };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
