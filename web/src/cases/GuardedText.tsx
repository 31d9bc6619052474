import { useEffect, useId, useState } from 'react';
import { request } from '../api/client';
import { FINDING_KINDS, PLACEHOLDERS } from '../ui/format';
import { PREVIEW } from './queries';

export interface GuardState {
  findings: number;
  quasiIdentifiers: boolean;
  /** The text has been checked as it is now (no check pending). */
  checked: boolean;
}

interface Finding {
  start: number;
  end: number;
  kind: string;
}

/**
 * A text field with the anonymisation guard running as one types: the API's
 * `previewAnonymisation` (the same scanner that refuses the save), debounced.
 * Each finding is highlighted in place with its kind and a button that
 * replaces it by its placeholder. The text never leaves the service: the
 * preview answers with offsets and kinds only.
 */
export function GuardedText({ label, hint, value, onChange, onGuard, rows = 6 }: { label: string; hint?: string; value: string; onChange: (text: string) => void; onGuard: (state: GuardState) => void; rows?: number }) {
  const id = useId();
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checked, setChecked] = useState(true);

  useEffect(() => {
    if (!value.trim()) {
      setFindings([]);
      setChecked(true);
      onGuard({ findings: 0, quasiIdentifiers: false, checked: true });
      return;
    }
    setChecked(false);
    onGuard({ findings: findings.length, quasiIdentifiers: false, checked: false });
    const timer = setTimeout(() => {
      request(PREVIEW, { text: value }).then(
        ({ previewAnonymisation }) => {
          setFindings(previewAnonymisation.findings);
          setChecked(true);
          onGuard({ findings: previewAnonymisation.findings.length, quasiIdentifiers: previewAnonymisation.quasiIdentifierWarning, checked: true });
        },
        () => setChecked(true),
      );
    }, 400);
    return () => clearTimeout(timer);
    // Only the text re-runs the check: onGuard is the parent's setter.
  }, [value]);

  const replace = (finding: Finding) => onChange(value.slice(0, finding.start) + PLACEHOLDERS[finding.kind] + value.slice(finding.end));
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const segments: { text: string; finding?: Finding }[] = [];
  let cursor = 0;
  for (const finding of sorted) {
    if (finding.start < cursor) continue;
    segments.push({ text: value.slice(cursor, finding.start) }, { text: value.slice(finding.start, finding.end), finding });
    cursor = finding.end;
  }
  segments.push({ text: value.slice(cursor) });

  return (
    <div className={`form-group${findings.length ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {findings.length > 0 && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">Fejl: </span>
          Teksten indeholder {findings.length === 1 ? 'en personoplysning' : `${findings.length} personoplysninger`}. Erstat {findings.length === 1 ? 'den' : 'dem'}, før sagen kan gemmes.
        </span>
      )}
      <textarea
        className="form-input"
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={[hint ? `${id}-hint` : '', findings.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={findings.length ? true : undefined}
      />
      <div role="status" aria-live="polite" className="guard-status">
        {!checked ? 'Tjekker teksten …' : findings.length === 0 && value.trim() ? 'Ingen personoplysninger fundet.' : ''}
      </div>
      {findings.length > 0 && (
        <div className="guard-preview" aria-label={`Fund i ${label.toLowerCase()}`} role="group">
          <p className="guard-text">
            {segments.map((segment, i) =>
              segment.finding ? (
                <mark key={i} className="guard-finding">
                  {segment.text}
                  <span className="guard-kind"> ({FINDING_KINDS[segment.finding.kind] ?? segment.finding.kind})</span>
                </mark>
              ) : (
                <span key={i}>{segment.text}</span>
              ),
            )}
          </p>
          <ul className="nobullet-list guard-actions">
            {sorted.map((finding) => (
              <li key={`${finding.start}-${finding.kind}`}>
                <button type="button" className="button button-secondary" onClick={() => replace(finding)}>
                  Erstat {FINDING_KINDS[finding.kind] ?? finding.kind} med {PLACEHOLDERS[finding.kind]}
                  <span className="sr-only"> (tegn {finding.start + 1} til {finding.end})</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
