import { useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { useAction, useQuery } from '../api/hooks';
import { usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { formatDateTime } from '../ui/format';

const FEEDS = graphql(`
  query CalendarFeeds {
    myCalendarFeeds { id networkId createdAt revokedAt }
    networks { id name }
  }
`);

const CREATE_FEED = graphql(`
  mutation CreateFeed($networkId: ID) {
    createCalendarFeed(networkId: $networkId) { path feed { id } }
  }
`);

const REVOKE_FEED = graphql(`
  mutation RevokeFeed($id: ID!) {
    revokeCalendarFeed(id: $id) { id revokedAt }
  }
`);

/** Subscribe a calendar (Outlook, Google) to one's meetings; the address is shown once and can be revoked. */
export function CalendarPage() {
  usePageTitle('Kalender');
  const { data, problems, loading, reload } = useQuery(FEEDS, {});
  const [networkId, setNetworkId] = useState('');
  const [created, setCreated] = useState<string>();
  const [copied, setCopied] = useState<string>();
  const create = useAction();
  const revoke = useAction();

  async function createFeed() {
    const result = await create.run(() => request(CREATE_FEED, { networkId: networkId || null }));
    if (result) {
      setCreated(new URL(result.createCalendarFeed.path, window.location.origin).href);
      setCopied(undefined);
      await reload();
    }
  }
  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setCopied('Adressen er kopieret.');
    } catch {
      setCopied('Kopiér adressen ved at markere den i feltet.');
    }
  }

  const names = new Map((data?.networks ?? []).map((n) => [n.id, n.name]));
  const active = (data?.myCalendarFeeds ?? []).filter((f) => !f.revokedAt);
  return (
    <>
      <h1>Kalender</h1>
      <p>Abonnér på dine møder i din egen kalender. Kalenderen opdateres, når møder flyttes eller aflyses.</p>
      {loading && !data && <Loading />}
      {problems && <ErrorSummary problems={problems} />}
      <section aria-labelledby="new-feed-heading">
        <h2 id="new-feed-heading">Nyt kalenderabonnement</h2>
        <ErrorSummary problems={create.problems} />
        <Field label="Hvilke møder?">
          <select className="form-select" value={networkId} onChange={(e) => setNetworkId(e.target.value)}>
            <option value="">Alle mine netværk</option>
            {(data?.networks ?? []).map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="button button-primary" onClick={() => void createFeed()} disabled={create.pending}>
          Lav abonnementsadresse
        </button>
        {created && (
          <div className="feed-created">
            <Field label="Din abonnementsadresse" hint="Vises kun nu. Del den ikke: alle med adressen kan se møderne.">
              <input className="form-input" readOnly value={created} onFocus={(e) => e.target.select()} />
            </Field>
            <button type="button" className="button button-secondary" onClick={() => void copy()}>
              Kopiér adressen
            </button>
            <Notice>{copied}</Notice>
          </div>
        )}
      </section>
      <section aria-labelledby="howto-heading">
        <h2 id="howto-heading">Sådan tilføjer du kalenderen</h2>
        <h3 className="h4">Outlook</h3>
        <ol>
          <li>Åbn kalenderen i Outlook, og vælg <strong>Tilføj kalender</strong>.</li>
          <li>Vælg <strong>Abonner fra internettet</strong> (i Outlook på nettet: <strong>Fra internettet</strong>).</li>
          <li>Indsæt adressen, giv kalenderen et navn, og vælg <strong>Importér</strong>.</li>
        </ol>
        <h3 className="h4">Google Kalender</h3>
        <ol>
          <li>Åbn Google Kalender på en computer.</li>
          <li>Vælg plus-tegnet ved <strong>Andre kalendere</strong> og derefter <strong>Fra webadresse</strong>.</li>
          <li>Indsæt adressen, og vælg <strong>Tilføj kalender</strong>.</li>
        </ol>
      </section>
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Dine abonnementer</h2>
        <ErrorSummary problems={revoke.problems} />
        {active.length === 0 ? (
          <p>Du har ingen aktive abonnementer.</p>
        ) : (
          <ul>
            {active.map((feed) => (
              <li key={feed.id}>
                {feed.networkId ? (names.get(feed.networkId) ?? 'Et netværk') : 'Alle mine netværk'}, oprettet {formatDateTime(feed.createdAt)}{' '}
                <button
                  type="button"
                  className="button button-tertiary"
                  disabled={revoke.pending}
                  onClick={() => void revoke.run(() => request(REVOKE_FEED, { id: feed.id })).then((r) => r && reload())}
                >
                  Tilbagekald<span className="sr-only"> abonnementet oprettet {formatDateTime(feed.createdAt)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
