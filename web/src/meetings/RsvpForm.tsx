import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { RSVP } from '../ui/format';
import { SectionProps } from './MeetingPage';
import { RESPOND } from './queries';

/** The member's answer to the invitation. */
export function RsvpForm({ meeting, myId, reload }: SectionProps) {
  const mine = meeting.invitations.find((i) => i.staffMember.id === myId);
  const [choice, setChoice] = useState<string>(mine?.rsvp ?? '');
  const [saved, setSaved] = useState<string>();
  const action = useAction();
  if (!mine) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) return;
    const result = await action.run(() => request(RESPOND, { input: { meetingId: meeting.id, rsvp: choice as 'YES' | 'NO' | 'MAYBE' } }));
    if (result) {
      await reload();
      setSaved(`Dit svar er gemt: ${RSVP[choice].toLowerCase()}.`);
    }
  }

  return (
    <section aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">Dit svar på invitationen</h2>
      <form onSubmit={(e) => void submit(e)}>
        <ErrorSummary problems={action.problems} />
        <fieldset>
          <legend className="form-label">Deltager du?</legend>
          <ul className="nobullet-list">
            {(['YES', 'NO', 'MAYBE'] as const).map((value) => (
              <li key={value}>
                <input className="form-radio radio-large" type="radio" id={`rsvp-${value}`} name="rsvp" value={value} checked={choice === value} onChange={() => setChoice(value)} />
                <label htmlFor={`rsvp-${value}`}>{RSVP[value]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="button button-primary" disabled={!choice || action.pending}>
          Gem svar
        </button>
      </form>
      <Notice>{saved}</Notice>
    </section>
  );
}
