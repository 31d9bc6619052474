import { useQuery } from '../api/hooks';
import { Link } from '../app/router';
import { ErrorSummary } from '../ui/Alerts';
import { AGE_BANDS, CONCERNS, DISCIPLINES, formatDate } from '../ui/format';
import { CASES } from './queries';

/** The network's anonymised cases, newest first, and the way to bring a new one. */
export function CasesSection({ networkId }: { networkId: string }) {
  const { data, problems } = useQuery(CASES, { networkId });
  const cases = data?.caseDiscussions.nodes ?? [];
  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">Sager til sparring</h2>
      <p>
        <Link href={`/netvaerk/${networkId}/ny-sag`} className="button button-secondary">
          Ny sag til sparring
        </Link>
      </p>
      {problems && <ErrorSummary problems={problems} />}
      {data && cases.length === 0 && <p>Netværket har ingen sager endnu.</p>}
      {cases.length > 0 && (
        <table className="table table--zebra">
          <caption className="sr-only">Netværkets sager</caption>
          <thead>
            <tr>
              <th scope="col">Sag</th>
              <th scope="col">Fra</th>
              <th scope="col">Alder</th>
              <th scope="col">Bekymring</th>
              <th scope="col">Råd</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((kase) => (
              <tr key={kase.id}>
                <td>
                  <Link href={`/sag/${kase.id}`}>{kase.reference}</Link>
                  <br />
                  {formatDate(kase.createdAt)}
                </td>
                <td>{DISCIPLINES[kase.presentingDiscipline]}</td>
                <td>{AGE_BANDS[kase.ageBand]}</td>
                <td>{kase.concernCategories.map((c) => CONCERNS[c]).join(', ')}</td>
                <td>{kase.responses.length}</td>
                <td>{kase.status === 'OPEN' ? 'Åben' : 'Lukket'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
