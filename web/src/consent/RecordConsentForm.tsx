import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { fieldError } from '../api/messages';
import { ErrorSummary } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { CONSENT_METHODS, CUSTODY_RELATIONS, danishDate, danishDayEnd, danishDayStart, DATA_CATEGORIES, PURPOSES } from '../ui/format';
import { CheckboxGroup, SelectField } from '../ui/Choices';
import type { Departments } from './ConsentPage';
import { RECORD_CONSENT } from './queries';

type Category = 'FAMILY_SITUATION' | 'SCHOOL_ATTENDANCE' | 'HOUSING' | 'EMPLOYMENT_AND_INCOME' | 'HEALTH' | 'POLICE_CONTACT';
type Purpose = 'CASE_SPARRING' | 'COORDINATED_EFFORT';
type Method = 'SIGNED_FORM' | 'DIGITAL_SIGNATURE' | 'ORAL_RECORDED';
type Relation = 'MOTHER' | 'FATHER' | 'BOTH_PARENTS' | 'APPOINTED_CUSTODIAN' | 'OTHER_CUSTODY_HOLDER';

/** Record the consent the citizen (or, for a child, a custody holder) gave: between which departments, what, why, for how long. */
export function RecordConsentForm({ cpr, departments, onRecorded }: { cpr: string; departments: Departments; onRecorded: () => Promise<void> }) {
  const options = departments.departments.map((d) => [d.id, d.name] as [string, string]);
  const mine = departments.me.staffMember.department.id;
  const [from, setFrom] = useState<string[]>([mine]);
  const [to, setTo] = useState<string[]>([]);
  const [categories, setCategories] = useState<Category[]>([]);
  const [purposes, setPurposes] = useState<Purpose[]>(['CASE_SPARRING']);
  const [validFrom, setValidFrom] = useState(danishDate());
  const [validTo, setValidTo] = useState(danishDate(365));
  const [method, setMethod] = useState<Method>('SIGNED_FORM');
  const [custody, setCustody] = useState(false);
  const [relation, setRelation] = useState<Relation | ''>('');
  const [version, setVersion] = useState('samtykke-v1');
  const [missing, setMissing] = useState<string[]>([]);
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent = [from.length === 0 && 'from', to.length === 0 && 'to', categories.length === 0 && 'categories', purposes.length === 0 && 'purposes', custody && !relation && 'relation'].filter(Boolean) as string[];
    setMissing(absent);
    if (absent.length) return;
    const input = {
      cpr,
      fromDepartmentIds: from,
      toDepartmentIds: to,
      categories,
      purposes,
      validFrom: danishDayStart(validFrom),
      validTo: danishDayEnd(validTo),
      method,
      givenBy: custody ? ('CUSTODY_HOLDER' as const) : ('CITIZEN' as const),
      custodyHolderRelation: custody ? (relation as Relation) : null,
      consentTextVersion: version,
    };
    if (await action.run(() => request(RECORD_CONSENT, { input }))) await onRecorded();
  }

  return (
    <details className="details">
      <summary className="details-summary">Registrér et samtykke</summary>
      <div className="details-text">
        <form onSubmit={(e) => void submit(e)} aria-label="Registrér samtykke" noValidate>
          <ErrorSummary problems={action.problems} title="Samtykket blev ikke registreret" />
          <CheckboxGroup idPrefix="from" legend="Fra afdeling" options={options} value={from} onChange={setFrom} error={missing.includes('from') ? 'Vælg mindst én afdeling.' : fieldError(action.problems, 'fromDepartmentIds')} />
          <CheckboxGroup idPrefix="to" legend="Til afdeling" options={options} value={to} onChange={setTo} error={missing.includes('to') ? 'Vælg mindst én afdeling.' : fieldError(action.problems, 'toDepartmentIds')} />
          <CheckboxGroup idPrefix="category" legend="Hvilke oplysninger?" options={Object.entries(DATA_CATEGORIES) as [Category, string][]} value={categories} onChange={setCategories} error={missing.includes('categories') ? 'Vælg mindst én type oplysninger.' : fieldError(action.problems, 'categories')} />
          <CheckboxGroup idPrefix="purpose" legend="Til hvilket formål?" options={Object.entries(PURPOSES) as [Purpose, string][]} value={purposes} onChange={setPurposes} error={missing.includes('purposes') ? 'Vælg mindst ét formål.' : fieldError(action.problems, 'purposes')} />
          <Field label="Gælder fra" error={fieldError(action.problems, 'validFrom')}>
            <input className="form-input input-width-s" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
          </Field>
          <Field label="Gælder til" error={fieldError(action.problems, 'validTo')}>
            <input className="form-input input-width-s" type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
          </Field>
          <SelectField label="Hvordan er samtykket givet?" options={Object.entries(CONSENT_METHODS) as [Method, string][]} value={method} onChange={setMethod} />
          <div className="form-group">
            <input className="form-checkbox" type="checkbox" id="custody" checked={custody} onChange={(e) => setCustody(e.target.checked)} />
            <label htmlFor="custody">Borgeren er et barn: samtykket er givet af forældremyndighedsindehaveren</label>
          </div>
          {custody && <SelectField label="Hvem gav samtykket?" hint="Angiv relationen, ikke navnet" options={Object.entries(CUSTODY_RELATIONS) as [Relation, string][]} value={relation} onChange={setRelation} empty="Vælg" error={missing.includes('relation') ? 'Vælg hvem der gav samtykket.' : fieldError(action.problems, 'custodyHolderRelation') ?? fieldError(action.problems, 'givenBy')} />}
          <Field label="Samtykkeerklæringens version" hint="Den version af erklæringen, borgeren har fået, fx samtykke-v1 (bogstaver, tal, punktum og bindestreg)" error={fieldError(action.problems, 'consentTextVersion')}>
            <input className="form-input" value={version} onChange={(e) => setVersion(e.target.value)} maxLength={100} />
          </Field>
          <button type="submit" className="button button-primary" disabled={action.pending}>
            Registrér samtykket
          </button>
        </form>
      </div>
    </details>
  );
}
