import { useState } from 'react';
import { request } from '../api/client';
import { useAction, useQuery } from '../api/hooks';
import { ErrorSummary } from '../ui/Alerts';
import { DATA_CATEGORIES, formatDateTime, LEGAL_BASES, REFUSALS, REVIEW_STATUS } from '../ui/format';
import { DEPARTMENT_EXCHANGES, EXCHANGE_CONTENT } from './queries';

/** Exchanges to and from my department; the receiving side can read what was shared, and each read is recorded. */
export function DepartmentExchanges() {
  const { data, problems } = useQuery(DEPARTMENT_EXCHANGES, {});
  const [opened, setOpened] = useState<Record<string, { content: string; justification?: string | null }>>({});
  const read = useAction();
  const mine = data?.me.staffMember.department.id;

  async function open(id: string) {
    const result = await read.run(() => request(EXCHANGE_CONTENT, { id }));
    if (result) setOpened((all) => ({ ...all, [id]: result.exchangeContent }));
  }

  return (
    <section aria-labelledby="department-exchanges-heading">
      <h2 id="department-exchanges-heading">Min afdelings udvekslinger</h2>
      {problems && <ErrorSummary problems={problems} />}
      <ErrorSummary problems={read.problems} />
      {data && data.departmentExchanges.nodes.length === 0 && <p>Din afdeling har ingen udvekslinger.</p>}
      <ul className="nobullet-list exchange-list">
        {(data?.departmentExchanges.nodes ?? []).map((exchange) => (
          <li key={exchange.id}>
            <p>
              <strong>
                {exchange.fromDepartment.name} til {exchange.toDepartment.name}
              </strong>{' '}
              · {formatDateTime(exchange.createdAt)} · {exchange.decision === 'PERMITTED' ? 'Tilladt' : 'Afvist'}
              {exchange.legalBasis && ` · ${LEGAL_BASES[exchange.legalBasis]}`}
              {REVIEW_STATUS[exchange.reviewStatus] && ` · ${REVIEW_STATUS[exchange.reviewStatus]}`}
            </p>
            <p>
              {exchange.categories.map((c) => DATA_CATEGORIES[c]).join(', ')} · sendt af {exchange.requestedBy.displayName}
              {exchange.refusalReason && ` · ${REFUSALS[exchange.refusalReason]}`}
            </p>
            {exchange.decision === 'PERMITTED' && exchange.toDepartment.id === mine && !opened[exchange.id] && (
              <p>
                <button type="button" className="button button-secondary" disabled={read.pending} onClick={() => void open(exchange.id)}>
                  Læs oplysningerne<span className="sr-only"> fra {exchange.fromDepartment.name}</span>
                </button>{' '}
                <span className="form-hint">Din læsning registreres i loggen.</span>
              </p>
            )}
            {opened[exchange.id] && (
              <div className="exchange-content" role="region" aria-label={`Oplysninger fra ${exchange.fromDepartment.name}`}>
                <p className="form-hint">Du har læst oplysningerne, og læsningen er registreret.</p>
                <p className="minutes-body">{opened[exchange.id].content}</p>
                {opened[exchange.id].justification && <p>Begrundelse: {opened[exchange.id].justification}</p>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
