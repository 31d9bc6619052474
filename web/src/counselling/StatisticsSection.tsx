import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import type { ResultOf } from '../api/graphql';
import { useAction } from '../api/hooks';
import { ErrorSummary, Loading } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { CASELOAD_AGES, CASELOAD_OUTCOMES, COUNSELLOR_ROLES, danishDate, danishYearStart, formatDate, INQUIRY_SUBJECTS, TARGET_GROUPS } from '../ui/format';
import { REPORT_LINK, STATISTICS } from './queries';

type Statistics = ResultOf<typeof STATISTICS>['teamStatistics'];
type Distribution = Statistics['inquiries'];
const LABELS: Record<string, string> = { ...INQUIRY_SUBJECTS, ...COUNSELLOR_ROLES, ...TARGET_GROUPS, ...CASELOAD_AGES, ...CASELOAD_OUTCOMES };

/** One distribution as a table with a bar per row: readable as numbers, seen as a chart. Suppressed cells say so. */
function DistributionTable({ title, distribution }: { title: string; distribution: Distribution }) {
  return (
    <table className="table statistics-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Kategori</th>
          <th scope="col">Antal</th>
          <th scope="col">Andel</th>
        </tr>
      </thead>
      <tbody>
        {distribution.cells.map((cell) => (
          <tr key={cell.category}>
            <th scope="row">{LABELS[cell.category] ?? cell.category}</th>
            <td>{cell.suppressed ? 'under 5' : cell.count}</td>
            <td>
              {cell.suppressed ? (
                <span className="form-hint">skjult</span>
              ) : (
                <span className="bar-cell">
                  <span className="bar" style={{ width: `${((cell.percent ?? 0) / 100) * 12}rem` }} aria-hidden="true" />
                  <span>{cell.percent} %</span>
                </span>
              )}
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">I alt</th>
          <td>{distribution.totalSuppressed ? 'under 5' : distribution.total}</td>
          <td />
        </tr>
      </tbody>
    </table>
  );
}


/** The team's statistics over a period; outside the team, small cells are suppressed by the API. */
export function StatisticsSection({ teamId }: { teamId: string }) {
  const [from, setFrom] = useState(danishYearStart());
  const [to, setTo] = useState(danishDate());
  const [statistics, setStatistics] = useState<Statistics>();
  const load = useAction();
  const link = useAction();

  async function show(event?: FormEvent) {
    event?.preventDefault();
    const result = await load.run(() => request(STATISTICS, { input: { teamId, from, to } }));
    if (result) setStatistics(result.teamStatistics);
  }
  async function open(format: 'CSV' | 'HTML') {
    const result = await link.run(() => request(REPORT_LINK, { input: { teamId, from, to, format } }));
    // The link is absolute (PUBLIC_BASE_URL); open it on the origin this page came from.
    if (result) {
      const url = new URL(result.createStatisticsReportLink.url);
      window.location.assign(url.pathname + url.search);
    }
  }

  return (
    <section aria-labelledby="statistics-heading">
      <h2 id="statistics-heading">Statistik</h2>
      <form onSubmit={(e) => void show(e)} aria-label="Vælg periode" className="period-form">
        <Field label="Fra">
          <input className="form-input input-width-s" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="Til">
          <input className="form-input input-width-s" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <button type="submit" className="button button-secondary" disabled={load.pending}>
          Vis statistik
        </button>
      </form>
      <ErrorSummary problems={load.problems} />
      <ErrorSummary problems={link.problems} />
      {load.pending && !statistics && <Loading />}
      {statistics && (
        <>
          <p>
            {statistics.teamName}, {formatDate(statistics.from)}–{formatDate(statistics.to)}: {statistics.cases ?? 'under 5'} sager, i gennemsnit{' '}
            {statistics.averageNewCasesPerMonth.toLocaleString('da-DK', { maximumFractionDigits: 1 })} nye om måneden.
          </p>
          {statistics.smallCellsSuppressed && (
            <div className="alert alert-info">
              <div className="alert-body">
                <p className="alert-text">Tal under 5 er skjult, så ingen borger kan genkendes. Teamets egne medlemmer ser alle tal.</p>
              </div>
            </div>
          )}
          <div className="statistics-grid">
            <DistributionTable title="Henvendelser" distribution={statistics.inquiries} />
            <DistributionTable title="Rådgiverens rolle" distribution={statistics.counsellorRole} />
            <DistributionTable title="Målgruppe" distribution={statistics.targetGroup} />
            <DistributionTable title="Alder" distribution={statistics.ageBand} />
            <DistributionTable title="Udfald af lukkede sager" distribution={statistics.outcome} />
          </div>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => void open('HTML')} disabled={link.pending}>
              Rapport til udskrift
            </button>
            <button type="button" className="button button-secondary" onClick={() => void open('CSV')} disabled={link.pending}>
              Hent som CSV
            </button>
          </div>
        </>
      )}
    </section>
  );
}
