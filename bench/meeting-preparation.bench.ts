/**
 * Issue 7's first figure: SQL statements and latency of the nested
 * meeting-preparation query at 10, 100 and 1,000 meetings. Statements must not
 * grow with the number of meetings (per-request DataLoaders); a page holds at
 * most 100 meetings, so 1,000 meetings are read as ten pages.
 *   BENCH_CPU_PROF=dir npm run bench -- meeting   (also writes the 100-meeting requests' CPU profile)
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { signDevToken } from '../src/platform/auth/dev-token';
import { GrantableRole, Role } from '../src/platform/auth/role.enum';
import { DEVELOPMENT_JWT_SECRET, loadConfig } from '../src/platform/config/app-config';
import { ownerDataSourceOptions } from '../src/platform/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { Discipline } from '../src/organisation/departments/discipline.enum';
import { provisionMunicipality } from '../src/organisation/municipalities/municipality-provisioning';
import { benchDatabase } from './lib/database';
import { machine, writeResults } from './lib/report';

const PREPARE = `query($id: ID!, $after: String) { network(id: $id) {
  name disciplineCoverage { covered missing }
  meetings(page: { first: 100, after: $after }) {
    nodes {
      title startsAt status
      agenda { position type title startsAt endsAt presenter { displayName department { name discipline } } }
      talks { topic status speaker { name kind } }
      cases { reference ageBand concernCategories }
      invitations { rsvp present staffMember { displayName department { discipline } } }
      followUps { text owner { displayName } }
    }
    pageInfo { hasNextPage endCursor }
  }
} }`;

async function main(): Promise<void> {
  const db = await benchDatabase('prepare');
  const config = loadConfig({ NODE_ENV: 'development', AUTH_DEV_SECRET: DEVELOPMENT_JWT_SECRET, CPR_HASH_SECRET: 'benchmark-cpr-hash-secret-0123456789', EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 3).toString('base64'), LINK_SIGNING_SECRET: 'benchmark-link-signing-secret-0123456789', DATABASE_URL: db.ownerUrl, DATABASE_APP_URL: db.appUrl, LOG_LEVEL: 'warn', GRAPHQL_DIAGNOSTICS: 'true', RATE_LIMIT_ADDRESS_PER_MINUTE: '10000000', RATE_LIMIT_USER_PER_MINUTE: '10000000' });
  const owner = await new DataSource(ownerDataSourceOptions(db.ownerUrl, ENTITIES)).initialize();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger: ['error'] });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const results: Record<string, unknown>[] = [];
  try {
    for (const [index, meetings] of [10, 100, 1000].entries()) {
      const town = await provisionMunicipality(owner, {
        code: String(7001 + index),
        name: `Bench ${meetings}`,
        departments: [
          { key: 'ssp', name: 'SSP', discipline: Discipline.SSP },
          { key: 'health', name: 'Sundhedspleje', discipline: Discipline.HEALTH_VISITING },
          { key: 'job', name: 'Jobcenter', discipline: Discipline.JOBCENTRE },
        ],
        staff: [
          { subject: 'admin', displayName: 'Admin', email: 'a@x.invalid', departmentKey: 'ssp', roles: [GrantableRole.MUNICIPALITY_ADMIN] },
          { subject: 'coordinator', displayName: 'Koordinator', email: 'c@x.invalid', departmentKey: 'ssp' },
          { subject: 'health', displayName: 'Sundhedsplejerske', email: 'h@x.invalid', departmentKey: 'health' },
          { subject: 'job', displayName: 'Jobrådgiver', email: 'j@x.invalid', departmentKey: 'job' },
        ],
      });
      const token = (subject: string, roles = [Role.STAFF]) => signDevToken(DEVELOPMENT_JWT_SECRET, { subject, municipalityId: town.municipality.id, roles });
      const [admin, coordinator] = [await token('admin', [Role.STAFF, Role.MUNICIPALITY_ADMIN]), await token('coordinator')];
      const call = async (query: string, variables: Record<string, unknown>, as = coordinator) => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` }, body: JSON.stringify({ query, variables }) });
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[]; extensions?: { diagnostics?: { sqlStatements: number } } };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return body;
      };
      const network = (await call('mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }', { i: { name: 'Netværk', kind: 'RESOURCE_NETWORK', purpose: '', coordinatorId: town.staff.coordinator.id, establishedOn: '2020-01-01' } }, admin)).data!.createNetwork as { id: string };
      for (const member of ['health', 'job']) {
        await call('mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }', { i: { networkId: network.id, staffMemberId: town.staff[member].id, joinedOn: '2020-01-01' } });
      }
      const speaker = (await call('mutation($i: CreateSpeakerInput!) { createSpeaker(input: $i) { id } }', { i: { name: 'Oplægsholder', kind: 'SPECIALIST_TEAM', topics: ['digital control'], email: 's@x.invalid', notes: '' } })).data!.createSpeaker as { id: string };
      const ids: string[] = [];
      for (let done = 0; done < meetings; done += 60) {
        const first = new Date(Date.UTC(2030, 0, 1 + done, 8));
        const series = (await call('mutation($i: ScheduleMeetingSeriesInput!) { scheduleMeetingSeries(input: $i) { meetings { id startsAt } } }', { i: { networkId: network.id, title: 'Møde', firstStartsAt: first.toISOString(), durationMinutes: 180, rrule: `FREQ=DAILY;COUNT=${Math.min(60, meetings - done)}` } })).data!.scheduleMeetingSeries as { meetings: { id: string; startsAt: string }[] };
        for (const meeting of series.meetings) {
          ids.push(meeting.id);
          await call('mutation($i: SetAgendaInput!) { setAgenda(input: $i) { position } }', { i: { meetingId: meeting.id, items: [{ type: 'NEWS_ROUND', title: 'Runde', durationMinutes: 30, presenterId: town.staff.health.id }, { type: 'CASE_DISCUSSION', title: 'Sparring', durationMinutes: 45, presenterId: town.staff.job.id }] } });
          await call('mutation($i: InviteSpeakerInput!) { inviteSpeaker(input: $i) { id } }', { i: { meetingId: meeting.id, speakerId: speaker.id, topic: 'Digital kontrol', startsAt: new Date(new Date(meeting.startsAt).getTime() + 90 * 60_000).toISOString(), durationMinutes: 45 } });
          await call('mutation($i: CreateCaseInput!) { createCaseDiscussion(input: $i) { id } }', { i: { networkId: network.id, meetingId: meeting.id, concernCategories: ['DIGITAL_CONTROL'], ageBand: 'AGE_13_17', affected: ['THE_PERSON'], narrative: 'Pigen må ikke have sin egen telefon.', actionsTaken: '', question: 'Hvad gør vi?', acknowledgeQuasiIdentifiers: false } });
        }
      }
      // Warm up, then measure pages of up to 100 meetings: at least 20 samples per size (a p50 of 4 moved by 40 ms between runs).
      const samples: number[] = [];
      const statements = new Set<number>();
      const runs = 1 + Math.max(4, Math.ceil(20 / Math.ceil(meetings / 100)));
      const profile = process.env.BENCH_CPU_PROF && meetings === 100 ? await startProfile() : undefined;
      for (let run = 0; run < runs; run++) {
        let after: string | null = null;
        do {
          const started = process.hrtime.bigint();
          const body = await call(PREPARE, { id: network.id, after });
          if (run > 0) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
          statements.add(body.extensions!.diagnostics!.sqlStatements);
          const page = (body.data!.network as { meetings: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).meetings.pageInfo;
          after = page.hasNextPage ? page.endCursor : null;
        } while (after);
      }
      if (profile) await profile.stopInto(process.env.BENCH_CPU_PROF!);
      samples.sort((a, b) => a - b);
      const row = { meetings, pages: Math.ceil(meetings / 100), statementsPerRequest: [...statements], p50Ms: Math.round(samples[Math.floor(samples.length / 2)] * 10) / 10, p99Ms: Math.round(samples[Math.floor(samples.length * 0.99)] * 10) / 10 };
      results.push(row);
      console.log(JSON.stringify(row));
    }
  } finally {
    await app.close();
    await owner.destroy();
    await db.drop();
  }
  console.log(`written to ${writeResults('meeting-preparation', { machine: machine(), database: db.where, results })}`);
}

/** A CPU profile of the measured requests only (`BENCH_CPU_PROF=dir`), without the seeding around them. */
async function startProfile(): Promise<{ stopInto(dir: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    stopInto: async (dir) => {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'meeting-preparation-100.cpuprofile'), JSON.stringify(profile));
      session.disconnect();
    },
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
