import { escapeHtml as escape } from '../../platform/web-client/html';
import { DistributionModel, MonthCountModel, TeamStatisticsModel } from './statistics.model';

/**
 * The printable report for the steering group: one self-contained HTML page
 * (inline CSS, charts as inline SVG drawn here on the server, no scripts, no
 * external assets), in Danish, as the steering group reads it.
 */
const LABELS: Record<string, string> = {
  CONCRETE_CASE: 'Konkrete borgersager',
  GENERAL_KNOWLEDGE: 'Generelle henvendelser',
  INFORMED_ONLY: 'Orienteret',
  ADVICE_AND_SPARRING: 'Rådgivning og sparring',
  CASE_OWNER_FROM_START: 'Sagsbehandler fra start',
  TOOK_OVER: 'Overtog sagen',
  ACTIVITY_READY: 'Aktivitetsparat',
  JOB_OR_EDUCATION_READY: 'Job- eller uddannelsesparat',
  INTEGRATION_PROGRAMME: 'Integrationsprogram',
  SELF_SUPPORTING: 'Selvforsørgende',
  OTHER: 'Anden målgruppe',
  UNDER_30: 'Under 30 år',
  AGE_30_49: '30–49 år',
  AGE_50_PLUS: '50 år og derover',
  UNKNOWN: 'Uoplyst',
  JOB: 'I job',
  EDUCATION: 'I uddannelse',
  NEITHER: 'Hverken job eller uddannelse',
};

const BAR_WIDTH = 320;
const ROW = 28;
const LABEL_WIDTH = 220;

export function statisticsHtml(stats: TeamStatisticsModel): string {
  const sections = [
    section('inquiries', 'Henvendelser', `I alt ${total(stats.inquiries)}.`, barChart('inquiries', 'Henvendelser', stats.inquiries)),
    section('new-cases', 'Nye borgersager pr. måned', `${stats.cases === null ? 'Færre end 5' : stats.cases} sager i perioden, i gennemsnit ${stats.averageNewCasesPerMonth.toLocaleString('da-DK')} om måneden.`, columnChart('newCasesPerMonth', 'Nye borgersager pr. måned', stats.newCasesPerMonth)),
    section('role', 'Vejlederens rolle i sagerne', '', barChart('counsellorRole', 'Vejlederens rolle', stats.counsellorRole)),
    section('target-group', 'Målgruppe', '', barChart('targetGroup', 'Målgruppe', stats.targetGroup)),
    section('age-band', 'Alder', '', barChart('ageBand', 'Alder', stats.ageBand)),
    section('outcome', 'Beskæftigelse', 'Afsluttede sager, hvor negativ social kontrol er vurderet som barriere for beskæftigelse.', barChart('outcome', 'Beskæftigelse', stats.outcome)),
  ];
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Statistik: ${escape(stats.teamName)}, ${stats.from} – ${stats.to}</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; margin: 2rem auto; max-width: 46rem; line-height: 1.4; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
  .meta, .note { color: #555; font-size: .9rem; }
  section { break-inside: avoid; page-break-inside: avoid; }
  table { border-collapse: collapse; margin-top: .5rem; font-size: .9rem; }
  th, td { text-align: left; padding: .15rem .75rem .15rem 0; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  svg text { font: 12px system-ui, sans-serif; fill: #1b1b1b; }
  @page { size: A4; margin: 18mm; }
  @media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
<h1>${escape(stats.teamName)}</h1>
<p class="meta">Periode ${stats.from} til ${stats.to}.${stats.smallCellsSuppressed ? ' Tal under 5 vises ikke, så ingen borger kan genkendes; procenter er beregnet af de faktiske tal.' : ''}</p>
${sections.join('\n')}
</body>
</html>
`;
}

function section(id: string, heading: string, note: string, chart: string): string {
  return `<section id="${id}">
<h2>${heading}</h2>
${note ? `<p class="note">${note}</p>` : ''}
${chart}
</section>`;
}

/** Horizontal bars, one per category, length by percent; a suppressed cell is an empty outline marked "under 5". */
function barChart(name: string, title: string, d: DistributionModel): string {
  const height = d.cells.length * ROW + 8;
  const bars = d.cells
    .map((cell, i) => {
      const y = i * ROW + 4;
      const label = escape(LABELS[cell.category] ?? cell.category);
      const value = cell.suppressed ? 'under 5' : `${cell.count} (${cell.percent} %)`;
      const width = cell.suppressed ? 0 : Math.round(((cell.percent ?? 0) / 100) * BAR_WIDTH);
      return `<g class="bar" data-category="${cell.category}" data-count="${cell.count ?? ''}" data-suppressed="${cell.suppressed}">
  <text x="0" y="${y + 15}">${label}</text>
  ${cell.suppressed ? `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="24" height="16" fill="none" stroke="#888" stroke-dasharray="3 2"/>` : `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="16" fill="#2b6cb0"/>`}
  <text x="${LABEL_WIDTH + Math.max(width, cell.suppressed ? 24 : 0) + 6}" y="${y + 15}">${value}</text>
</g>`;
    })
    .join('\n');
  return `<svg data-chart="${name}" role="img" aria-label="${escape(title)}" width="${LABEL_WIDTH + BAR_WIDTH + 90}" height="${height}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 90} ${height}" xmlns="http://www.w3.org/2000/svg">
<title>${escape(title)}</title>
${bars}
</svg>`;
}

/** Columns by month, scaled to the largest month. */
function columnChart(name: string, title: string, months: MonthCountModel[]): string {
  const plotHeight = 120;
  const column = Math.max(8, Math.min(36, Math.floor(560 / Math.max(months.length, 1))));
  const largest = Math.max(1, ...months.map((m) => m.count ?? 0));
  const width = months.length * column + 20;
  const columns = months
    .map((m, i) => {
      const x = 10 + i * column;
      const h = m.suppressed ? 0 : Math.round(((m.count ?? 0) / largest) * plotHeight);
      const shape = m.suppressed
        ? `<rect x="${x + 2}" y="${plotHeight - 12}" width="${column - 4}" height="12" fill="none" stroke="#888" stroke-dasharray="3 2"/>`
        : `<rect x="${x + 2}" y="${plotHeight - h}" width="${column - 4}" height="${h}" fill="#2b6cb0"/>`;
      return `<g class="bar" data-category="${m.month}" data-count="${m.count ?? ''}" data-suppressed="${m.suppressed}">${shape}<title>${m.month}: ${m.suppressed ? 'under 5' : m.count}</title></g>`;
    })
    .join('\n');
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  return `<svg data-chart="${name}" role="img" aria-label="${escape(title)}" width="${width}" height="${plotHeight + 24}" viewBox="0 0 ${width} ${plotHeight + 24}" xmlns="http://www.w3.org/2000/svg">
<title>${escape(title)}</title>
<line x1="8" y1="${plotHeight + 0.5}" x2="${width - 8}" y2="${plotHeight + 0.5}" stroke="#888"/>
${columns}
<text x="10" y="${plotHeight + 18}">${first}</text>
<text x="${width - 10}" y="${plotHeight + 18}" text-anchor="end">${last}</text>
</svg>`;
}

const total = (d: DistributionModel) => (d.totalSuppressed ? 'færre end 5' : String(d.total));

