import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { fieldError } from '../api/messages';
import { Link } from '../app/router';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { formatDate } from '../ui/format';
import { SectionProps } from './MeetingPage';
import { ADD_ACTION_ITEM, COMPLETE_ACTION_ITEM } from './queries';

type Item = SectionProps['meeting']['actionItems'][number];

/** Action items from this meeting, and open ones from earlier meetings (they stay on the agenda until done). */
export function ActionItemsSection({ meeting, myId, reload }: SectionProps) {
  const members = meeting.network.members.map((m) => m.staffMember);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(myId);
  const [dueOn, setDueOn] = useState('');
  const [notice, setNotice] = useState<string>();
  const add = useAction();
  const complete = useAction();
  const held = meeting.status === 'HELD' || meeting.status === 'MINUTES_APPROVED';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await add.run(() => request(ADD_ACTION_ITEM, { input: { meetingId: meeting.id, text, ownerId, dueOn: dueOn || null } }))) {
      setText('');
      setDueOn('');
      await reload();
      setNotice('Opgaven er tilføjet.');
    }
  }
  async function markDone(item: Pick<Item, 'id' | 'text'>) {
    if (await complete.run(() => request(COMPLETE_ACTION_ITEM, { id: item.id }))) {
      await reload();
      setNotice('Opgaven er markeret som løst.');
    }
  }

  const row = (item: Pick<Item, 'id' | 'text' | 'status' | 'dueOn'> & { owner: { displayName: string } }, from?: string) => (
    <li key={item.id}>
      {item.text} – {item.owner.displayName}
      {item.dueOn && `, senest ${formatDate(item.dueOn)}`}
      {from && (
        <>
          {' '}
          (<Link href={`/moede/${from}`}>fra et tidligere møde</Link>)
        </>
      )}
      {item.status === 'DONE' ? (
        <strong> · Løst</strong>
      ) : (
        <>
          {' '}
          <button type="button" className="button button-tertiary" onClick={() => void markDone(item)} disabled={complete.pending}>
            Markér som løst<span className="sr-only">: {item.text}</span>
          </button>
        </>
      )}
    </li>
  );

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Opgaver</h2>
      {meeting.followUps.length > 0 && (
        <>
          <h3 className="h4">Opfølgning fra tidligere møder</h3>
          <ul>{meeting.followUps.map((item) => row(item, item.meetingId))}</ul>
        </>
      )}
      <h3 className="h4">Fra dette møde</h3>
      {meeting.actionItems.length === 0 ? <p>Ingen opgaver endnu.</p> : <ul>{meeting.actionItems.map((item) => row(item))}</ul>}
      <ErrorSummary problems={complete.problems} />
      {!held && meeting.status !== 'CANCELLED' && <p>Opgaver aftales på mødet: de kan tilføjes, når koordinatoren har registreret fremmødet.</p>}
      {held && (
        <form onSubmit={(e) => void submit(e)} aria-label="Ny opgave">
          <ErrorSummary problems={add.problems} title="Opgaven blev ikke tilføjet" />
          <Field label="Ny opgave" error={fieldError(add.problems, 'text')}>
            <input className="form-input" value={text} onChange={(e) => setText(e.target.value)} maxLength={500} required />
          </Field>
          <Field label="Ansvarlig" error={fieldError(add.problems, 'ownerId')}>
            <select className="form-select" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Frist" hint="Valgfrit" error={fieldError(add.problems, 'dueOn')}>
            <input className="form-input input-width-s" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
          </Field>
          <button type="submit" className="button button-secondary" disabled={add.pending || !text.trim()}>
            Tilføj opgave
          </button>
        </form>
      )}
      <Notice>{notice}</Notice>
    </section>
  );
}
