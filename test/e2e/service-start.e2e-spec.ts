import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { signDevToken } from '../../src/platform/auth/dev-token';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config/app-config';
import { Discipline, CORE_DISCIPLINES } from '../../src/organisation/departments/discipline.enum';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { GLADSAXE, HORSENS } from '../../src/demo/demo-data';
import { DEMO_MUNICIPALITIES, findDemoUser } from '../../src/demo/demo-municipalities';
import { TEST_ENV } from '../setup/test-database';
import { collect, exited, spawnService } from '../utils/service-process';
import { TEST_SECRETS } from '../utils/test-secrets';

const tokenFor = (subject: string) => {
  const { municipality, staff } = findDemoUser(subject)!;
  return signDevToken(DEVELOPMENT_JWT_SECRET, { subject, municipalityId: municipality.id, roles: staff.roles });
};

describe('the service process', () => {
  it('exits with status 1 and one clear line on a bad configuration', async () => {
    const child = spawnService({ PORT: 'not-a-port' });
    const stderr = collect(child.stderr);
    expect(await exited(child)).toBe(1);
    expect(stderr.text().trim().split('\n')).toEqual(['Configuration error: PORT must be an integer number']);
  });

  it('refuses to start when its runtime role could bypass row-level security', async () => {
    const child = spawnService({ DATABASE_URL: process.env[TEST_ENV.ownerUrl]!, DATABASE_APP_URL: process.env[TEST_ENV.ownerUrl]!, PORT: String(await freePort()), ...TEST_SECRETS });
    const stderr = collect(child.stderr);
    expect(await exited(child)).toBe(1);
    expect(stderr.text()).toContain('could bypass row-level security; set DATABASE_APP_URL');
  });

  describe('with no DATABASE_URL (the README\'s first command)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsk-embedded-'));
    let url: string;
    let printed: string;
    let child: ReturnType<typeof spawnService>;

    beforeAll(async () => {
      chmodSync(dir, 0o755); // the embedded server runs as the OS user postgres when we are root
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      child = spawnService({ PORT: String(port), EMBEDDED_DB_DIR: join(dir, 'postgres'), LOG_LEVEL: 'warn' });
      const stdout = collect(child.stdout);
      await stdout.waitFor(/"msg":"listening"/, 90_000);
      expect(stdout.text()).toContain('"msg":"demo data loaded"');
      printed = JSON.parse(stdout.text().split('\n').find((line) => line.includes('"msg":"listening"'))!).url;
    }, 120_000);

    afterAll(async () => {
      child.kill('SIGTERM');
      await exited(child);
      await new Promise((done) => setTimeout(done, 500)); // let the embedded server finish stopping
      rmSync(dir, { recursive: true, force: true });
    });

    it('prints the address of the web client, which a browser opens to the sign-in page', async () => {
      expect(printed).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await request(printed).get('/').set('accept', 'text/html');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<html lang="da">');
    });

    it('serves /health with the embedded database', async () => {
      const response = await request(url).get('/health');
      expect(response.body).toMatchObject({ status: 'ok', details: { lifecycle: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' } } });
    });

    it('starts again after being killed outright, stopping the PostgreSQL it left behind', async () => {
      child.kill('SIGKILL'); // no chance to stop its database
      await exited(child);
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      child = spawnService({ PORT: String(port), EMBEDDED_DB_DIR: join(dir, 'postgres'), LOG_LEVEL: 'warn' });
      const stdout = collect(child.stdout);
      await stdout.waitFor(/"msg":"listening"/, 60_000);
      expect(stdout.text()).not.toContain('demo data loaded'); // the data survived; nothing loaded twice
      const response = await request(url).get('/health');
      expect(response.body).toMatchObject({ status: 'ok', details: { lifecycle: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' } } });
    });

    it("loads Gladsaxe's 14-member network staff across the five disciplines", async () => {
      const response = await request(url)
        .post('/graphql')
        .set('authorization', `Bearer ${await tokenFor('gladsaxe.admin')}`)
        .send({ query: '{ municipality { name code } staffMembers(page: { first: 100 }) { nodes { subject department { discipline } } } }' });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.municipality).toEqual({ name: 'Gladsaxe Kommune', code: '0159' });
      // GraphQL serves enum names (HEALTH_VISITING), the database their values (health_visiting).
      const core = CORE_DISCIPLINES.map((value) => Object.keys(Discipline).find((name) => Discipline[name as keyof typeof Discipline] === value));
      const staff: { subject: string; department: { discipline: string } }[] = response.body.data.staffMembers.nodes;
      const network = staff.filter((s) => core.includes(s.department.discipline));
      expect(network).toHaveLength(14);
      expect(new Set(network.map((s) => s.department.discipline))).toEqual(new Set(core));
      expect(staff).toHaveLength(GLADSAXE.staff.length);
    });

    it("loads the Gladsaxe resource network: 14 members covering all five disciplines, meeting every second month", async () => {
      const response = await request(url)
        .post('/graphql')
        .set('authorization', `Bearer ${await tokenFor('gladsaxe.coordinator')}`)
        .send({ query: '{ networks { name kind members { role } disciplineCoverage { missing } upcomingMeetings(limit: 2) { startsAt agenda { title startsAt endsAt } } } }' });
      expect(response.body.errors).toBeUndefined();
      const [network] = response.body.data.networks;
      expect(network).toMatchObject({ kind: 'RESOURCE_NETWORK', disciplineCoverage: { missing: [] } });
      expect(network.members).toHaveLength(14);
      const [first, second] = network.upcomingMeetings.map((m: { startsAt: string }) => new Date(m.startsAt));
      const monthsApart = (second.getFullYear() - first.getFullYear()) * 12 + second.getMonth() - first.getMonth();
      expect(monthsApart).toBe(2);
      // Each meeting comes with the usual agenda for the coordinator to adjust and publish, inside its 150 minutes.
      const [next] = network.upcomingMeetings;
      expect(next.agenda.map((item: { title: string }) => item.title)).toEqual(['Nyt fra afdelingerne', 'Videndeling: tegn på negativ social kontrol', 'Sparring på anonymiserede sager', 'Opfølgning og eventuelt']);
      expect(new Date(next.agenda[3].endsAt).getTime() - new Date(next.startsAt).getTime()).toBe(135 * 60_000);
    });

    it('loads every municipality of the source: Høje-Taastrup, Odense and Aarhus beside Gladsaxe, Horsens and Copenhagen', async () => {
      const ask = async (subject: string, query: string) => {
        const response = await request(url).post('/graphql').set('authorization', `Bearer ${await tokenFor(subject)}`).send({ query });
        expect(response.body.errors).toBeUndefined();
        return response.body.data;
      };
      for (const municipality of DEMO_MUNICIPALITIES) {
        const data = await ask(municipality.staff[0].subject, '{ municipality { name code } }');
        expect(data.municipality).toEqual({ name: municipality.name, code: municipality.code });
      }
      // Høje-Taastrup: the central resource person's working group across the three housing social plans, with local actors.
      const htk = await ask('htk.resource', `{ housingAreas { name socialPlan localActors { name holder { displayName } recentEngagements { topic } } }
        networks { kind housingAreas { name } localActors { name } } }`);
      expect(htk.housingAreas.map((a: { name: string }) => a.name)).toEqual(['Charlotteager', 'Gadehavegaard', 'Taastrupgaard']);
      const taastrupgaard = htk.housingAreas.find((a: { name: string }) => a.name === 'Taastrupgaard');
      expect(taastrupgaard.localActors.map((a: { name: string }) => a.name)).toEqual(['Baba Høje-Taastrup', 'Bydelsmødrene i Taastrup', 'Ejendomskontoret i Taastrupgaard']);
      expect(htk.networks[0]).toMatchObject({ kind: 'WORKING_GROUP' });
      expect(htk.networks[0].housingAreas).toHaveLength(3);
      expect(htk.networks[0].localActors.length).toBeGreaterThan(0);
      // Odense: the strategic unit's civil-society strategy and partners, and its upskilling.
      const odense = await ask('odense.admin', '{ civilSocietyStrategy { title localActors { name } } localActors { name kind } }');
      expect(odense.civilSocietyStrategy).toHaveLength(3);
      expect(odense.localActors.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['Boligsocialt Hus', 'Bydelsmødrene i Odense', 'Baba Odense', 'Dansk Flygtningehjælp Odense']));
      // Aarhus: TÆK as a specialist team, and its network with the counsellors in four jobcentres, six meetings a year.
      const aarhus = await ask('aarhus.taek1', '{ networks { name kind members { role } upcomingMeetings(limit: 2) { startsAt } } }');
      const kinds = aarhus.networks.map((n: { kind: string }) => n.kind).sort();
      expect(kinds).toEqual(['COUNSELLOR_TEAM', 'SPECIALIST_TEAM']);
      const counsellors = aarhus.networks.find((n: { kind: string }) => n.kind === 'COUNSELLOR_TEAM');
      expect(counsellors.members).toHaveLength(6);
      const [a, b] = counsellors.upcomingMeetings.map((m: { startsAt: string }) => new Date(m.startsAt));
      expect((b.getFullYear() - a.getFullYear()) * 12 + b.getMonth() - a.getMonth()).toBe(2);
    });

    it("loads Horsens' working group departments, invisible to Gladsaxe", async () => {
      const response = await request(url)
        .post('/graphql')
        .set('authorization', `Bearer ${await tokenFor('horsens.job1')}`)
        .send({ query: '{ municipality { name } departments { name } dataFlowPolicies { categories } }' });
      expect(response.body.data.municipality.name).toBe('Horsens Kommune');
      expect(response.body.data.dataFlowPolicies).toHaveLength(4);
      expect(response.body.data.departments.map((d: { name: string }) => d.name).sort()).toEqual(HORSENS.departments.map((d) => d.name).sort());
    });

    it("loads Horsens' preparedness plan, whose cards staff find by the situation", async () => {
      const response = await request(url)
        .post('/graphql')
        .set('authorization', `Bearer ${await tokenFor('horsens.youth1')}`)
        .send({ query: '{ findActionCards(situation: { concernLevel: SUSPICION, personConcerned: CHILD, acuteDanger: false }) { title legalNotes } }' });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.findActionCards).toEqual([{ title: 'Mistanke – barn eller ung', legalNotes: ['Underretningspligt (barnets lov § 133)'] }]);
    });

    it("loads a year of Copenhagen's counsellor caseload, which the steering group sees with small cells suppressed", async () => {
      const team = await request(url)
        .post('/graphql')
        .set('authorization', `Bearer ${await tokenFor('kbh.counsellor1')}`)
        .send({ query: '{ networks { id kind } }' });
      const [{ id: teamId, kind }] = team.body.data.networks;
      expect(kind).toBe('COUNSELLOR_TEAM');
      const query = 'query($i: TeamStatisticsInput!) { teamStatistics(input: $i) { cases smallCellsSuppressed inquiries { total } counsellorRole { cells { category count suppressed } } } }';
      const steering = await request(url)
        .post('/graphql')
        .set('authorization', `Bearer ${await tokenFor('kbh.steering')}`)
        .send({ query, variables: { i: { teamId, from: '2025-01-01', to: '2025-12-31' } } });
      expect(steering.body.errors).toBeUndefined();
      expect(steering.body.data.teamStatistics).toMatchObject({ cases: 24, smallCellsSuppressed: true, inquiries: { total: 54 } });
      const cells: { category: string; count: number | null; suppressed: boolean }[] = steering.body.data.teamStatistics.counsellorRole.cells;
      expect(cells.find((c) => c.category === 'ADVICE_AND_SPARRING')!.count).toBeGreaterThanOrEqual(5);
    });
  });
});
