import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { fieldError } from '../api/messages';
import { navigate } from '../app/router';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { fromLocalInput } from '../ui/format';
import { SCHEDULE_MEETING, SCHEDULE_SERIES } from './queries';

/** The rhythms networks use, over RFC 5545 rules; "Netværkets rytme" is the network's own cadence. */
const PRESETS = [
  { value: '', label: 'Netværkets faste rytme' },
  { value: 'FREQ=MONTHLY;INTERVAL=2', label: 'Hver anden måned' },
  { value: 'FREQ=MONTHLY', label: 'Hver måned' },
  { value: 'FREQ=MONTHLY;INTERVAL=3', label: 'Hvert kvartal' },
  { value: 'FREQ=WEEKLY;INTERVAL=2', label: 'Hver anden uge' },
  { value: 'FREQ=WEEKLY', label: 'Hver uge' },
];

/** Coordinator: one meeting, or a series on a rhythm. */
export function ScheduleForm({ networkId, cadence, onScheduled }: { networkId: string; cadence: string; onScheduled: () => Promise<void> }) {
  const action = useAction();
  const [kind, setKind] = useState<'single' | 'series'>('single');
  const [title, setTitle] = useState('Netværksmøde');
  const [start, setStart] = useState('');
  const [duration, setDuration] = useState(120);
  const [place, setPlace] = useState('');
  const [rule, setRule] = useState('');
  const [count, setCount] = useState(6);
  const [missing, setMissing] = useState<string[]>([]);
  const [done, setDone] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent = [!title.trim() && 'title', !start && 'start'].filter(Boolean) as string[];
    setMissing(absent);
    setDone(undefined);
    if (absent.length) return;
    const startsAt = fromLocalInput(start);
    if (kind === 'single') {
      const endsAt = new Date(new Date(startsAt).getTime() + duration * 60_000).toISOString();
      const result = await action.run(() => request(SCHEDULE_MEETING, { input: { networkId, title, startsAt, endsAt, place: place || null } }));
      if (result) navigate(`/moede/${result.scheduleMeeting.id}`);
    } else {
      const rrule = `${rule || cadence};COUNT=${count}`;
      const result = await action.run(() => request(SCHEDULE_SERIES, { input: { networkId, title, firstStartsAt: startsAt, durationMinutes: duration, place: place || null, rrule } }));
      if (result) {
        await onScheduled();
        setDone(`Serien er oprettet med ${result.scheduleMeetingSeries.meetings.length} møder.`);
      }
    }
  }

  const problems = action.problems;
  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Planlæg møde</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary problems={problems} />
        <fieldset>
          <legend className="form-label">Hvad vil du planlægge?</legend>
          <ul className="nobullet-list">
            <li>
              <input className="form-radio radio-large" type="radio" id="kind-single" name="kind" checked={kind === 'single'} onChange={() => setKind('single')} />
              <label htmlFor="kind-single">Et enkelt møde</label>
            </li>
            <li>
              <input className="form-radio radio-large" type="radio" id="kind-series" name="kind" checked={kind === 'series'} onChange={() => setKind('series')} />
              <label htmlFor="kind-series">En mødeserie</label>
            </li>
          </ul>
        </fieldset>
        <Field label="Titel" error={missing.includes('title') ? 'Skriv en titel.' : fieldError(problems, 'title')}>
          <input className="form-input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </Field>
        <Field label={kind === 'single' ? 'Starttidspunkt' : 'Første møde'} hint="Dansk tid" error={missing.includes('start') ? 'Vælg dato og klokkeslæt.' : fieldError(problems, 'startsAt') ?? fieldError(problems, 'firstStartsAt')}>
          <input className="form-input" type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label="Varighed i minutter" error={fieldError(problems, 'durationMinutes') ?? fieldError(problems, 'endsAt')}>
          <input className="form-input input-width-xs" type="number" min={15} max={600} step={15} value={duration} onChange={(e) => setDuration(Number(e.target.value))} />
        </Field>
        <Field label="Sted" hint="Valgfrit" error={fieldError(problems, 'place')}>
          <input className="form-input" value={place} onChange={(e) => setPlace(e.target.value)} maxLength={300} />
        </Field>
        {kind === 'series' && (
          <>
            <Field label="Rytme" error={fieldError(problems, 'rrule')}>
              <select className="form-select" value={rule} onChange={(e) => setRule(e.target.value)}>
                {PRESETS.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Antal møder">
              <input className="form-input input-width-xs" type="number" min={1} max={24} value={count} onChange={(e) => setCount(Number(e.target.value))} />
            </Field>
          </>
        )}
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {kind === 'single' ? 'Planlæg mødet' : 'Planlæg serien'}
        </button>
      </form>
      <Notice>{done}</Notice>
    </section>
  );
}
