import { FormEvent, useEffect, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { useAction, useQuery } from '../api/hooks';
import { usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { CheckboxGroup, SelectField } from '../ui/Choices';
import { Field } from '../ui/Field';
import { danishDate, ENGAGEMENT_KINDS, formatDate, LOCAL_ACTOR_KINDS } from '../ui/format';

const AREAS = graphql(`
  query HousingAreas {
    housingAreas { id name socialPlan }
  }
`);

const WHO_DO_WE_KNOW = graphql(`
  query WhoDoWeKnow($id: ID!) {
    housingArea(id: $id) {
      id name socialPlan
      localActors { id name kind organisation holder { id displayName } recentEngagements { id kind topic occurredOn } }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordEngagement($input: RecordEngagementInput!) {
    recordEngagement(input: $input) { id }
  }
`);

type EngagementKind = 'DIALOGUE_MEETING' | 'JOINT_ACTIVITY' | 'NORM_CHANGE_INITIATIVE' | 'REFERRAL_ROUTE';

/** "Who do we know in <area>?": the local actors, who holds each relationship, the latest engagements; and recording one. */
export function LocalActorsPage() {
  usePageTitle('Lokale aktører');
  const areas = useQuery(AREAS, {});
  const [areaId, setAreaId] = useState('');
  useEffect(() => {
    if (!areaId && areas.data?.housingAreas[0]) setAreaId(areas.data.housingAreas[0].id);
  }, [areas.data, areaId]);
  return (
    <>
      <h1>Lokale aktører</h1>
      <p>Hvem kender vi i boligområderne? Her ser du de lokale aktører, hvem hos os der har kontakten, og de seneste samarbejder. Der står aldrig noget om borgere.</p>
      {areas.loading && !areas.data && <Loading />}
      {areas.problems && <ErrorSummary problems={areas.problems} />}
      {areas.data && areas.data.housingAreas.length === 0 && <p>Kommunen har ikke registreret boligområder endnu.</p>}
      {areas.data && areas.data.housingAreas.length > 0 && (
        <SelectField label="Boligområde" options={areas.data.housingAreas.map((a) => [a.id, a.socialPlan ? `${a.name} (${a.socialPlan})` : a.name])} value={areaId} onChange={setAreaId} />
      )}
      {areaId && <AreaContacts key={areaId} id={areaId} />}
    </>
  );
}

function AreaContacts({ id }: { id: string }) {
  const { data, problems, loading, reload } = useQuery(WHO_DO_WE_KNOW, { id });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorSummary problems={problems ?? []} />;
  const area = data.housingArea;
  return (
    <>
      <section aria-labelledby="who-heading">
        <h2 id="who-heading">Hvem kender vi i {area.name}?</h2>
        {area.localActors.length === 0 ? (
          <p>Ingen lokale aktører er registreret i området endnu.</p>
        ) : (
          <div>
            <table className="table table--zebra">
              <caption className="sr-only">Lokale aktører i {area.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Aktør</th>
                  <th scope="col">Type</th>
                  <th scope="col">Kontakt hos os</th>
                  <th scope="col">Seneste samarbejde</th>
                </tr>
              </thead>
              <tbody>
                {area.localActors.map((actor) => {
                  const [latest] = actor.recentEngagements;
                  return (
                    <tr key={actor.id}>
                      <th scope="row">
                        {actor.name}
                        {actor.organisation ? <span className="form-hint"> ({actor.organisation})</span> : null}
                      </th>
                      <td>{LOCAL_ACTOR_KINDS[actor.kind]}</td>
                      <td>{actor.holder?.displayName ?? 'Ingen'}</td>
                      <td>{latest ? `${ENGAGEMENT_KINDS[latest.kind]}: ${latest.topic}, ${formatDate(latest.occurredOn)}` : 'Intet endnu'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {area.localActors.length > 0 && <RecordEngagementForm areaId={area.id} actors={area.localActors} onRecorded={reload} />}
    </>
  );
}

function RecordEngagementForm({ areaId, actors, onRecorded }: { areaId: string; actors: { id: string; name: string }[]; onRecorded: () => Promise<void> }) {
  const [kind, setKind] = useState<EngagementKind>('DIALOGUE_MEETING');
  const [occurredOn, setOccurredOn] = useState(danishDate());
  const [topic, setTopic] = useState('');
  const [summary, setSummary] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  const record = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(undefined);
    const input = { kind, occurredOn, topic, summary, housingAreaId: areaId, localActorIds: chosen, staffMemberIds: [] };
    if (await record.run(() => request(RECORD, { input }))) {
      setTopic('');
      setSummary('');
      setChosen([]);
      await onRecorded();
      setNotice('Samarbejdet er registreret.');
    }
  }

  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">Registrér et samarbejde</h2>
      <form aria-labelledby="record-heading" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problems={record.problems} />
        <SelectField label="Type" options={Object.entries(ENGAGEMENT_KINDS) as [EngagementKind, string][]} value={kind} onChange={setKind} />
        <Field label="Dato">
          <input className="form-input" type="date" value={occurredOn} onChange={(e) => setOccurredOn(e.target.value)} />
        </Field>
        <Field label="Emne">
          <input className="form-input" type="text" value={topic} maxLength={300} onChange={(e) => setTopic(e.target.value)} />
        </Field>
        <Field label="Kort resumé" hint="Skriv aldrig navne, adresser eller andet, der kan pege på en borger.">
          <textarea className="form-input" rows={4} value={summary} maxLength={5000} onChange={(e) => setSummary(e.target.value)} />
        </Field>
        <CheckboxGroup legend="Hvilke aktører deltog?" options={actors.map((a) => [a.id, a.name])} value={chosen} onChange={setChosen} idPrefix="engagement-actor" />
        <button type="submit" className="button button-primary" disabled={record.pending}>
          Registrér samarbejdet
        </button>
        <Notice>{notice}</Notice>
      </form>
    </section>
  );
}
