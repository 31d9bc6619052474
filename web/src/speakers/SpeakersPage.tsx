import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { useAction, useQuery } from '../api/hooks';
import { fieldError } from '../api/messages';
import { usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { SelectField } from '../ui/Choices';
import { Field } from '../ui/Field';
import { SPEAKER_KINDS } from '../ui/format';

const SPEAKERS = graphql(`
  query Speakers($filter: SpeakerSearchInput) {
    speakers(filter: $filter) { id name organisation kind topics notes }
  }
`);

const CREATE_SPEAKER = graphql(`
  mutation CreateSpeaker($input: CreateSpeakerInput!) {
    createSpeaker(input: $input) { id name }
  }
`);

const RATINGS = graphql(`
  query SpeakerRatings($speakerId: ID!) {
    speakerRatings(speakerId: $speakerId) { average count comments }
  }
`);

type Kind = 'RESEARCHER' | 'AUTHORITY' | 'CIVIL_SOCIETY' | 'LOCAL_ACTOR' | 'SPECIALIST_TEAM';

/** The directory of external speakers: search by topic and kind, add a speaker, see how their talks were rated. */
export function SpeakersPage() {
  usePageTitle('Oplægsholdere');
  const [topic, setTopic] = useState('');
  const [kind, setKind] = useState('');
  const [filter, setFilter] = useState<{ topic?: string; kind?: Kind }>({});
  const { data, problems, loading, reload } = useQuery(SPEAKERS, { filter });

  function search(event: FormEvent) {
    event.preventDefault();
    setFilter({ ...(topic.trim() ? { topic: topic.trim() } : {}), ...(kind ? { kind: kind as Kind } : {}) });
  }

  return (
    <>
      <h1>Oplægsholdere</h1>
      <form onSubmit={search} role="search" aria-label="Søg i oplægsholdere" className="speaker-search">
        <Field label="Emne" hint="Fx digital kontrol, tvangsægteskab eller PATRIARK">
          <input className="form-input" value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={100} />
        </Field>
        <SelectField label="Type" options={Object.entries(SPEAKER_KINDS)} value={kind} onChange={setKind} empty="Alle typer" />
        <button type="submit" className="button button-secondary">
          Søg
        </button>
      </form>
      {loading && !data && <Loading />}
      {problems && <ErrorSummary problems={problems} />}
      {data && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {data.speakers.length === 1 ? '1 oplægsholder' : `${data.speakers.length} oplægsholdere`}
          </h2>
          <ul className="nobullet-list speaker-list">
            {data.speakers.map((speaker) => (
              <li key={speaker.id}>
                <h3 className="h4">{speaker.name}</h3>
                <p>
                  {SPEAKER_KINDS[speaker.kind]}
                  {speaker.organisation && ` · ${speaker.organisation}`}
                </p>
                <p>Emner: {speaker.topics.join(', ')}</p>
                {speaker.notes && <p>{speaker.notes}</p>}
                <Ratings speakerId={speaker.id} name={speaker.name} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <CreateSpeaker onCreated={reload} />
    </>
  );
}

function Ratings({ speakerId, name }: { speakerId: string; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="details" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary className="details-summary">
        Vurderinger<span className="sr-only"> af {name}</span>
      </summary>
      <div className="details-text">{open && <RatingSummary speakerId={speakerId} />}</div>
    </details>
  );
}

function RatingSummary({ speakerId }: { speakerId: string }) {
  const { data, problems } = useQuery(RATINGS, { speakerId });
  if (problems) return <ErrorSummary problems={problems} />;
  if (!data) return <Loading />;
  const { average, count, comments } = data.speakerRatings;
  if (count === 0) return <p>Ingen vurderinger endnu.</p>;
  return (
    <>
      <p>
        Gennemsnit {average?.toLocaleString('da-DK', { maximumFractionDigits: 1 })} af 5 ({count} {count === 1 ? 'vurdering' : 'vurderinger'})
      </p>
      {comments.length > 0 && (
        <ul>
          {comments.map((comment, i) => (
            <li key={i}>{comment}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function CreateSpeaker({ onCreated }: { onCreated: () => Promise<void> }) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [kind, setKind] = useState<Kind>('RESEARCHER');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [topics, setTopics] = useState('');
  const [notice, setNotice] = useState<string>();
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, organisation: organisation || null, kind, email, phone: phone || null, topics: topics.split(',').map((t) => t.trim()).filter(Boolean) };
    const result = await action.run(() => request(CREATE_SPEAKER, { input }));
    if (result) {
      setNotice(`${result.createSpeaker.name} er oprettet.`);
      setName('');
      setOrganisation('');
      setEmail('');
      setPhone('');
      setTopics('');
      await onCreated();
    }
  }

  return (
    <section aria-labelledby="create-speaker-heading">
      <h2 id="create-speaker-heading">Opret oplægsholder</h2>
      <form onSubmit={(e) => void submit(e)}>
        <ErrorSummary problems={action.problems} title="Oplægsholderen blev ikke oprettet" />
        <Field label="Navn" error={fieldError(action.problems, 'name')}>
          <input className="form-input" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />
        </Field>
        <Field label="Organisation" hint="Valgfrit" error={fieldError(action.problems, 'organisation')}>
          <input className="form-input" value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={200} />
        </Field>
        <SelectField label="Type" options={Object.entries(SPEAKER_KINDS) as [Kind, string][]} value={kind} onChange={setKind} error={fieldError(action.problems, 'kind')} />
        <Field label="E-mail" error={fieldError(action.problems, 'email')}>
          <input className="form-input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} required autoComplete="off" />
        </Field>
        <Field label="Telefon" hint="Valgfrit" error={fieldError(action.problems, 'phone')}>
          <input className="form-input input-width-s" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={30} autoComplete="off" />
        </Field>
        <Field label="Emner" hint="Adskil med komma" error={fieldError(action.problems, 'topics')}>
          <input className="form-input" value={topics} onChange={(e) => setTopics(e.target.value)} maxLength={500} />
        </Field>
        <button type="submit" className="button button-primary" disabled={action.pending}>
          Opret oplægsholder
        </button>
      </form>
      <Notice>{notice}</Notice>
    </section>
  );
}
