/**
 * Issue 16's speed figures for the web client: the JavaScript a first visit
 * loads (gzipped, target <= 200 KB), and how long the meeting page takes from
 * navigation until its agenda is on screen (target <= 1 s), against loading
 * the static accessibility statement from the same server in the same run
 * (the cost of the page itself: no data).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { chromium } from 'playwright-core';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { signDevToken } from '../src/platform/auth/dev-token';
import { DEVELOPMENT_JWT_SECRET, loadConfig } from '../src/platform/config/app-config';
import { seedDemoData } from '../src/demo/demo-seeder';
import { benchDatabase } from './lib/database';
import { machine, writeResults } from './lib/report';

const ROUNDS = 15;
const root = join(__dirname, '..');

function initialJavaScript(): { files: string[]; bytes: number; gzipBytes: number } {
  const dist = join(root, 'web', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const contents = files.map((file) => readFileSync(join(dist, file)));
  return { files, bytes: contents.reduce((n, c) => n + c.length, 0), gzipBytes: contents.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0) };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
  const js = initialJavaScript();
  const db = await benchDatabase('web');
  const config = loadConfig({ NODE_ENV: 'development', AUTH_DEV_SECRET: DEVELOPMENT_JWT_SECRET, CPR_HASH_SECRET: 'benchmark-cpr-hash-secret-0123456789', EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 3).toString('base64'), LINK_SIGNING_SECRET: 'benchmark-link-signing-secret-0123456789', DATABASE_URL: db.ownerUrl, DATABASE_APP_URL: db.appUrl, LOG_LEVEL: 'warn' });
  await seedDemoData(db.ownerUrl, config.crypto.keyring);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger: ['error'] });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    // The Gladsaxe coordinator, signed in through the development sign-in.
    const people = (await (await fetch(`${base}/auth/dev/people`)).json()) as { people: { staffId: string; municipalityId: string; displayName: string }[] };
    const coordinator = people.people.find((p) => p.displayName === 'Demo Koordinator (SSP)')!;
    await page.goto('/tilgaengelighed');
    await page.evaluate(async (body) => {
      await fetch('/auth/dev/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    }, JSON.stringify({ staffId: coordinator.staffId, municipalityId: coordinator.municipalityId }));
    // Give the next meeting an agenda, as a coordinator would have before members prepare.
    const token = await signDevToken(DEVELOPMENT_JWT_SECRET, { subject: 'gladsaxe.coordinator', municipalityId: coordinator.municipalityId, roles: [] });
    const gql = async (query: string, variables: Record<string, unknown> = {}) =>
      ((await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, never> }).data;
    const { networks } = await gql('{ networks { upcomingMeetings(limit: 1) { id } } }');
    const meetingId = (networks as { upcomingMeetings: { id: string }[] }[]).flatMap((n) => n.upcomingMeetings)[0].id;
    await gql('mutation($i: SetAgendaInput!) { setAgenda(input: $i) { id } }', { i: { meetingId, items: [
      { title: 'Nyt fra afdelingerne', type: 'NEWS_ROUND', durationMinutes: 30 },
      { title: 'Videndeling: digital kontrol', type: 'KNOWLEDGE_SHARING', durationMinutes: 45 },
      { title: 'Sparring på anonymiseret sag', type: 'CASE_DISCUSSION', durationMinutes: 30 },
    ] } });

    const time = async (path: string, ready: () => Promise<unknown>) => {
      const started = performance.now();
      await page.goto(path, { waitUntil: 'commit' });
      await ready();
      return performance.now() - started;
    };
    const meeting: number[] = [];
    const statement: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // A new session every other round (cookies cleared, signed in again); the browser's HTTP cache is warm after round one.
      if (round % 2 === 0) await context.clearCookies().then(() => page.evaluate(async (body) => fetch('/auth/dev/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body }), JSON.stringify({ staffId: coordinator.staffId, municipalityId: coordinator.municipalityId })));
      statement.push(await time('/tilgaengelighed', () => page.getByRole('heading', { name: 'Håndhævelsesprocedure' }).waitFor()));
      meeting.push(await time(`/moede/${meetingId}`, () => page.getByRole('table', { name: 'Dagsorden med tidspunkter' }).getByText('Sparring på anonymiseret sag').waitFor()));
    }
    const results = {
      machine: machine(),
      database: db.where,
      initialJavaScript: { ...js, gzipKb: Math.round(js.gzipBytes / 102.4) / 10, targetKb: 200 },
      meetingPageMs: { p50: Math.round(percentile(meeting, 50)), max: Math.round(Math.max(...meeting)), targetMs: 1000 },
      staticPageMs: { p50: Math.round(percentile(statement, 50)), max: Math.round(Math.max(...statement)) },
      ratioP50: Math.round((percentile(meeting, 50) / percentile(statement, 50)) * 100) / 100,
      rounds: ROUNDS,
    };
    console.log(JSON.stringify(results, null, 2));
    console.log(`initial JS ${results.initialJavaScript.gzipKb} KB gzipped (target <= 200); meeting page with agenda p50 ${results.meetingPageMs.p50} ms, max ${results.meetingPageMs.max} ms (target <= 1000); static page p50 ${results.staticPageMs.p50} ms; ratio ${results.ratioP50}`);
    console.log(`results: ${writeResults('web-client', results)}`);
  } finally {
    await browser.close();
    await app.close();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
