import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { fieldError } from '../api/messages';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { formatDateTime, MINUTES_STATUS } from '../ui/format';
import { SectionProps } from './MeetingPage';
import { MinutesFindings } from './MinutesFindings';
import { APPROVE_MINUTES, CIRCULATE_MINUTES, SAVE_MINUTES } from './queries';

/** Minutes: members write the draft, the coordinator circulates and approves; every version stays readable. */
export function MinutesSection({ meeting, coordinates, reload }: SectionProps) {
  const current = meeting.minutes;
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState('');
  const [decisions, setDecisions] = useState('');
  const [changeNote, setChangeNote] = useState('');
  const [notice, setNotice] = useState<string>();
  const save = useAction();
  const step = useAction();
  const approved = current?.status === 'APPROVED';
  // Minutes follow the meeting: once the coordinator has recorded who came, it counts as held.
  const held = meeting.status === 'HELD' || meeting.status === 'MINUTES_APPROVED';

  function startEditing() {
    setBody(current?.body ?? '');
    setDecisions((current?.decisions ?? []).join('\n'));
    setChangeNote('');
    save.clear();
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { meetingId: meeting.id, body, decisions: decisions.split('\n').map((d) => d.trim()).filter(Boolean), changeNote: changeNote || null };
    const saved = await save.run(() => request(SAVE_MINUTES, { input }));
    if (saved) {
      setEditing(false);
      await reload();
      const open = saved.saveMinutes.findings.filter((finding) => !finding.acknowledged).length;
      const stored = approved ? 'Rettelsen er gemt som en ny version.' : 'Referatet er gemt.';
      setNotice(open > 0 ? `${stored} Det indeholder ${open === 1 ? 'en mulig personoplysning' : `${open} mulige personoplysninger`}, som skal fjernes eller kvitteres, før det sendes i høring.` : stored);
    }
  }

  async function circulate() {
    if (await step.run(() => request(CIRCULATE_MINUTES, { meetingId: meeting.id }))) {
      await reload();
      setNotice('Referatet er sendt i høring hos netværkets medlemmer.');
    }
  }
  async function approve() {
    if (await step.run(() => request(APPROVE_MINUTES, { meetingId: meeting.id }))) {
      await reload();
      setNotice('Referatet er godkendt.');
    }
  }

  const earlier = meeting.minutesHistory.filter((version) => version.id !== current?.id);
  const texts: Record<string, string> = current ? { body: current.body, changeNote: current.changeNote ?? '', ...Object.fromEntries(current.decisions.map((d, i) => [`decisions[${i}]`, d])) } : {};
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Referat</h2>
      {!current && !editing && <p>{held ? 'Der er ikke skrevet referat endnu.' : 'Referatet skrives, når mødet er holdt og fremmødet registreret.'}</p>}
      {current && !editing && (
        <article aria-label={`Referat, version ${current.version}`}>
          <p>
            <strong>Version {current.version}</strong> · {MINUTES_STATUS[current.status]} · skrevet af {current.author.displayName}
            {current.approvedBy && current.approvedAt && `, godkendt af ${current.approvedBy.displayName} ${formatDateTime(current.approvedAt)}`}
          </p>
          <div className="minutes-body">{current.body}</div>
          {current.decisions.length > 0 && (
            <>
              <h3 className="h4">Beslutninger</h3>
              <ul>
                {current.decisions.map((decision) => (
                  <li key={decision}>{decision}</li>
                ))}
              </ul>
            </>
          )}
        </article>
      )}
      {current && !editing && !approved && <MinutesFindings meetingId={meeting.id} findings={current.findings} texts={texts} coordinates={coordinates} reload={reload} />}
      <ErrorSummary problems={step.problems} />
      {!editing && held && (
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={startEditing}>
            {!current ? 'Skriv referat' : approved ? 'Ret godkendt referat' : 'Rediger referat'}
          </button>
          {coordinates && current?.status === 'DRAFT' && (
            <button type="button" className="button button-secondary" onClick={() => void circulate()} disabled={step.pending}>
              Send i høring
            </button>
          )}
          {coordinates && current?.status === 'CIRCULATED' && (
            <button type="button" className="button button-primary" onClick={() => void approve()} disabled={step.pending}>
              Godkend referat
            </button>
          )}
        </div>
      )}
      {editing && (
        <form onSubmit={(e) => void submit(e)} aria-label="Skriv referat">
          <ErrorSummary problems={save.problems} title="Referatet blev ikke gemt" />
          <Field label="Referat" hint="Skriv ingen navne eller andre personoplysninger om borgere." error={fieldError(save.problems, 'body')}>
            <textarea className="form-input" rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
          </Field>
          <Field label="Beslutninger" hint="Én beslutning pr. linje" error={fieldError(save.problems, 'decisions')}>
            <textarea className="form-input" rows={4} value={decisions} onChange={(e) => setDecisions(e.target.value)} />
          </Field>
          {approved && (
            <Field label="Hvad er rettet?" hint="Kræves, når et godkendt referat rettes" error={fieldError(save.problems, 'changeNote')}>
              <input className="form-input" value={changeNote} onChange={(e) => setChangeNote(e.target.value)} maxLength={500} />
            </Field>
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={save.pending}>
              Gem referat
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setEditing(false)}>
              Fortryd
            </button>
          </div>
        </form>
      )}
      {earlier.length > 0 && (
        <details className="details">
          <summary className="details-summary">Tidligere versioner ({earlier.length})</summary>
          <div className="details-text">
            {earlier.map((version) => (
              <article key={version.id} aria-label={`Referat, version ${version.version}`}>
                <h3 className="h5">
                  Version {version.version} · {MINUTES_STATUS[version.status]}
                </h3>
                <p>
                  Skrevet af {version.author.displayName} {formatDateTime(version.createdAt)}
                  {version.approvedBy && version.approvedAt && `, godkendt af ${version.approvedBy.displayName} ${formatDateTime(version.approvedAt)}`}
                  {version.changeNote && ` · Rettelse: ${version.changeNote}`}
                </p>
                <div className="minutes-body">{version.body}</div>
              </article>
            ))}
          </div>
        </details>
      )}
      <Notice>{notice}</Notice>
    </section>
  );
}
