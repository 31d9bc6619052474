import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction, useQuery } from '../api/hooks';
import { fieldError } from '../api/messages';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { formatTime, fromLocalInput, TALK_STATUS, toLocalInput } from '../ui/format';
import { SectionProps } from './MeetingPage';
import { CANCEL_TALK, INVITE_SPEAKER, RATE_TALK, SPEAKERS_FOR_INVITE } from './queries';

type Talk = SectionProps['meeting']['talks'][number];

/** External talks at the meeting: the coordinator invites and cancels; those who attended rate them. */
export function TalksSection(props: SectionProps) {
  const { meeting, coordinates, reload } = props;
  const [notice, setNotice] = useState<string>();
  const cancel = useAction();

  async function cancelTalk(talk: Talk) {
    if (await cancel.run(() => request(CANCEL_TALK, { id: talk.id }))) {
      await reload();
      setNotice(`Oplægget "${talk.topic}" er aflyst, og oplægsholderen har fået besked.`);
    }
  }

  return (
    <section aria-labelledby="talks-heading">
      <h2 id="talks-heading">Eksterne oplæg</h2>
      {meeting.talks.length === 0 ? (
        <p>Der er ingen eksterne oplæg på mødet.</p>
      ) : (
        <ul className="nobullet-list">
          {meeting.talks.map((talk) => (
            <li key={talk.id}>
              <strong>{talk.topic}</strong> ved {talk.speaker.name}
              {talk.speaker.organisation && `, ${talk.speaker.organisation}`} · {formatTime(talk.startsAt)}–{formatTime(talk.endsAt)} · <span className="talk-status">{TALK_STATUS[talk.status]}</span>
              {coordinates && (talk.status === 'INVITED' || talk.status === 'CONFIRMED') && (
                <>
                  {' '}
                  <button type="button" className="button button-tertiary" onClick={() => void cancelTalk(talk)} disabled={cancel.pending}>
                    Aflys oplægget<span className="sr-only">: {talk.topic}</span>
                  </button>
                </>
              )}
              {talk.held && <RateTalk talk={talk} onRated={setNotice} />}
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary problems={cancel.problems} />
      {coordinates && meeting.status !== 'CANCELLED' && new Date(meeting.startsAt).getTime() > Date.now() && <InviteSpeaker {...props} onInvited={setNotice} />}
      <Notice>{notice}</Notice>
    </section>
  );
}

function InviteSpeaker({ meeting, reload, onInvited }: SectionProps & { onInvited: (text: string) => void }) {
  const speakers = useQuery(SPEAKERS_FOR_INVITE, {});
  const [speakerId, setSpeakerId] = useState('');
  const [topic, setTopic] = useState('');
  const [start, setStart] = useState(toLocalInput(meeting.startsAt));
  const [duration, setDuration] = useState(45);
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { meetingId: meeting.id, speakerId, topic, startsAt: fromLocalInput(start), durationMinutes: duration };
    const result = await action.run(() => request(INVITE_SPEAKER, { input }));
    if (result) {
      const name = speakers.data?.speakers.find((s) => s.id === speakerId)?.name ?? 'Oplægsholderen';
      onInvited(`${name} er inviteret og får en mail med en kalenderinvitation.`);
      setTopic('');
      await reload();
    }
  }

  return (
    <details className="details">
      <summary className="details-summary">Invitér en oplægsholder</summary>
      <div className="details-text">
        <form onSubmit={(e) => void submit(e)} aria-label="Invitér en oplægsholder">
          <ErrorSummary problems={action.problems} title="Invitationen blev ikke sendt" />
          <Field label="Oplægsholder" error={fieldError(action.problems, 'speakerId')}>
            <select className="form-select" value={speakerId} onChange={(e) => setSpeakerId(e.target.value)} required>
              <option value="">Vælg oplægsholder</option>
              {(speakers.data?.speakers ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.organisation ? `, ${s.organisation}` : ''}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Emne" error={fieldError(action.problems, 'topic')}>
            <input className="form-input" value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={200} required />
          </Field>
          <Field label="Starttidspunkt" hint="Dansk tid, inden for mødet" error={fieldError(action.problems, 'startsAt')}>
            <input className="form-input" type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
          </Field>
          <Field label="Varighed i minutter" error={fieldError(action.problems, 'durationMinutes')}>
            <input className="form-input input-width-xs" type="number" min={10} max={240} step={5} value={duration} onChange={(e) => setDuration(Number(e.target.value))} />
          </Field>
          <button type="submit" className="button button-primary" disabled={action.pending || !speakerId || !topic.trim()}>
            Send invitation
          </button>
        </form>
      </div>
    </details>
  );
}

function RateTalk({ talk, onRated }: { talk: Talk; onRated: (text: string) => void }) {
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => request(RATE_TALK, { input: { talkId: talk.id, score: Number(score), comment: comment || null } }))) onRated('Tak for din vurdering.');
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={`Vurdér oplægget ${talk.topic}`}>
      <ErrorSummary problems={action.problems} />
      <fieldset>
        <legend className="form-label">Hvor brugbart var oplægget? (1 = lidt, 5 = meget)</legend>
        <ul className="nobullet-list rating">
          {['1', '2', '3', '4', '5'].map((value) => (
            <li key={value}>
              <input className="form-radio" type="radio" id={`score-${talk.id}-${value}`} name={`score-${talk.id}`} checked={score === value} onChange={() => setScore(value)} />
              <label htmlFor={`score-${talk.id}-${value}`}>{value}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field label="Kommentar" hint="Valgfrit" error={fieldError(action.problems, 'comment')}>
        <input className="form-input" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} />
      </Field>
      <button type="submit" className="button button-secondary" disabled={!score || action.pending}>
        Gem vurdering
      </button>
    </form>
  );
}
