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
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
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

const SERVICE_QUERY = `query($id: ID!) { network(id: $id) { name meetings(page: { first: ${MEETINGS} }) { nodes { id title startsAt agenda { position type title } } } } }`;
// The primary keys are (id, municipality_id) (the Citus-ready keys), so PostGraphile's lookup takes both.
const POSTGRAPHILE_QUERY = `query($id: UUID!, $m: UUID!) { networkByIdAndMunicipalityId(id: $id, municipalityId: $m) { name meetingsByNetworkIdAndMunicipalityId(first: ${MEETINGS}, orderBy: [STARTS_AT_ASC, ID_ASC]) { nodes { id title startsAt agendaItemsByMeetingIdAndMunicipalityId(orderBy: POSITION_ASC) { nodes { position type title } } } } } }`;

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
    ],
    staff: [
      { subject: 'admin', displayName: 'Admin', email: 'a@bench.invalid', departmentKey: 'ssp', roles: [GrantableRole.MUNICIPALITY_ADMIN] },
      { subject: 'coordinator', displayName: 'Koordinator', email: 'c@bench.invalid', departmentKey: 'ssp' },
      { subject: 'health', displayName: 'Sundhedsplejerske', email: 'h@bench.invalid', departmentKey: 'health' },
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
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
    // The built service, as `npm start` runs it: under ts-node every event emitter goes through node:domain (ts-node loads it), ~15 % of the CPU.
    const service = await startServerProcess([...profile, join(PROJECT_ROOT, 'dist', 'src', 'main.js')], {
      ...shared, NODE_ENV: 'production', PORT: String(port), DATABASE_APP_URL: db.appUrl, LOG_LEVEL: 'warn',
      AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
      CPR_HASH_SECRET: 'benchmark-cpr-hash-secret-0123456789', EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 3).toString('base64'), LINK_SIGNING_SECRET: 'benchmark-link-signing-secret-0123456789', LEDGER_SIGNING_KEY: Buffer.alloc(32, 5).toString('base64'),
      RATE_LIMIT_ADDRESS_PER_MINUTE: '100000000', RATE_LIMIT_USER_PER_MINUTE: '100000000',
    }, /"msg":"listening"/);
    servers.push(service);
    const serviceUrl = `http://127.0.0.1:${port}/graphql`;
    const networkId = await seed(serviceUrl, await token('admin', ['staff', 'municipality_admin']), coordinator, town.staff.coordinator.id, town.staff.health.id);

    const pem = await exportSPKI(publicKey);
    const floor = await startServerProcess([join(BENCH_ROOT, 'lib', 'floor-server.cjs')], { ...shared, DATABASE_URL: db.appUrl, JWT_PUBLIC_KEY_PEM: pem }, /listening \d+/);
    servers.push(floor);
    const postgraphile = await startServerProcess([join(BENCH_ROOT, 'postgraphile', 'server.cjs')], { ...shared, DATABASE_URL: db.appUrl, JWT_PUBLIC_KEY_PEM: pem }, /listening \d+/);
    servers.push(postgraphile);
    const urlOf = (server: ServerProcess) => `http://127.0.0.1:${server.output().match(/listening (\d+)/)![1]}/graphql`;

    const served: Served[] = [
      { name: 'service', url: serviceUrl, body: JSON.stringify({ query: SERVICE_QUERY, variables: { id: networkId } }), server: service },
      { name: 'bareFloor', url: urlOf(floor), body: JSON.stringify({ query: SERVICE_QUERY, variables: { id: networkId } }), server: floor },
      { name: 'postgraphile', url: urlOf(postgraphile), body: JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: { id: networkId, m: town.municipality.id } }), server: postgraphile },
    ];
    await assertSameAnswers(served, coordinator);

    const runs: Record<string, LoadResult[]> = { service: [], bareFloor: [], postgraphile: [] };
    for (const target of served) await runLoad({ url: target.url, headers: { authorization: `Bearer ${coordinator}` }, bodies: [target.body], connections: CONNECTIONS, durationSeconds: 2 });
    // Interleaved rounds, so a slow minute of the machine does not fall on one contender.
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of served) {
        const run = await runLoad({ url: target.url, headers: { authorization: `Bearer ${coordinator}` }, bodies: [target.body], connections: CONNECTIONS, durationSeconds: SECONDS });
        if (run.non2xx > 0 || run.errors > 0) throw new Error(`${target.name}: ${run.non2xx} non-2xx answers and ${run.errors} errors under load`);
        runs[target.name].push(run);
        console.log(JSON.stringify({ round, [target.name]: run }));
      }
    }
    const summary = Object.fromEntries(served.map((target) => [target.name, { ...average(runs[target.name]), peakRssMb: peakRssMb(target.server.child.pid!) }]));
    const s = summary.service;
    results.results = summary;
    results.ratios = {
      serviceToBareFloor: round2(s.requestsPerSecond / summary.bareFloor.requestsPerSecond),
      serviceToPostGraphile: round2(s.requestsPerSecond / summary.postgraphile.requestsPerSecond),
    };
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

/** One network with 20 meetings of four agenda items each, through the service's API. */
async function seed(url: string, admin: string, coordinator: string, coordinatorId: string, memberId: string): Promise<string> {
  const call = async (query: string, variables: Record<string, unknown>, as: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const network = (await call('mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }', { i: { name: 'Netværk', kind: 'RESOURCE_NETWORK', purpose: '', coordinatorId, establishedOn: '2020-01-01' } }, admin)).createNetwork as { id: string };
  await call('mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }', { i: { networkId: network.id, staffMemberId: memberId, joinedOn: '2020-01-01' } }, coordinator);
  const series = (await call('mutation($i: ScheduleMeetingSeriesInput!) { scheduleMeetingSeries(input: $i) { meetings { id } } }', { i: { networkId: network.id, title: 'Netværksmøde', firstStartsAt: '2030-01-07T08:00:00Z', durationMinutes: 180, rrule: `FREQ=WEEKLY;COUNT=${MEETINGS}` } }, coordinator)).scheduleMeetingSeries as { meetings: { id: string }[] };
  for (const meeting of series.meetings) {
    await call('mutation($i: SetAgendaInput!) { setAgenda(input: $i) { position } }', { i: { meetingId: meeting.id, items: [
      { type: 'NEWS_ROUND', title: 'Nyt fra afdelingerne', durationMinutes: 30, presenterId: memberId },
      { type: 'KNOWLEDGE_SHARING', title: 'Videndeling', durationMinutes: 45 },
      { type: 'CASE_DISCUSSION', title: 'Sparring på sager', durationMinutes: 45 },
      { type: 'OTHER', title: 'Evaluering', durationMinutes: 15 },
    ] } }, coordinator);
  }
  return network.id;
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
