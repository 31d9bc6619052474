import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import type { ResultOf } from '../api/graphql';
import { useAction, useQuery } from '../api/hooks';
import { fieldError } from '../api/messages';
import { usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { DATA_CATEGORIES, formatDateTime, LEGAL_BASES } from '../ui/format';

const PENDING = graphql(`
  query PendingReview {
    exchangesPendingReview(page: { first: 50 }) {
      nodes { id createdAt legalBasis categories ledgerPosition fromDepartment { name } toDepartment { name } requestedBy { displayName } }
    }
  }
`);

const MARK_REVIEWED = graphql(`
  mutation MarkReviewed($id: ID!) {
    markExchangeReviewed(id: $id) { id reviewStatus }
  }
`);

/** What each kind of break means, for the DPO. */
const BREAK_LABELS: Record<string, string> = {
  EDITED_ENTRY: 'En post er ændret',
  DELETED_ENTRY: 'En post er slettet',
  REWRITTEN_HISTORY: 'Loggen er skrevet om efter et underskrevet kontrolpunkt',
  TRUNCATED_TAIL: 'De nyeste poster er fjernet',
  MALFORMED_ENTRY: 'En post kan ikke læses',
};

const VERIFY = graphql(`
  mutation VerifyLedger {
    verifyLedger { ok size headHash rootHash breakKind firstInvalidPosition problem checkpointsChecked checkpoint { treeSize signedAt } }
  }
`);

const ACCESS_REPORT = graphql(`
  query AccessReport($input: CitizenLookupInput!) {
    citizenAccessReport(input: $input) { generatedAt entries { position kind recordedAt departmentName staffMemberName route basis categories } }
  }
`);

type Report = ResultOf<typeof ACCESS_REPORT>['citizenAccessReport'];

/** What each recorded event means to a citizen reading their access report. */
const KINDS: Record<string, string> = {
  consent_granted: 'Samtykke registreret',
  consent_withdrawn: 'Samtykke tilbagekaldt',
  consent_expired: 'Samtykke udløbet',
  consent_lookup: 'Opslag i samtykker',
  exchange_decision: 'Udveksling afgjort',
  content_read: 'Delte oplysninger læst',
  exchange_reviewed: 'Udveksling gennemgået af databeskyttelsesrådgiveren',
  access_report: 'Indsigtsrapport dannet',
  exchange_content_erased: 'Delte oplysninger slettet efter tilbagekaldelse',
};

/** The data-protection officer: statutory exchanges to review, the ledger's own proof, a citizen's access report. */
export function DpoPage() {
  usePageTitle('Databeskyttelse');
  const pending = useQuery(PENDING, {});
  const review = useAction();
  const verify = useAction();
  const lookup = useAction();
  const [verification, setVerification] = useState<ResultOf<typeof VERIFY>['verifyLedger']>();
  const [cpr, setCpr] = useState('');
  const [report, setReport] = useState<Report>();
  const [notice, setNotice] = useState<string>();

  async function markReviewed(id: string) {
    if (await review.run(() => request(MARK_REVIEWED, { id }))) {
      await pending.reload();
      setNotice('Udvekslingen er markeret som gennemgået.');
    }
  }
  async function runVerification() {
    const result = await verify.run(() => request(VERIFY, {}));
    if (result) setVerification(result.verifyLedger);
  }
  async function makeReport(event: FormEvent) {
    event.preventDefault();
    const result = await lookup.run(() => request(ACCESS_REPORT, { input: { cpr: cpr.replace(/\s/g, '') } }));
    if (result) {
      setReport(result.citizenAccessReport);
      setCpr('');
    }
  }

  return (
    <>
      <h1>Databeskyttelse</h1>
      <section aria-labelledby="review-heading" className="no-print">
        <h2 id="review-heading">Udvekslinger uden samtykke til gennemgang</h2>
        {pending.loading && !pending.data && <Loading />}
        {pending.problems && <ErrorSummary problems={pending.problems} />}
        <ErrorSummary problems={review.problems} />
        {pending.data?.exchangesPendingReview.nodes.length === 0 && <p>Der er ingen udvekslinger, der venter på gennemgang.</p>}
        <ul className="nobullet-list exchange-list">
          {(pending.data?.exchangesPendingReview.nodes ?? []).map((exchange) => (
            <li key={exchange.id}>
              <p>
                <strong>
                  {exchange.fromDepartment.name} til {exchange.toDepartment.name}
                </strong>{' '}
                · {formatDateTime(exchange.createdAt)} · {exchange.legalBasis ? LEGAL_BASES[exchange.legalBasis] : ''}
              </p>
              <p>
                {exchange.categories.map((c) => DATA_CATEGORIES[c]).join(', ')} · sendt af {exchange.requestedBy.displayName} · logpost {exchange.ledgerPosition}
              </p>
              <button type="button" className="button button-secondary" disabled={review.pending} onClick={() => void markReviewed(exchange.id)}>
                Markér som gennemgået<span className="sr-only">: {exchange.fromDepartment.name} til {exchange.toDepartment.name}, {formatDateTime(exchange.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
        <Notice>{notice}</Notice>
      </section>
      <section aria-labelledby="ledger-heading" className="no-print">
        <h2 id="ledger-heading">Loggens integritet</h2>
        <p>Hver registrering er kædet til den forrige med en kryptografisk hashværdi, og loggen underskrives jævnligt med en nøgle, der ikke ligger i databasen. Kontrollen genberegner hele kæden, holder den op mod de underskrevne kontrolpunkter og finder den første post, der er ændret, slettet eller fjernet.</p>
        <ErrorSummary problems={verify.problems} />
        <button type="button" className="button button-secondary" disabled={verify.pending} onClick={() => void runVerification()}>
          Kontrollér loggen
        </button>
        <div aria-live="polite">
          {verification?.ok && (
            <div className="alert alert-success">
              <div className="alert-body">
                <p className="alert-heading">Loggen er uændret</p>
                <p className="alert-text">
                  Alle {verification.size} poster stemmer med kæden. Seneste hashværdi: <code className="hash">{verification.headHash}</code>
                </p>
                <p className="alert-text">
                  {verification.checkpoint
                    ? `Holdt op mod ${verification.checkpointsChecked} underskrevne kontrolpunkter; det nyeste dækker ${verification.checkpoint.treeSize} poster og er fra ${formatDateTime(verification.checkpoint.signedAt)}.`
                    : 'Der er endnu intet underskrevet kontrolpunkt at holde loggen op mod.'}
                </p>
              </div>
            </div>
          )}
          {verification && !verification.ok && (
            <div className="alert alert-error">
              <div className="alert-body">
                <p className="alert-heading">Loggen stemmer ikke</p>
                <p className="alert-text">
                  {verification.breakKind ? BREAK_LABELS[verification.breakKind] : 'Loggen stemmer ikke'}. Første post, der ikke stemmer: {verification.firstInvalidPosition ?? 'ukendt'}. Kontakt kommunens it-sikkerhed.
                </p>
              </div>
            </div>
          )}
        </div>
      </section>
      <section aria-labelledby="report-heading">
        <h2 id="report-heading" className="no-print">
          Indsigtsrapport til en borger
        </h2>
        <form onSubmit={(e) => void makeReport(e)} aria-label="Indsigtsrapport" className="no-print">
          <ErrorSummary problems={lookup.problems} title="Rapporten blev ikke dannet" />
          <Field label="Borgerens cpr-nummer" hint="Opslaget registreres. Nummeret vises ikke i rapporten." error={fieldError(lookup.problems, 'cpr')}>
            <input className="form-input input-width-s" value={cpr} onChange={(e) => setCpr(e.target.value)} inputMode="numeric" autoComplete="off" maxLength={11} />
          </Field>
          <button type="submit" className="button button-primary" disabled={lookup.pending || !cpr.trim()}>
            Dan indsigtsrapport
          </button>
        </form>
        {report && <AccessReport report={report} />}
      </section>
    </>
  );
}

function AccessReport({ report }: { report: Report }) {
  return (
    <article className="access-report" aria-label="Indsigtsrapport">
      <h2>Indsigt i behandling af dine oplysninger</h2>
      <p>
        Efter databeskyttelsesforordningens artikel 15 har du ret til at vide, hvem i kommunen der har registreret, slået op, delt eller læst oplysninger om dig i
        netværkssamarbejdet mod negativ social kontrol. Rapporten er dannet {formatDateTime(report.generatedAt)} og viser {report.entries.length} registreringer.
      </p>
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Udskriv eller gem som PDF
        </button>
      </p>
      <table className="table table--zebra">
        <caption className="sr-only">Registreringer om borgeren</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Hændelse</th>
            <th scope="col">Afdeling</th>
            <th scope="col">Medarbejder</th>
            <th scope="col">Oplysninger</th>
            <th scope="col">Grundlag</th>
          </tr>
        </thead>
        <tbody>
          {report.entries.map((entry) => (
            <tr key={entry.position}>
              <td>{formatDateTime(entry.recordedAt)}</td>
              <td>{KINDS[entry.kind] ?? entry.kind}</td>
              <td>{entry.route ?? entry.departmentName ?? ''}</td>
              <td>{entry.staffMemberName ?? ''}</td>
              <td>{entry.categories.map((c) => DATA_CATEGORIES[c] ?? c).join(', ')}</td>
              <td>{entry.basis ? (LEGAL_BASES[entry.basis] ?? (entry.basis === 'consent' ? 'Samtykke' : entry.basis)) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
