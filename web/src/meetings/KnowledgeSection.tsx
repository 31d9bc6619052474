import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { fieldError } from '../api/messages';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { SectionProps } from './MeetingPage';
import { TAKE_BACK } from './queries';

/** What members take back to their departments from the meeting. */
export function KnowledgeSection({ meeting, reload }: SectionProps) {
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string>();
  const action = useAction();
  const started = new Date(meeting.startsAt).getTime() <= Date.now();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => request(TAKE_BACK, { input: { meetingId: meeting.id, text } }))) {
      setText('');
      await reload();
      setNotice('Det er noteret, hvad du tager med tilbage.');
    }
  }

  return (
    <section aria-labelledby="knowledge-heading">
      <h2 id="knowledge-heading">Viden med hjem i afdelingen</h2>
      {meeting.knowledgeTakeBack.length === 0 ? (
        <p>Ingen har noteret noget endnu.</p>
      ) : (
        <ul>
          {meeting.knowledgeTakeBack.map((entry) => (
            <li key={entry.id}>
              {entry.text} – {entry.staffMember.displayName}, {entry.department.name}
            </li>
          ))}
        </ul>
      )}
      {started && meeting.status !== 'CANCELLED' && (
        <form onSubmit={(e) => void submit(e)} aria-label="Viden med hjem">
          <ErrorSummary problems={action.problems} />
          <Field label="Hvad tager du med tilbage til din afdeling?" error={fieldError(action.problems, 'text')}>
            <textarea className="form-input" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <button type="submit" className="button button-secondary" disabled={action.pending || !text.trim()}>
            Gem
          </button>
        </form>
      )}
      <Notice>{notice}</Notice>
    </section>
  );
}
