import { cloneElement, ReactElement, useId } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  /** One input, select or textarea; it gets the id, the description and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
}

/** A DKFDS form group: label, hint and error message tied to the control (WCAG 1.3.1, 3.3.1). */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={errorId}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
