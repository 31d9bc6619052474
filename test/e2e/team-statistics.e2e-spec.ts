/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { AddressInfo } from 'node:net';
import { Browser } from 'playwright-core';
import { APP_CONFIG } from '../../src/platform/config/config.module';
import { AppConfig } from '../../src/platform/config/app-config';
import { signReportLink } from '../../src/counselling/statistics/report-link';
import { ReportFormat } from '../../src/counselling/statistics/statistics.model';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ok, Person } from '../utils/network-fixture';
import { createTeam, TeamFixture } from '../utils/team-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { launchChromium } from '../utils/web-browser';

const LOG = 'mutation($i: LogInquiryInput!) { logInquiry(input: $i) { id } }';
const OPEN = 'mutation($i: OpenCounsellingCaseInput!) { openCounsellingCase(input: $i) { id } }';
const CLOSE = 'mutation($i: CloseCounsellingCaseInput!) { closeCounsellingCase(input: $i) { status } }';
const DIST = 'total totalSuppressed cells { category count percent suppressed }';
const STATS = `query($i: TeamStatisticsInput!) { teamStatistics(input: $i) {
  teamName from to smallCellsSuppressed cases averageNewCasesPerMonth
  inquiries { ${DIST} } newCasesPerMonth { month count suppressed }
  counsellorRole { ${DIST} } targetGroup { ${DIST} } ageBand { ${DIST} } outcome { ${DIST} }
} }`;
const LINK = 'mutation($i: StatisticsReportLinkInput!) { createStatisticsReportLink(input: $i) { url expiresAt } }';
const PERIOD = { from: '2021-01-01', to: '2021-06-30' };

type Cell = { category: string; count: number | null; percent: number | null; suppressed: boolean };
type Dist = { total: number | null; totalSuppressed: boolean; cells: Cell[] };
interface Stats {
  teamName: string; smallCellsSuppressed: boolean; cases: number | null; averageNewCasesPerMonth: number;
  inquiries: Dist; newCasesPerMonth: { month: string; count: number | null; suppressed: boolean }[];
  counsellorRole: Dist; targetGroup: Dist; ageBand: Dist; outcome: Dist;
}

const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);
/** [count, percent] per category, in schema order; null for a suppressed cell. */
const figures = (d: Dist) => Object.fromEntries(d.cells.map((c) => [c.category, c.suppressed ? null : [c.count, c.percent]]));

/**
 * A known dataset shaped like Copenhagen's report (roles 10/15/75 %, outcomes
 * 10/20/70 % in whole numbers), with records just outside the period that
 * must not be counted.
 */
async function loadDataset(api: TestApp, team: TeamFixture): Promise<void> {
  const as = team.counsellor.token;
  const inquiries = [
    ...repeat({ subject: 'CONCRETE_CASE', receivedOn: '2021-02-10' }, 18),
    ...repeat({ subject: 'GENERAL_KNOWLEDGE', receivedOn: '2021-05-20' }, 12),
    { subject: 'CONCRETE_CASE', receivedOn: '2020-12-31' },
    { subject: 'GENERAL_KNOWLEDGE', receivedOn: '2021-07-01' },
  ];
  for (const inquiry of inquiries) ok(await api.gql(LOG, { i: { teamId: team.teamId, channel: 'PHONE', source: 'COLLEAGUE', askerDiscipline: 'JOBCENTRE', ...inquiry } }, as));

  const roles = [...repeat('CASE_OWNER_FROM_START', 2), ...repeat('INFORMED_ONLY', 3), ...repeat('ADVICE_AND_SPARRING', 15)];
  const targets = [...repeat('ACTIVITY_READY', 9), ...repeat('JOB_OR_EDUCATION_READY', 6), ...repeat('INTEGRATION_PROGRAMME', 3), 'SELF_SUPPORTING', 'OTHER'];
  const ages = [...repeat('UNDER_30', 7), ...repeat('AGE_30_49', 11), 'AGE_50_PLUS', 'UNKNOWN'];
  const opened = [...repeat('2021-01-15', 4), ...repeat('2021-02-15', 3), ...repeat('2021-03-15', 5), ...repeat('2021-04-15', 2), ...repeat('2021-05-15', 4), ...repeat('2021-06-15', 2)];
  // Cases 0–9 close with the barrier assessed: 1 job, 2 education, 7 neither. 10–11 close without it; the rest stay open.
  const closedWithBarrier = ['JOB', 'EDUCATION', 'EDUCATION', ...repeat('NEITHER', 7)];
  for (let i = 0; i < 20; i++) {
    const barrier = i < 10 ? true : i < 12 ? false : i % 2 === 0;
    const { openCounsellingCase: kase } = ok(await api.gql<{ openCounsellingCase: { id: string } }>(OPEN, { i: { teamId: team.teamId, openedOn: opened[i], counsellorRole: roles[i], targetGroup: targets[i], ageBand: ages[i], barrierToEmployment: barrier } }, as));
    if (i < 12) ok(await api.gql(CLOSE, { i: { caseId: kase.id, outcome: i < 10 ? closedWithBarrier[i] : 'JOB', closedOn: '2021-09-01' } }, as));
  }
  // Opened after the period: not counted.
  const late = ok(await api.gql<{ openCounsellingCase: { id: string } }>(OPEN, { i: { teamId: team.teamId, openedOn: '2021-07-02', counsellorRole: 'TOOK_OVER', targetGroup: 'OTHER', ageBand: 'UNKNOWN', barrierToEmployment: true } }, as)).openCounsellingCase;
  ok(await api.gql(CLOSE, { i: { caseId: late.id, outcome: 'JOB', closedOn: '2021-09-01' } }, as));
}

describe('team statistics for the steering group', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let team: TeamFixture;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    api = await createTestApp();
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    town = await createMunicipality('Statistik');
    team = await createTeam(api, town);
    await loadDataset(api, team);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api.close();
    await closeFactories();
  });

  const stats = async (as: Person) => ok(await api.gql<{ teamStatistics: Stats }>(STATS, { i: { teamId: team.teamId, ...PERIOD } }, as.token)).teamStatistics;
  const localUrl = (url: string) => url.replace(api.config.publicBaseUrl, baseUrl);

  it('gives the team every figure of the known dataset, and nothing from outside the period', async () => {
    const s = await stats(team.colleague);
    expect(s.smallCellsSuppressed).toBe(false);
    expect(s.inquiries.total).toBe(30);
    expect(figures(s.inquiries)).toEqual({ CONCRETE_CASE: [18, 60], GENERAL_KNOWLEDGE: [12, 40] });
    expect(s.cases).toBe(20);
    expect(s.averageNewCasesPerMonth).toBe(3.3);
    expect(s.newCasesPerMonth).toEqual([
      { month: '2021-01', count: 4, suppressed: false },
      { month: '2021-02', count: 3, suppressed: false },
      { month: '2021-03', count: 5, suppressed: false },
      { month: '2021-04', count: 2, suppressed: false },
      { month: '2021-05', count: 4, suppressed: false },
      { month: '2021-06', count: 2, suppressed: false },
    ]);
    expect(figures(s.counsellorRole)).toEqual({ INFORMED_ONLY: [3, 15], ADVICE_AND_SPARRING: [15, 75], CASE_OWNER_FROM_START: [2, 10], TOOK_OVER: [0, 0] });
    expect(figures(s.targetGroup)).toEqual({ ACTIVITY_READY: [9, 45], JOB_OR_EDUCATION_READY: [6, 30], INTEGRATION_PROGRAMME: [3, 15], SELF_SUPPORTING: [1, 5], OTHER: [1, 5] });
    expect(figures(s.ageBand)).toEqual({ UNDER_30: [7, 35], AGE_30_49: [11, 55], AGE_50_PLUS: [1, 5], UNKNOWN: [1, 5] });
    expect(s.outcome.total).toBe(10);
    expect(figures(s.outcome)).toEqual({ JOB: [1, 10], EDUCATION: [2, 20], NEITHER: [7, 70] });
    for (const d of [s.inquiries, s.counsellorRole, s.targetGroup, s.ageBand, s.outcome]) {
      expect(d.cells.reduce((sum, c) => sum + c.percent!, 0)).toBe(100);
    }
  });

  it('suppresses cells under 5 for the steering group, keeping the totals and the percentages of what it shows', async () => {
    const s = await stats(team.steering);
    expect(s.smallCellsSuppressed).toBe(true);
    expect(s.cases).toBe(20);
    expect(figures(s.inquiries)).toEqual({ CONCRETE_CASE: [18, 60], GENERAL_KNOWLEDGE: [12, 40] });
    expect(s.newCasesPerMonth.map((m) => m.count)).toEqual([null, null, 5, null, null, null]);
    expect(figures(s.counsellorRole)).toEqual({ INFORMED_ONLY: null, ADVICE_AND_SPARRING: [15, 75], CASE_OWNER_FROM_START: null, TOOK_OVER: [0, 0] });
    expect(figures(s.targetGroup)).toEqual({ ACTIVITY_READY: [9, 45], JOB_OR_EDUCATION_READY: [6, 30], INTEGRATION_PROGRAMME: null, SELF_SUPPORTING: null, OTHER: null });
    expect(figures(s.ageBand)).toEqual({ UNDER_30: [7, 35], AGE_30_49: [11, 55], AGE_50_PLUS: null, UNKNOWN: null });
    expect(figures(s.outcome)).toEqual({ JOB: null, EDUCATION: null, NEITHER: [7, 70] });
    // The admin is outside the team too.
    const admin = ok(await api.gql<{ teamStatistics: Stats }>(STATS, { i: { teamId: team.teamId, ...PERIOD } }, town.tokens.admin)).teamStatistics;
    expect(admin.smallCellsSuppressed).toBe(true);
  });

  it('refuses a reversed or too long period with a clear error', async () => {
    const reversed = await api.gql(STATS, { i: { teamId: team.teamId, from: '2021-06-30', to: '2021-01-01' } }, team.steering.token);
    expect(reversed.errors?.[0]).toMatchObject({ message: 'to must not be before from', extensions: { code: 'BAD_USER_INPUT' } });
    const long = await api.gql(STATS, { i: { teamId: team.teamId, from: '2000-01-01', to: '2021-01-01' } }, team.steering.token);
    expect(long.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('serves the same figures as CSV through a signed link, suppressed as the link maker would see them', async () => {
    const link = ok(await api.gql<{ createStatisticsReportLink: { url: string } }>(LINK, { i: { teamId: team.teamId, ...PERIOD, format: 'CSV' } }, team.steering.token)).createStatisticsReportLink;
    const response = await fetch(localUrl(link.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="statistik-2021-01-01-2021-06-30.csv"');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('table,category,count,percent');
    expect(lines).toEqual(expect.arrayContaining([
      'inquiries,CONCRETE_CASE,18,60',
      'inquiries,TOTAL,30,100',
      'cases,TOTAL,20,',
      'cases,AVERAGE_NEW_PER_MONTH,3.3,',
      'new_cases_per_month,2021-03,5,',
      'new_cases_per_month,2021-04,<5,',
      'counsellor_role,ADVICE_AND_SPARRING,15,75',
      'counsellor_role,INFORMED_ONLY,<5,',
      'outcome_where_barrier,NEITHER,7,70',
      'outcome_where_barrier,JOB,<5,',
    ]));
    const member = ok(await api.gql<{ createStatisticsReportLink: { url: string } }>(LINK, { i: { teamId: team.teamId, ...PERIOD, format: 'CSV' } }, team.colleague.token)).createStatisticsReportLink;
    expect(await (await fetch(localUrl(member.url))).text()).toContain('counsellor_role,INFORMED_ONLY,3,15');
  });

  it('renders a printable HTML report with its charts in headless Chromium, loading nothing from outside', async () => {
    const link = ok(await api.gql<{ createStatisticsReportLink: { url: string } }>(LINK, { i: { teamId: team.teamId, ...PERIOD, format: 'HTML' } }, team.steering.token)).createStatisticsReportLink;
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(localUrl(link.url), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(requested).toEqual([localUrl(link.url)]);
    expect(await page.title()).toBe(`Statistik: ${team.name}, 2021-01-01 – 2021-06-30`);

    const charts = await page.$$eval('svg[data-chart]', (svgs) =>
      svgs.map((svg) => ({
        name: svg.getAttribute('data-chart'),
        width: svg.getBoundingClientRect().width,
        bars: [...svg.querySelectorAll('g.bar')].map((bar) => ({
          category: bar.getAttribute('data-category'),
          suppressed: bar.getAttribute('data-suppressed') === 'true',
          drawnWidth: bar.querySelector('rect')!.getBoundingClientRect().width,
          drawnHeight: bar.querySelector('rect')!.getBoundingClientRect().height,
          text: bar.textContent?.trim() ?? '',
        })),
      })),
    );
    expect(charts.map((c) => c.name)).toEqual(['inquiries', 'newCasesPerMonth', 'counsellorRole', 'targetGroup', 'ageBand', 'outcome']);
    for (const chart of charts) expect(chart.width).toBeGreaterThan(100);
    const role = charts.find((c) => c.name === 'counsellorRole')!;
    const advice = role.bars.find((b) => b.category === 'ADVICE_AND_SPARRING')!;
    const informed = role.bars.find((b) => b.category === 'INFORMED_ONLY')!;
    expect(advice).toMatchObject({ suppressed: false, text: expect.stringContaining('15 (75 %)') });
    // 75 % of the 320-pixel scale.
    expect(advice.drawnWidth).toBeCloseTo(240, 0);
    expect(informed).toMatchObject({ suppressed: true, text: expect.stringContaining('under 5') });
    expect(informed.text).not.toMatch(/\b3\b/);
    const months = charts.find((c) => c.name === 'newCasesPerMonth')!;
    expect(months.bars.map((b) => [b.category, b.suppressed])).toEqual([['2021-01', true], ['2021-02', true], ['2021-03', false], ['2021-04', true], ['2021-05', true], ['2021-06', true]]);
    expect(months.bars[2].drawnHeight).toBeCloseTo(120, 0);
    expect(await page.$eval('.meta', (p) => p.textContent)).toContain('Tal under 5 vises ikke');

    // Printable: Chromium lays it out on A4 pages.
    const pdf = await page.pdf({ format: 'A4' });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    await page.close();
  }, 60_000);

  it('refuses a forged, altered or expired link with a coded error', async () => {
    const config = api.app.get<AppConfig>(APP_CONFIG);
    const claims = { municipalityId: town.municipality.id, teamId: team.teamId, ...PERIOD, format: ReportFormat.HTML, suppressSmallCells: false };
    const expired = await signReportLink(config.linkSecret, claims, new Date(Date.now() - 60_000));
    const forged = await signReportLink(new TextEncoder().encode('someone-elses-secret-0123456789-abcdef'), claims, new Date(Date.now() + 60_000));
    const valid = ok(await api.gql<{ createStatisticsReportLink: { url: string } }>(LINK, { i: { teamId: team.teamId, ...PERIOD, format: 'HTML' } }, team.steering.token)).createStatisticsReportLink.url;
    const altered = valid.replace(/token=([^.]+)\.([^.]+)\./, (_, header: string, payload: string) => `token=${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sup: false })).toString('base64url')}.`);
    for (const [token, status, errorCode] of [[expired, 410, 'LINK_EXPIRED'], [forged, 400, 'LINK_INVALID']] as const) {
      const response = await fetch(`${baseUrl}/reports/statistics?token=${token}`);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(errorCode);
    }
    const tampered = await fetch(localUrl(altered));
    expect(tampered.status).toBe(400);
    expect((await fetch(`${baseUrl}/reports/statistics`)).status).toBe(400);
  });
});

