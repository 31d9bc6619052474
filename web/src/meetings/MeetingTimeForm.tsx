import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { fieldError } from '../api/messages';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { fromLocalInput, toLocalInput } from '../ui/format';
import { SectionProps } from './MeetingPage';
import { CANCEL_MEETING, RESCHEDULE } from './queries';

/** Coordinator: move this one meeting (also one occurrence of a series) or cancel it. */
export function MeetingTimeForm({ meeting, reload }: SectionProps) {
  const minutes = Math.round((new Date(meeting.endsAt).getTime() - new Date(meeting.startsAt).getTime()) / 60_000);
  const [start, setStart] = useState(toLocalInput(meeting.startsAt));
  const [duration, setDuration] = useState(minutes);
  const [place, setPlace] = useState(meeting.place ?? '');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string>();
  const move = useAction();
  const cancel = useAction();

  async function reschedule(event: FormEvent) {
    event.preventDefault();
    const startsAt = fromLocalInput(start);
    const endsAt = new Date(new Date(startsAt).getTime() + duration * 60_000).toISOString();
    if (await move.run(() => request(RESCHEDULE, { input: { meetingId: meeting.id, startsAt, endsAt, place: place || undefined } }))) {
      await reload();
      setNotice('Mødet er flyttet. De inviterede får besked i deres kalender.');
    }
  }

  async function cancelMeeting(event: FormEvent) {
    event.preventDefault();
    if (await cancel.run(() => request(CANCEL_MEETING, { id: meeting.id, reason: reason || null }))) {
      await reload();
      setNotice('Mødet er aflyst.');
    }
  }

  return (
    <section aria-labelledby="time-heading">
      <h2 id="time-heading">Flyt eller aflys mødet</h2>
      {meeting.seriesId && <p>Mødet er en del af en serie. Ændringen gælder kun dette møde.</p>}
      <details className="details">
        <summary className="details-summary">Flyt mødet</summary>
        <div className="details-text">
          <form onSubmit={(e) => void reschedule(e)}>
            <ErrorSummary problems={move.problems} />
            <Field label="Nyt starttidspunkt" hint="Dansk tid" error={fieldError(move.problems, 'startsAt')}>
              <input className="form-input" type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} required />
            </Field>
            <Field label="Varighed i minutter" error={fieldError(move.problems, 'endsAt')}>
              <input className="form-input input-width-xs" type="number" min={15} max={600} step={15} value={duration} onChange={(e) => setDuration(Number(e.target.value))} />
            </Field>
            <Field label="Sted" error={fieldError(move.problems, 'place')}>
              <input className="form-input" value={place} onChange={(e) => setPlace(e.target.value)} maxLength={300} />
            </Field>
            <button type="submit" className="button button-primary" disabled={move.pending}>
              Flyt mødet
            </button>
          </form>
        </div>
      </details>
      <details className="details">
        <summary className="details-summary">Aflys mødet</summary>
        <div className="details-text">
          <form onSubmit={(e) => void cancelMeeting(e)}>
            <ErrorSummary problems={cancel.problems} />
            <Field label="Begrundelse" hint="Valgfrit. Vises for de inviterede." error={fieldError(cancel.problems, 'reason')}>
              <input className="form-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
            </Field>
            <button type="submit" className="button button-warning" disabled={cancel.pending}>
              Aflys mødet
            </button>
          </form>
        </div>
      </details>
      <Notice>{notice}</Notice>
    </section>
  );
}
