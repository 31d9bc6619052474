import { ReactNode, useEffect, useRef } from 'react';
import { ApiProblem } from '../api/client';
import { messageFor } from '../api/messages';

/** The problems of a failed submission, announced and focused (DKFDS error summary). */
export function ErrorSummary({ problems, title = 'Det lykkedes ikke' }: { problems: ApiProblem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  const messages = [...new Set(problems.map(messageFor))];
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref}>
      <div className="alert-body">
        <p className="alert-heading">{title}</p>
        {messages.length === 1 ? (
          <p className="alert-text">{messages[0]}</p>
        ) : (
          <ul className="alert-text">
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** A confirmation after something was saved; read out by screen readers without moving focus. */
export function Notice({ children }: { children?: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      {children && (
        <div className="alert alert-success">
          <div className="alert-body">
            <p className="alert-text">{children}</p>
          </div>
        </div>
      )}
    </div>
  );
}

export function Loading() {
  return (
    <p role="status" aria-live="polite">
      Henter …
    </p>
  );
}
