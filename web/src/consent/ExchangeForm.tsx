import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import type { ResultOf } from '../api/graphql';
import { useAction } from '../api/hooks';
import { fieldError } from '../api/messages';
import { Link } from '../app/router';
import { ErrorSummary } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { DATA_CATEGORIES, LEGAL_BASES, PURPOSES, REFUSALS } from '../ui/format';
import { CheckboxGroup, SelectField } from '../ui/Choices';
import type { Departments } from './ConsentPage';
import { REQUEST_EXCHANGE } from './queries';

type Category = 'FAMILY_SITUATION' | 'SCHOOL_ATTENDANCE' | 'HOUSING' | 'EMPLOYMENT_AND_INCOME' | 'HEALTH' | 'POLICE_CONTACT';
type Purpose = 'CASE_SPARRING' | 'COORDINATED_EFFORT';
type Basis = 'SSP_ADMINISTRATION_OF_JUSTICE_ACT_115' | 'CHILD_AT_RISK_NOTIFICATION' | 'ACUTE_DANGER' | 'UNIFIED_ADMINISTRATION';
type Result = ResultOf<typeof REQUEST_EXCHANGE>['requestExchange'];

/** Ask to share a citizen's data with another department: decided at once, against the consents and the municipality's policy. */
export function ExchangeForm({ cpr, departments, onDecided }: { cpr: string; departments: Departments; onDecided: () => Promise<unknown> }) {
  const mine = departments.me.staffMember.department;
  const others = departments.departments.filter((d) => d.id !== mine.id).map((d) => [d.id, d.name] as [string, string]);
  const [to, setTo] = useState('');
  const [categories, setCategories] = useState<Category[]>([]);
  const [purpose, setPurpose] = useState<Purpose>('CASE_SPARRING');
  const [content, setContent] = useState('');
  const [statutory, setStatutory] = useState(false);
  const [basis, setBasis] = useState<Basis | ''>('');
  const [justification, setJustification] = useState('');
  const [result, setResult] = useState<Result>();
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    const input = { cpr, fromDepartmentId: mine.id, toDepartmentId: to, categories, purpose, content, legalBasis: statutory && basis ? basis : null, justification: statutory ? justification : null };
    const answer = await action.run(() => request(REQUEST_EXCHANGE, { input }));
    if (answer) {
      setResult(answer.requestExchange);
      if (answer.requestExchange.permitted) setContent('');
      await onDecided();
    }
  }

  return (
    <section aria-labelledby="exchange-heading">
      <h3 id="exchange-heading">Del oplysninger med en anden afdeling</h3>
      <form onSubmit={(e) => void submit(e)} aria-label="Del oplysninger" noValidate>
        <ErrorSummary problems={action.problems} title="Forespørgslen blev ikke sendt" />
        <p>Fra: {mine.name}</p>
        <SelectField label="Til afdeling" options={others} value={to} onChange={setTo} empty="Vælg afdeling" error={fieldError(action.problems, 'toDepartmentId')} />
        <CheckboxGroup idPrefix="exchange-category" legend="Hvilke oplysninger vil du dele?" options={Object.entries(DATA_CATEGORIES) as [Category, string][]} value={categories} onChange={setCategories} error={fieldError(action.problems, 'categories')} />
        <SelectField label="Formål" options={Object.entries(PURPOSES) as [Purpose, string][]} value={purpose} onChange={setPurpose} />
        <Field label="Det, du vil dele" hint="Gemmes krypteret og kun, hvis udvekslingen er tilladt." error={fieldError(action.problems, 'content')}>
          <textarea className="form-input" rows={5} value={content} onChange={(e) => setContent(e.target.value)} />
        </Field>
        <div className="form-group">
          <input className="form-checkbox" type="checkbox" id="statutory" checked={statutory} onChange={(e) => setStatutory(e.target.checked)} />
          <label htmlFor="statutory">Udveksling uden samtykke, med hjemmel i loven</label>
        </div>
        {statutory && (
          <>
            <SelectField label="Lovgrundlag" options={Object.entries(LEGAL_BASES) as [Basis, string][]} value={basis} onChange={setBasis} empty="Vælg lovgrundlag" error={fieldError(action.problems, 'legalBasis')} />
            <Field label="Begrundelse" hint="Mindst 20 tegn. Databeskyttelsesrådgiveren gennemgår udvekslingen." error={fieldError(action.problems, 'justification')}>
              <textarea className="form-input" rows={3} value={justification} onChange={(e) => setJustification(e.target.value)} />
            </Field>
          </>
        )}
        <button type="submit" className="button button-primary" disabled={action.pending || !to || categories.length === 0 || !content.trim()}>
          Send forespørgslen
        </button>
      </form>
      <div aria-live="polite">
        {result?.permitted && (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <p className="alert-heading">Udvekslingen er tilladt</p>
              <p className="alert-text">
                {result.exchange.reviewStatus === 'PENDING'
                  ? 'Oplysningerne er delt med hjemmel i loven, og databeskyttelsesrådgiveren gennemgår udvekslingen.'
                  : 'Oplysningerne er delt efter borgerens samtykke.'}{' '}
                Udvekslingen er registreret i loggen som post {result.exchange.ledgerPosition}.
              </p>
            </div>
          </div>
        )}
        {result && !result.permitted && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-heading">Udvekslingen er ikke tilladt</p>
              <p className="alert-text">{REFUSALS[result.exchange.refusalReason ?? ''] ?? 'Udvekslingen er ikke dækket af et samtykke eller et lovgrundlag.'} Intet er delt, og afslaget er registreret.</p>
              <p className="alert-text">
                Du kan i stedet få sparring på sagen i dit netværk, uden at borgeren kan genkendes:{' '}
                {departments.networks.map((network, i) => (
                  <span key={network.id}>
                    {i > 0 && ', '}
                    <Link href={`/netvaerk/${network.id}/ny-sag`}>ny anonym sag i {network.name}</Link>
                  </span>
                ))}
                {departments.networks.length === 0 && 'tal med din netværkskoordinator.'}
              </p>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
