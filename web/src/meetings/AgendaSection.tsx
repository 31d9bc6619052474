import { FormEvent, useState } from 'react';
import { ApiProblem, request } from '../api/client';
import { useAction } from '../api/hooks';
import { messageFor } from '../api/messages';
import { ErrorSummary, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { AGENDA_TYPES, formatTime } from '../ui/format';
import { SectionProps } from './MeetingPage';
import { PUBLISH_AGENDA, SET_AGENDA } from './queries';

type AgendaType = 'NEWS_ROUND' | 'KNOWLEDGE_SHARING' | 'CASE_DISCUSSION' | 'EXTERNAL_TALK' | 'OTHER';

interface DraftItem {
  key: number;
  title: string;
  type: AgendaType;
  durationMinutes: number;
  presenterId: string;
  talkId: string | null;
}

let nextKey = 1;

/** The problem that concerns item `index` (0-based): the API names it by number (1-based) or by input path. */
function itemProblem(problems: ApiProblem[], index: number): string | undefined {
  const hit = problems.find((p) => p.item === index + 1 || p.fields.some((f) => f.includes(`items.${index}.`)));
  return hit ? messageFor(hit) : undefined;
}

export function AgendaSection({ meeting, coordinates, reload }: SectionProps) {
  const [editing, setEditing] = useState(false);
  const [items, setItems] = useState<DraftItem[]>([]);
  const [notice, setNotice] = useState<string>();
  const save = useAction();
  const publish = useAction();
  const members = meeting.network.members.map((m) => m.staffMember);
  const editable = coordinates && (meeting.status === 'PLANNED' || meeting.status === 'AGENDA_PUBLISHED');

  function startEditing() {
    setItems(
      meeting.agenda.map((item) => ({ key: nextKey++, title: item.title, type: item.type as AgendaType, durationMinutes: item.durationMinutes, presenterId: item.presenter?.id ?? '', talkId: item.talkId ?? null })),
    );
    if (meeting.agenda.length === 0) addItem();
    save.clear();
    setEditing(true);
  }
  function addItem() {
    setItems((list) => [...list, { key: nextKey++, title: '', type: 'NEWS_ROUND', durationMinutes: 15, presenterId: '', talkId: null }]);
  }
  const update = (key: number, change: Partial<DraftItem>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const move = (index: number, by: number) =>
    setItems((list) => {
      const copy = [...list];
      const [item] = copy.splice(index, 1);
      copy.splice(index + by, 0, item);
      return copy;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      meetingId: meeting.id,
      items: items.map(({ title, type, durationMinutes, presenterId, talkId }) => ({ title, type, durationMinutes, presenterId: presenterId || null, talkId })),
    };
    if (await save.run(() => request(SET_AGENDA, { input }))) {
      setEditing(false);
      await reload();
      setNotice('Dagsordenen er gemt.');
    }
  }

  async function publishAgenda() {
    if (await publish.run(() => request(PUBLISH_AGENDA, { meetingId: meeting.id }))) {
      await reload();
      setNotice('Dagsordenen er udsendt til netværkets medlemmer.');
    }
  }

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Dagsorden</h2>
      {!editing && meeting.agenda.length === 0 && <p>Der er ingen dagsorden endnu.</p>}
      {!editing && meeting.agenda.length > 0 && (
        <table className="table table--zebra agenda">
          <caption className="sr-only">Dagsorden med tidspunkter</caption>
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Punkt</th>
              <th scope="col">Type</th>
              <th scope="col">Ved</th>
            </tr>
          </thead>
          <tbody>
            {meeting.agenda.map((item) => (
              <tr key={item.id}>
                <td>
                  {formatTime(item.startsAt)}–{formatTime(item.endsAt)}
                </td>
                <td>{item.title}</td>
                <td>{AGENDA_TYPES[item.type]}</td>
                <td>{item.presenter?.displayName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && !editing && (
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={startEditing}>
            {meeting.agenda.length ? 'Rediger dagsorden' : 'Lav dagsorden'}
          </button>
          {meeting.status === 'PLANNED' && meeting.agenda.length > 0 && (
            <button type="button" className="button button-primary" onClick={() => void publishAgenda()} disabled={publish.pending}>
              Udsend dagsorden
            </button>
          )}
        </div>
      )}
      <ErrorSummary problems={publish.problems} />
      {editing && (
        <form onSubmit={(e) => void submit(e)} aria-label="Rediger dagsorden">
          <ErrorSummary problems={save.problems} title="Dagsordenen blev ikke gemt" />
          <ol className="agenda-editor">
            {items.map((item, index) => {
              const problem = itemProblem(save.problems, index);
              return (
                <li key={item.key}>
                  <fieldset className={problem ? 'form-error' : undefined}>
                    <legend className="h5">Punkt {index + 1}</legend>
                    {problem && (
                      <span className="form-error-message" id={`agenda-item-${item.key}-error`}>
                        <span className="sr-only">Fejl: </span>
                        {problem}
                      </span>
                    )}
                    <Field label="Overskrift">
                      <input className="form-input" value={item.title} onChange={(e) => update(item.key, { title: e.target.value })} maxLength={200} aria-errormessage={problem ? `agenda-item-${item.key}-error` : undefined} />
                    </Field>
                    <Field label="Type">
                      <select className="form-select" value={item.type} onChange={(e) => update(item.key, { type: e.target.value as AgendaType })} disabled={Boolean(item.talkId)}>
                        {Object.entries(AGENDA_TYPES).map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </Field>
                    <Field label="Varighed i minutter">
                      <input className="form-input input-width-xs" type="number" min={5} max={480} step={5} value={item.durationMinutes} onChange={(e) => update(item.key, { durationMinutes: Number(e.target.value) })} disabled={Boolean(item.talkId)} />
                    </Field>
                    <Field label="Ved">
                      <select className="form-select" value={item.presenterId} onChange={(e) => update(item.key, { presenterId: e.target.value })}>
                        <option value="">Ingen bestemt</option>
                        {members.map((m) => (
                          <option key={m.id} value={m.id}>
                            {m.displayName}
                          </option>
                        ))}
                      </select>
                    </Field>
                    <div className="button-row">
                      <button type="button" className="button button-tertiary" onClick={() => move(index, -1)} disabled={index === 0}>
                        Flyt op<span className="sr-only"> (punkt {index + 1})</span>
                      </button>
                      <button type="button" className="button button-tertiary" onClick={() => move(index, 1)} disabled={index === items.length - 1}>
                        Flyt ned<span className="sr-only"> (punkt {index + 1})</span>
                      </button>
                      {!item.talkId && (
                        <button type="button" className="button button-tertiary" onClick={() => setItems((list) => list.filter((x) => x.key !== item.key))}>
                          Fjern<span className="sr-only"> punkt {index + 1}</span>
                        </button>
                      )}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={addItem}>
              Tilføj punkt
            </button>
            <button type="submit" className="button button-primary" disabled={save.pending}>
              Gem dagsorden
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setEditing(false)}>
              Fortryd
            </button>
          </div>
        </form>
      )}
      <Notice>{notice}</Notice>
    </section>
  );
}
