import { DistributionModel, TeamStatisticsModel } from './statistics.model';

/**
 * The statistics as CSV for a spreadsheet: one row per cell, with the table
 * it belongs to. A suppressed cell reads "<5" and has no percent.
 */
export function statisticsCsv(stats: TeamStatisticsModel): string {
  const rows: string[][] = [['table', 'category', 'count', 'percent']];
  const table = (name: string, d: DistributionModel) => {
    for (const cell of d.cells) rows.push([name, cell.category, cell.suppressed ? '<5' : String(cell.count), cell.percent === null ? '' : String(cell.percent)]);
    rows.push([name, 'TOTAL', d.totalSuppressed ? '<5' : String(d.total), d.totalSuppressed ? '' : '100']);
  };
  table('inquiries', stats.inquiries);
  rows.push(['cases', 'TOTAL', stats.cases === null ? '<5' : String(stats.cases), '']);
  rows.push(['cases', 'AVERAGE_NEW_PER_MONTH', String(stats.averageNewCasesPerMonth), '']);
  for (const month of stats.newCasesPerMonth) rows.push(['new_cases_per_month', month.month, month.suppressed ? '<5' : String(month.count), '']);
  table('counsellor_role', stats.counsellorRole);
  table('target_group', stats.targetGroup);
  table('age_band', stats.ageBand);
  table('outcome_where_barrier', stats.outcome);
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
