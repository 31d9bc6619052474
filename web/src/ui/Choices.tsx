import { Field } from './Field';

/** A set of checkboxes for an enum or a list of ids, as one fieldset with a legend. */
export function CheckboxGroup<T extends string>({ legend, options, value, onChange, error, idPrefix }: { legend: string; options: [T, string][]; value: T[]; onChange: (next: T[]) => void; error?: string; idPrefix: string }) {
  const toggle = (option: T) => onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  return (
    <fieldset className={error ? 'form-error' : undefined}>
      <legend className="form-label">{legend}</legend>
      {error && (
        <span className="form-error-message">
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      <ul className="nobullet-list">
        {options.map(([option, label]) => (
          <li key={option}>
            <input className="form-checkbox" type="checkbox" id={`${idPrefix}-${option}`} checked={value.includes(option)} onChange={() => toggle(option)} />
            <label htmlFor={`${idPrefix}-${option}`}>{label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A <select> over labelled options in a form group. */
export function SelectField<T extends string>({ label, options, value, onChange, error, hint, empty }: { label: string; options: [T, string][]; value: T | ''; onChange: (next: T) => void; error?: string; hint?: string; empty?: string }) {
  return (
    <Field label={label} error={error} hint={hint}>
      <select className="form-select" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
