import { useEffect, useMemo, useState } from 'react';
import { usePageTitle, searchParam } from '../app/router';
import { ErrorSummary } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { useSession } from './session';

interface DemoPerson {
  staffId: string;
  displayName: string;
  department: string;
  municipalityId: string;
  municipality: string;
  roles: string[];
}

const REFUSALS: Record<string, string> = {
  IKKE_ANSAT: 'Du kunne ikke logges ind: kommunen har dig ikke registreret som aktiv medarbejder i løsningen. Kontakt din administrator.',
  MISLYKKEDES: 'Log ind blev ikke gennemført. Prøv igen.',
  UDBYDER_SVARER_IKKE: 'Kommunens login-tjeneste svarer ikke lige nu. Prøv igen om lidt.',
  IKKE_OPSAT: 'Log ind med kommunens login er ikke sat op her.',
};

const ROLE_NAMES: Record<string, string> = { MUNICIPALITY_ADMIN: 'administrator', DATA_PROTECTION_OFFICER: 'databeskyttelsesrådgiver' };

/** Sign in: the municipality's identity provider, and in development a list of the demo people. */
export function SignInPage() {
  const { session, refresh } = useSession();
  usePageTitle('Log ind');
  const methods = session.state === 'signed-out' ? session.methods : { dev: false, oidc: false };
  const refusal = searchParam('fejl');
  const [people, setPeople] = useState<DemoPerson[]>([]);
  const [failed, setFailed] = useState(false);
  const [wanted, setWanted] = useState('');

  useEffect(() => {
    if (!methods.dev) return;
    void fetch('/auth/dev/people', { credentials: 'same-origin' })
      .then((r) => r.json())
      .then((body: { people?: DemoPerson[] }) => setPeople(body.people ?? []));
  }, [methods.dev]);

  // Six demo municipalities are dozens of people, and a database that tests share holds
  // hundreds: a filter keeps the one you want a few Tabs away.
  const shown = useMemo(() => people.filter((person) => matches(person, wanted)), [people, wanted]);
  const byMunicipality = useMemo(() => {
    const groups = new Map<string, DemoPerson[]>();
    for (const person of shown) groups.set(person.municipality, [...(groups.get(person.municipality) ?? []), person]);
    return [...groups.entries()];
  }, [shown]);

  async function signInAs(person: DemoPerson) {
    const response = await fetch('/auth/dev/sign-in', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId: person.staffId, municipalityId: person.municipalityId }),
    });
    if (response.ok) await refresh();
    else setFailed(true);
  }

  const returnTo = window.location.pathname === '/log-ind' ? '/' : window.location.pathname + window.location.search;
  return (
    <>
      <h1>Log ind</h1>
      {session.state === 'signed-out' && session.ended && (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">Du er blevet logget af. Log ind igen for at fortsætte.</p>
          </div>
        </div>
      )}
      {refusal && REFUSALS[refusal] && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">Log ind lykkedes ikke</p>
            <p className="alert-text">{REFUSALS[refusal]}</p>
          </div>
        </div>
      )}
      {failed && <ErrorSummary problems={[{ code: 'INTERNAL_SERVER_ERROR', message: '', fields: [] }]} />}
      {methods.oidc && (
        <p>
          <a className="button button-primary" href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}>
            Log ind med kommunens login
          </a>
        </p>
      )}
      {methods.dev && (
        <section aria-labelledby="demo-heading">
          <h2 id="demo-heading">Log ind som en demo-person</h2>
          <p>Kun i udviklingsmiljøet: vælg en af de fiktive personer i demo-kommunerne.</p>
          <div role="search" aria-label="Find en demo-person">
            <Field label="Find en person" hint="Navn, afdeling eller kommune">
              <input className="form-input" type="search" value={wanted} onChange={(e) => setWanted(e.target.value)} maxLength={100} autoComplete="off" />
            </Field>
          </div>
          <p role="status">{people.length > 0 && (shown.length === 1 ? 'Én person vises.' : `${shown.length} personer vises.`)}</p>
          {byMunicipality.map(([municipality, group]) => (
            <section key={municipality} aria-label={municipality}>
              <h3>{municipality}</h3>
              <ul className="nobullet-list demo-people">
                {group.map((person) => (
                  <li key={person.staffId}>
                    <button type="button" className="button button-secondary" onClick={() => void signInAs(person)}>
                      {person.displayName}
                    </button>{' '}
                    <span>
                      {person.department}
                      {person.roles.filter((r) => ROLE_NAMES[r]).map((r) => `, ${ROLE_NAMES[r]}`)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
      {!methods.dev && !methods.oidc && session.state === 'signed-out' && <p>Log ind er ikke sat op for denne installation. Kontakt kommunens administrator.</p>}
    </>
  );
}

function matches(person: DemoPerson, wanted: string): boolean {
  const words = wanted.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  const haystack = `${person.displayName} ${person.department} ${person.municipality}`.toLocaleLowerCase('da');
  return words.every((word) => haystack.includes(word));
}
