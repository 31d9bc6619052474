import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction, useQuery } from '../api/hooks';
import { fieldError } from '../api/messages';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { SelectField } from '../ui/Choices';
import { Field } from '../ui/Field';
import { danishDate, danishYearStart, ESCALATION_REASONS, ESCALATION_STATUS, formatDate, formatDateTime } from '../ui/format';
import { ESCALATIONS_TO_TEAM, NOTE_NEED, RECORD_WORKSHOP, RESPOND_ESCALATION, UPSKILLING } from './queries';

type Answer = 'ACCEPTED' | 'DECLINED' | 'COMPLETED';
const NEXT: Record<string, Answer[]> = { SENT: ['ACCEPTED', 'DECLINED'], ACCEPTED: ['COMPLETED'] };
const ANSWER_LABELS: Record<Answer, string> = { ACCEPTED: 'Tag imod', DECLINED: 'Afvis', COMPLETED: 'Afslut' };

/** A specialist team's incoming referrals: its members answer them (sent, then accepted or declined, then completed). */
export function ReferralsToTeam({ teamId }: { teamId: string }) {
  const { data, reload } = useQuery(ESCALATIONS_TO_TEAM, { teamId });
  const [responses, setResponses] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string>();
  const action = useAction();
  if (!data || data.escalationsToTeam.length === 0) return null;

  async function answer(id: string, status: Answer) {
    if (await action.run(() => request(RESPOND_ESCALATION, { input: { escalationId: id, status, response: responses[id] || null } }))) {
      await reload();
      setNotice(`Henvisningen er ${ESCALATION_STATUS[status].toLowerCase()}.`);
    }
  }

  return (
    <section aria-labelledby="incoming-heading">
      <h2 id="incoming-heading">Henvisninger til teamet</h2>
      <ErrorSummary problems={action.problems} />
      <ul className="nobullet-list exchange-list">
        {data.escalationsToTeam.map((escalation) => (
          <li key={escalation.id}>
            <p>
              {formatDateTime(escalation.createdAt)} · {escalation.reasons.map((r) => ESCALATION_REASONS[r]).join(', ')} · <strong>{ESCALATION_STATUS[escalation.status]}</strong>
            </p>
            {escalation.response && <p>Svar: {escalation.response}</p>}
            {NEXT[escalation.status] && (
              <>
                <Field label="Svar til det henvisende team" hint="Valgfrit. Skriv ingen personoplysninger.">
                  <input className="form-input" value={responses[escalation.id] ?? ''} onChange={(e) => setResponses((all) => ({ ...all, [escalation.id]: e.target.value }))} maxLength={1000} />
                </Field>
                <div className="button-row">
                  {NEXT[escalation.status].map((status) => (
                    <button key={status} type="button" className="button button-secondary" disabled={action.pending} onClick={() => void answer(escalation.id, status)}>
                      {ANSWER_LABELS[status]}
                      <span className="sr-only"> henvisningen fra {formatDateTime(escalation.createdAt)}</span>
                    </button>
                  ))}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <Notice>{notice}</Notice>
    </section>
  );
}


/** Workshops held and knowledge needs noted, per department, to target the team's upskilling. */
export function UpskillingSection({ departments }: { departments: { id: string; name: string }[] }) {
  const period = { from: danishYearStart(), to: danishDate() };
  const { data, reload } = useQuery(UPSKILLING, { input: period });
  const [department, setDepartment] = useState('');
  const [topic, setTopic] = useState('');
  const [participants, setParticipants] = useState(10);
  const [heldOn, setHeldOn] = useState(danishDate());
  const [need, setNeed] = useState('');
  const [needDepartment, setNeedDepartment] = useState('');
  const [notice, setNotice] = useState<string>();
  const workshop = useAction();
  const noting = useAction();
  const options = departments.map((d) => [d.id, d.name] as [string, string]);

  async function recordWorkshop(event: FormEvent) {
    event.preventDefault();
    if (await workshop.run(() => request(RECORD_WORKSHOP, { input: { departmentId: department, topic, participants, heldOn } }))) {
      setTopic('');
      await reload();
      setNotice('Workshoppen er registreret.');
    }
  }
  async function noteNeed(event: FormEvent) {
    event.preventDefault();
    if (await noting.run(() => request(NOTE_NEED, { input: { departmentId: needDepartment, topic: need } }))) {
      setNeed('');
      await reload();
      setNotice('Vidensbehovet er noteret.');
    }
  }

  return (
    <section aria-labelledby="upskilling-heading">
      <h2 id="upskilling-heading">Opkvalificering i afdelingerne</h2>
      <table className="table table--zebra">
        <caption className="sr-only">Workshops og åbne vidensbehov pr. afdeling i år</caption>
        <thead>
          <tr>
            <th scope="col">Afdeling</th>
            <th scope="col">Workshops</th>
            <th scope="col">Deltagere</th>
            <th scope="col">Åbne vidensbehov</th>
          </tr>
        </thead>
        <tbody>
          {(data?.upskillingOverview ?? []).map((row) => (
            <tr key={row.department.id}>
              <td>{row.department.name}</td>
              <td>{row.workshops}</td>
              <td>{row.participants}</td>
              <td>{row.openNeeds.map((n) => `${n.topic} (${formatDate(n.notedOn)})`).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="details">
        <summary className="details-summary">Registrér en workshop</summary>
        <div className="details-text">
          <form onSubmit={(e) => void recordWorkshop(e)} aria-label="Registrér workshop">
            <ErrorSummary problems={workshop.problems} />
            <SelectField label="Afdeling" options={options} value={department} onChange={setDepartment} empty="Vælg afdeling" error={fieldError(workshop.problems, 'departmentId')} />
            <Field label="Emne" error={fieldError(workshop.problems, 'topic')}>
              <input className="form-input" value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={200} />
            </Field>
            <Field label="Antal deltagere" error={fieldError(workshop.problems, 'participants')}>
              <input className="form-input input-width-xs" type="number" min={1} max={500} value={participants} onChange={(e) => setParticipants(Number(e.target.value))} />
            </Field>
            <Field label="Holdt den" error={fieldError(workshop.problems, 'heldOn')}>
              <input className="form-input input-width-s" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
            </Field>
            <button type="submit" className="button button-primary" disabled={workshop.pending || !department || !topic.trim()}>
              Registrér workshoppen
            </button>
          </form>
        </div>
      </details>
      <details className="details">
        <summary className="details-summary">Notér et vidensbehov</summary>
        <div className="details-text">
          <form onSubmit={(e) => void noteNeed(e)} aria-label="Notér vidensbehov">
            <ErrorSummary problems={noting.problems} />
            <SelectField label="Afdeling" options={options} value={needDepartment} onChange={setNeedDepartment} empty="Vælg afdeling" />
            <Field label="Hvad har afdelingen brug for at vide mere om?" error={fieldError(noting.problems, 'topic')}>
              <input className="form-input" value={need} onChange={(e) => setNeed(e.target.value)} maxLength={200} />
            </Field>
            <button type="submit" className="button button-primary" disabled={noting.pending || !needDepartment || !need.trim()}>
              Notér behovet
            </button>
          </form>
        </div>
      </details>
      <Notice>{notice}</Notice>
    </section>
  );
}
