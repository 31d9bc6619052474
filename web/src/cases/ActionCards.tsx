import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import type { ResultOf } from '../api/graphql';
import { useAction } from '../api/hooks';
import { ErrorSummary } from '../ui/Alerts';
import { ACTION_CARDS } from './queries';

export type ActionCard = ResultOf<typeof ACTION_CARDS>['findActionCards'][number];

/** "Hvad gør jeg?": the published preparedness plan's action cards that fit the situation, most specific first. */
export function ActionCards({ onCards }: { onCards?: (cards: ActionCard[]) => void }) {
  const [level, setLevel] = useState<'SUSPICION' | 'KNOWLEDGE'>('SUSPICION');
  const [person, setPerson] = useState<'CHILD' | 'ADULT'>('CHILD');
  const [acute, setAcute] = useState(false);
  const [cards, setCards] = useState<ActionCard[]>();
  const action = useAction();

  async function find(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() => request(ACTION_CARDS, { situation: { concernLevel: level, personConcerned: person, acuteDanger: acute } }));
    if (result) {
      setCards(result.findActionCards);
      onCards?.(result.findActionCards);
    }
  }

  return (
    <section aria-labelledby="action-cards-heading">
      <h2 id="action-cards-heading">Hvad gør jeg?</h2>
      <form onSubmit={(e) => void find(e)} aria-label="Find handlekort">
        <ErrorSummary problems={action.problems} />
        <fieldset>
          <legend className="form-label">Er det en mistanke eller viden?</legend>
          <ul className="nobullet-list">
            {(['SUSPICION', 'KNOWLEDGE'] as const).map((value) => (
            <li key={value}>
              <input className="form-radio" type="radio" id={`level-${value}`} name="level" checked={level === value} onChange={() => setLevel(value)} />
              <label htmlFor={`level-${value}`}>{value === 'SUSPICION' ? 'Mistanke' : 'Viden'}</label>
            </li>
          ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend className="form-label">Drejer det sig om et barn eller en voksen?</legend>
          <ul className="nobullet-list">
            {(['CHILD', 'ADULT'] as const).map((value) => (
            <li key={value}>
              <input className="form-radio" type="radio" id={`person-${value}`} name="person" checked={person === value} onChange={() => setPerson(value)} />
              <label htmlFor={`person-${value}`}>{value === 'CHILD' ? 'Barn' : 'Voksen'}</label>
            </li>
          ))}
          </ul>
        </fieldset>
        <div className="form-group">
          <input className="form-checkbox" type="checkbox" id="acute" checked={acute} onChange={(e) => setAcute(e.target.checked)} />
          <label htmlFor="acute">Der er akut fare</label>
        </div>
        <button type="submit" className="button button-secondary" disabled={action.pending}>
          Find handlekort
        </button>
      </form>
      {cards && cards.length === 0 && <p>Kommunens beredskabsplan har ingen handlekort til den situation.</p>}
      {cards?.map((card) => (
        <article key={card.id} className="action-card" aria-label={`Handlekort: ${card.title}`}>
          <h3 className="h4">{card.title}</h3>
          <ol>
            {card.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {card.contacts.length > 0 && (
            <>
              <h4 className="h5">Kontakt</h4>
              <ul>
                {card.contacts.map((c) => (
                  <li key={c.name}>
                    {c.name}: {c.howToReach}
                  </li>
                ))}
              </ul>
            </>
          )}
          {card.legalNotes.length > 0 && (
            <>
              <h4 className="h5">Regler</h4>
              <ul>
                {card.legalNotes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </section>
  );
}
