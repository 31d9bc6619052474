import { AppError } from '../../platform/errors/app-error';
import { quasiIdentifierWarning } from './quasi-identifiers';
import { Finding, scanText } from './scanner';

export const PERSONAL_DATA_DETECTED = 'PERSONAL_DATA_DETECTED';
export const QUASI_IDENTIFIERS_UNACKNOWLEDGED = 'QUASI_IDENTIFIERS_UNACKNOWLEDGED';

/**
 * The one gate every free text of a case or response passes before it is
 * stored. Refuses with the findings (field, kind, offsets, masked preview),
 * never the values; and refuses an unacknowledged quasi-identifier mix.
 */
export function assertAnonymous(fields: Record<string, string | null | undefined>, quasiAcknowledged = true): void {
  refuseFindings(findPersonalData(fields));
  if (!quasiAcknowledged) {
    const combined = Object.values(fields).filter(Boolean).join('\n');
    const warning = quasiIdentifierWarning(combined);
    if (warning) {
      throw new AppError(
        QUASI_IDENTIFIERS_UNACKNOWLEDGED,
        'The text combines an exact age, a named school or institution and a named housing area or street, which together can identify a family; rephrase, or acknowledge the warning',
        { warning },
      );
    }
  }
}

export type FieldFinding = Finding & { field: string };

/** Every direct identifier in the fields, with the field it is in. */
export function findPersonalData(fields: Record<string, string | null | undefined>): FieldFinding[] {
  const findings: FieldFinding[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (text) findings.push(...scanText(text).map((finding) => ({ ...finding, field })));
  }
  return findings;
}

/** Refuses the write when there are findings: PERSONAL_DATA_DETECTED with field, kind, offsets and a masked preview, never the values. */
export function refuseFindings(findings: FieldFinding[]): void {
  if (findings.length > 0) {
    throw new AppError(
      PERSONAL_DATA_DETECTED,
      `The text contains ${findings.length} direct identifier${findings.length === 1 ? '' : 's'} (${[...new Set(findings.map((f) => f.kind))].join(', ')}); remove them or accept the suggested redaction`,
      { findings },
    );
  }
}
