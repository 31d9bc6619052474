import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction, useQuery } from '../api/hooks';
import { usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { AFFECTED, AGE_BANDS, CONCERNS, DISCIPLINES, formatDateTime } from '../ui/format';
import { ActionCard, ActionCards } from './ActionCards';
import { GuardedText, GuardState } from './GuardedText';
import { CASE, MARK_USED, RECORD_OUTCOME, RESPOND } from './queries';

const CLEAN: GuardState = { findings: 0, quasiIdentifiers: false, checked: true };

/** One anonymised case: what was asked, the network's advice, and what came of it. */
export function CasePage({ id }: { id: string }) {
  const { data, problems, loading, reload } = useQuery(CASE, { id });
  usePageTitle(data ? `Sag ${data.caseDiscussion.reference}` : problems ? 'Sag' : undefined);
  const [advice, setAdvice] = useState('');
  const [adviceGuard, setAdviceGuard] = useState<GuardState>(CLEAN);
  const [cards, setCards] = useState<ActionCard[]>([]);
  const [cardId, setCardId] = useState('');
  const [outcome, setOutcome] = useState('');
  const [outcomeGuard, setOutcomeGuard] = useState<GuardState>(CLEAN);
  const [notice, setNotice] = useState<string>();
  const respond = useAction();
  const mark = useAction();
  const close = useAction();
  if (loading && !data) return <Loading />;
  if (!data) return (<><h1>Sag</h1><ErrorSummary problems={problems ?? []} /></>);
  const kase = data.caseDiscussion;
  const presenter = kase.presenter.id === data.me.staffMember.id;
  const open = kase.status === 'OPEN';

  async function sendAdvice(event: FormEvent) {
    event.preventDefault();
    if (await respond.run(() => request(RESPOND, { input: { caseId: kase.id, advice, actionCardId: cardId || null } }))) {
      setAdvice('');
      setCardId('');
      await reload();
      setNotice('Dit råd er sendt.');
    }
  }
  async function saveOutcome(event: FormEvent) {
    event.preventDefault();
    if (await close.run(() => request(RECORD_OUTCOME, { input: { caseId: kase.id, outcome, close: true } }))) {
      await reload();
      setNotice('Udfaldet er gemt, og sagen er lukket.');
    }
  }

  return (
    <>
      <h1>Sag {kase.reference}</h1>
      <dl className="meeting-facts">
        <dt>Status</dt>
        <dd>{open ? 'Åben' : `Lukket ${kase.closedAt ? formatDateTime(kase.closedAt) : ''}`}</dd>
        <dt>Fra</dt>
        <dd>{DISCIPLINES[kase.presentingDiscipline]}</dd>
        <dt>Aldersgruppe</dt>
        <dd>{AGE_BANDS[kase.ageBand]}</dd>
        <dt>Berørte</dt>
        <dd>{kase.affected.map((a) => AFFECTED[a]).join(', ')}</dd>
        <dt>Bekymring</dt>
        <dd>{kase.concernCategories.map((c) => CONCERNS[c]).join(', ')}</dd>
      </dl>
      {kase.textRemovedAt ? (
        <p>Sagens tekst er slettet efter kommunens slettefrist. Rådene og udfaldet står tilbage uden tekst.</p>
      ) : (
        <>
          <h2>Sagsfremstilling</h2>
          <p className="minutes-body">{kase.narrative}</p>
          <h2>Spørgsmål til netværket</h2>
          <p className="minutes-body">{kase.question}</p>
          {kase.actionsTaken && (
            <>
              <h2>Gjort indtil nu</h2>
              <p className="minutes-body">{kase.actionsTaken}</p>
            </>
          )}
        </>
      )}
      <section aria-labelledby="advice-heading">
        <h2 id="advice-heading">Råd fra netværket ({kase.responses.length})</h2>
        <ErrorSummary problems={mark.problems} />
        {kase.responses.length === 0 && <p>Ingen har svaret endnu.</p>}
        <ul className="nobullet-list advice-list">
          {kase.responses.map((response) => (
            <li key={response.id}>
              <p>
                <strong>{DISCIPLINES[response.authorDiscipline]}</strong>, {formatDateTime(response.createdAt)}
                {response.used && <strong> · Brugt</strong>}
              </p>
              <p className="minutes-body">{response.advice}</p>
              {response.actionCard && <p>Handlekort: {response.actionCard.title}</p>}
              {presenter && (
                <button type="button" className="button button-tertiary" disabled={mark.pending} onClick={() => void mark.run(() => request(MARK_USED, { responseId: response.id, used: !response.used })).then((r) => r && reload())}>
                  {response.used ? 'Markér som ikke brugt' : 'Markér rådet som brugt'}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      {open && !presenter && (
        <section aria-labelledby="respond-heading">
          <h2 id="respond-heading">Giv et råd</h2>
          <form onSubmit={(e) => void sendAdvice(e)} aria-label="Giv et råd">
            <ErrorSummary problems={respond.problems} title="Rådet blev ikke sendt" />
            <GuardedText label="Dit råd" value={advice} onChange={setAdvice} onGuard={setAdviceGuard} rows={4} />
            {cards.length > 0 && (
              <div className="form-group">
                <label className="form-label" htmlFor="advice-card">
                  Henvis til et handlekort (valgfrit)
                </label>
                <select className="form-select" id="advice-card" value={cardId} onChange={(e) => setCardId(e.target.value)}>
                  <option value="">Intet handlekort</option>
                  {cards.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <button type="submit" className="button button-primary" disabled={respond.pending || !advice.trim() || adviceGuard.findings > 0 || !adviceGuard.checked}>
              Send rådet
            </button>
          </form>
        </section>
      )}
      {open && presenter && (
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">Udfald</h2>
          <form onSubmit={(e) => void saveOutcome(e)} aria-label="Udfald">
            <ErrorSummary problems={close.problems} title="Udfaldet blev ikke gemt" />
            <GuardedText label="Hvad skete der?" value={outcome} onChange={setOutcome} onGuard={setOutcomeGuard} rows={3} />
            <button type="submit" className="button button-primary" disabled={close.pending || !outcome.trim() || outcomeGuard.findings > 0 || !outcomeGuard.checked}>
              Gem udfald og luk sagen
            </button>
          </form>
        </section>
      )}
      {!open && kase.outcome && (
        <>
          <h2>Udfald</h2>
          <p className="minutes-body">{kase.outcome}</p>
        </>
      )}
      <Notice>{notice}</Notice>
      <ActionCards onCards={setCards} />
    </>
  );
}
