import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import type { ResultOf } from '../api/graphql';
import { useAction, useQuery } from '../api/hooks';
import { fieldError } from '../api/messages';
import { usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { CONSENT_STATUS, DATA_CATEGORIES, formatDate, PURPOSES } from '../ui/format';
import { DepartmentExchanges } from './DepartmentExchanges';
import { ExchangeForm } from './ExchangeForm';
import { CONSENTS, DEPARTMENTS, WITHDRAW_CONSENT } from './queries';
import { RecordConsentForm } from './RecordConsentForm';

export type Departments = ResultOf<typeof DEPARTMENTS>;
type Consent = ResultOf<typeof CONSENTS>['citizenConsents'][number];

/**
 * A citizen's consents and the exchanges they allow. The CPR number is typed
 * once, kept in this page's memory only (never in the address, storage or the
 * screen) and sent with each request that needs it; every look-up is recorded.
 */
export function ConsentPage() {
  usePageTitle('Samtykke og udveksling');
  const departments = useQuery(DEPARTMENTS, {});
  const [cprInput, setCprInput] = useState('');
  const [cpr, setCpr] = useState<string>();
  const [consents, setConsents] = useState<Consent[]>([]);
  const [notice, setNotice] = useState<string>();
  const lookup = useAction();
  const withdraw = useAction();

  async function refresh(number: string) {
    const result = await lookup.run(() => request(CONSENTS, { input: { cpr: number } }));
    if (result) setConsents(result.citizenConsents);
    return result;
  }
  async function find(event: FormEvent) {
    event.preventDefault();
    const number = cprInput.replace(/\s/g, '');
    if (await refresh(number)) {
      setCpr(number);
      setCprInput('');
      setNotice(undefined);
    }
  }
  async function withdrawConsent(consent: Consent) {
    if (await withdraw.run(() => request(WITHDRAW_CONSENT, { id: consent.id }))) {
      await refresh(cpr!);
      setNotice('Samtykket er tilbagekaldt. Der kan ikke længere udveksles oplysninger på grundlag af det.');
    }
  }

  if (departments.loading && !departments.data) return <Loading />;
  const names = new Map((departments.data?.departments ?? []).map((d) => [d.id, d.name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? 'ukendt afdeling').join(', ');
  return (
    <>
      <h1>Samtykke og udveksling</h1>
      <p className="font-lead">Oplysninger om en borger må kun gå mellem afdelinger, når borgerens samtykke eller et lovgrundlag tillader det. Alt, hvad du gør her, registreres i loggen.</p>
      <section aria-labelledby="citizen-heading">
        <h2 id="citizen-heading">Borger</h2>
        {!cpr ? (
          <form onSubmit={(e) => void find(e)} aria-label="Find borger">
            <ErrorSummary problems={lookup.problems} title="Borgeren blev ikke fundet" />
            <Field label="Cpr-nummer" hint="10 cifre. Det vises ikke igen, og opslaget registreres." error={fieldError(lookup.problems, 'cpr')}>
              <input className="form-input input-width-s" value={cprInput} onChange={(e) => setCprInput(e.target.value)} inputMode="numeric" autoComplete="off" maxLength={11} />
            </Field>
            <button type="submit" className="button button-primary" disabled={lookup.pending || !cprInput.trim()}>
              Find borgerens samtykker
            </button>
          </form>
        ) : (
          <>
            <p>
              Borger valgt. Cpr-nummeret vises ikke på skærmen.{' '}
              <button type="button" className="button button-tertiary" onClick={() => { setCpr(undefined); setConsents([]); setNotice(undefined); }}>
                Vælg en anden borger
              </button>
            </p>
            <h3>Samtykker ({consents.length})</h3>
            <ErrorSummary problems={withdraw.problems} />
            {consents.length === 0 ? (
              <p>Borgeren har ikke givet samtykke til udveksling.</p>
            ) : (
              <table className="table table--zebra">
                <caption className="sr-only">Borgerens samtykker</caption>
                <thead>
                  <tr>
                    <th scope="col">Status</th>
                    <th scope="col">Mellem</th>
                    <th scope="col">Oplysninger</th>
                    <th scope="col">Formål</th>
                    <th scope="col">Periode</th>
                    <th scope="col"><span className="sr-only">Handling</span></th>
                  </tr>
                </thead>
                <tbody>
                  {consents.map((consent) => (
                    <tr key={consent.id}>
                      <td>{CONSENT_STATUS[consent.status]}</td>
                      <td>
                        {named(consent.fromDepartmentIds)} og {named(consent.toDepartmentIds)}
                      </td>
                      <td>{consent.categories.map((c) => DATA_CATEGORIES[c]).join(', ')}</td>
                      <td>{consent.purposes.map((p) => PURPOSES[p]).join(', ')}</td>
                      <td>
                        {formatDate(consent.validFrom)}–{formatDate(consent.validTo)}
                      </td>
                      <td>
                        {(consent.status === 'ACTIVE' || consent.status === 'NOT_YET_VALID') && (
                          <button type="button" className="button button-secondary" disabled={withdraw.pending} onClick={() => void withdrawConsent(consent)}>
                            Tilbagekald<span className="sr-only"> samtykket gældende til {formatDate(consent.validTo)}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Notice>{notice}</Notice>
            {departments.data && (
              <>
                <RecordConsentForm cpr={cpr} departments={departments.data} onRecorded={async () => { await refresh(cpr); setNotice('Samtykket er registreret.'); }} />
                <ExchangeForm cpr={cpr} departments={departments.data} onDecided={() => refresh(cpr)} />
              </>
            )}
          </>
        )}
      </section>
      <DepartmentExchanges />
    </>
  );
}
