import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/hooks';
import { fieldError } from '../api/messages';
import { ErrorSummary } from '../ui/Alerts';
import { Field } from '../ui/Field';
import { FINDING_KINDS } from '../ui/format';
import { ACKNOWLEDGE_MINUTES_FINDING } from './queries';

export interface MinutesFinding {
  id: string;
  kind: string;
  field: string;
  start: number;
  end: number;
  preview: string;
  acknowledged: boolean;
  reason: string | null;
}

const FIELD_NAMES: Record<string, string> = { body: 'referatet', changeNote: 'rettelsesnoten' };
const fieldName = (field: string) => FIELD_NAMES[field] ?? (field.startsWith('decisions[') ? `beslutning ${Number(field.slice(10, -1)) + 1}` : field);

/**
 * What the anonymisation guard found in the minutes: each possible identifier
 * with its kind, where it is and the text it covers (shown only here, to the
 * members who can read the minutes anyway). The coordinator acknowledges one
 * that is not a citizen's (a presenter, an institution) with a reason;
 * circulation waits until every one is removed or acknowledged.
 */
export function MinutesFindings({ meetingId, findings, texts, coordinates, reload }: { meetingId: string; findings: MinutesFinding[]; texts: Record<string, string>; coordinates: boolean; reload: () => Promise<void> }) {
  if (findings.length === 0) return null;
  const open = findings.filter((finding) => !finding.acknowledged).length;
  return (
    <section aria-labelledby="minutes-findings-heading" className="alert alert-warning">
      <h3 id="minutes-findings-heading" className="h4">
        Mulige personoplysninger ({open} af {findings.length} mangler)
      </h3>
      <p>
        Fjern dem fra teksten, eller lad koordinatoren kvittere for hver med en begrundelse (fx at det er oplægsholderens navn). Referatet kan først sendes i høring, når alle er fjernet eller kvitteret.
      </p>
      <ul className="nobullet-list">
        {findings.map((finding) => (
          <li key={finding.id}>
            <FindingRow meetingId={meetingId} finding={finding} text={texts[finding.field]?.slice(finding.start, finding.end) ?? finding.preview} coordinates={coordinates} reload={reload} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingRow({ meetingId, finding, text, coordinates, reload }: { meetingId: string; finding: MinutesFinding; text: string; coordinates: boolean; reload: () => Promise<void> }) {
  const [reason, setReason] = useState('');
  const acknowledge = useAction();
  const label = `${FINDING_KINDS[finding.kind] ?? finding.kind} i ${fieldName(finding.field)}: »${text}«`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await acknowledge.run(() => request(ACKNOWLEDGE_MINUTES_FINDING, { input: { meetingId, findingId: finding.id, reason } }))) await reload();
  }

  if (finding.acknowledged) {
    return (
      <p>
        {label} · <strong>Kvitteret:</strong> {finding.reason}
      </p>
    );
  }
  if (!coordinates) return <p>{label} · mangler</p>;
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={`Kvittér: ${label}`}>
      <p>{label}</p>
      <ErrorSummary problems={acknowledge.problems} title="Kvitteringen blev ikke gemt" />
      <Field label="Hvorfor er det ikke en borgers oplysning?" hint="Fx »oplægsholderen« eller »rådhusets adresse«" error={fieldError(acknowledge.problems, 'reason')}>
        <input className="form-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required />
      </Field>
      <button type="submit" className="button button-secondary" disabled={acknowledge.pending || !reason.trim()}>
        Kvittér
      </button>
    </form>
  );
}
