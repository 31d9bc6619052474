import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { RSVP } from '../ui/format';
import { SectionProps } from './MeetingPage';
import { RECORD_ATTENDANCE } from './queries';

const presence = (present: boolean | null | undefined) => (present === true ? 'Mødt' : present === false ? 'Ikke mødt' : '');

/** Who is invited and what they answered; after the start, the coordinator records who came. */
export function AttendanceSection({ meeting, coordinates, reload }: SectionProps) {
  const [present, setPresent] = useState<Set<string>>(() => new Set(meeting.invitations.filter((i) => i.present).map((i) => i.staffMember.id)));
  const [notice, setNotice] = useState<string>();
  const action = useAction();
  const started = new Date(meeting.startsAt).getTime() <= Date.now();
  const answered = meeting.invitations.filter((i) => i.rsvp === 'YES').length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => request(RECORD_ATTENDANCE, { input: { meetingId: meeting.id, presentStaffMemberIds: [...present] } }))) {
      await reload();
      setNotice(`Fremmødet er registreret: ${present.size} deltog.`);
    }
  }
  const toggle = (id: string) =>
    setPresent((set) => {
      const copy = new Set(set);
      if (copy.has(id)) copy.delete(id);
      else copy.add(id);
      return copy;
    });

  return (
    <section aria-labelledby="invited-heading">
      <h2 id="invited-heading">Inviterede og fremmøde</h2>
      <p>
        {meeting.invitations.length} inviterede, {answered} har svaret ja.
      </p>
      <table className="table table--zebra">
        <caption className="sr-only">Inviterede med svar og fremmøde</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Afdeling</th>
            <th scope="col">Svar</th>
            <th scope="col">Fremmøde</th>
          </tr>
        </thead>
        <tbody>
          {meeting.invitations.map((invitation) => (
            <tr key={invitation.staffMember.id}>
              <td>{invitation.staffMember.displayName}</td>
              <td>{invitation.staffMember.department.name}</td>
              <td>{invitation.rsvp ? RSVP[invitation.rsvp] : 'Ikke svaret'}</td>
              <td>{presence(invitation.present)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {coordinates && started && meeting.status !== 'CANCELLED' && (
        <form onSubmit={(e) => void submit(e)}>
          <ErrorSummary problems={action.problems} />
          <fieldset>
            <legend className="h4">Registrér fremmøde</legend>
            <ul className="nobullet-list">
              {meeting.invitations.map((invitation) => (
                <li key={invitation.staffMember.id}>
                  <input className="form-checkbox" type="checkbox" id={`present-${invitation.staffMember.id}`} checked={present.has(invitation.staffMember.id)} onChange={() => toggle(invitation.staffMember.id)} />
                  <label htmlFor={`present-${invitation.staffMember.id}`}>{invitation.staffMember.displayName}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="button button-primary" disabled={action.pending}>
            Gem fremmøde
          </button>
        </form>
      )}
      <Notice>{notice}</Notice>
    </section>
  );
}
