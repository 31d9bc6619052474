import { ConsentEventKind, ConsentStatus, DataCategory, ExchangePurpose, RefusalReason } from './consent.enums';

export interface ConsentRecord {
  id: string;
  fromDepartmentIds: string[];
  toDepartmentIds: string[];
  categories: DataCategory[];
  purposes: ExchangePurpose[];
  validFrom: Date;
  validTo: Date;
  events: { kind: ConsentEventKind; occurredAt: Date }[];
}

export interface ExchangeRequest {
  fromDepartmentId: string;
  toDepartmentId: string;
  categories: DataCategory[];
  purpose: ExchangePurpose;
  at: Date;
}

export type Decision = { permitted: true; consentId: string } | { permitted: false; reason: RefusalReason };

/** A consent's state at a moment: withdrawal wins, then the validity period. */
export function consentStatus(consent: Pick<ConsentRecord, 'validFrom' | 'validTo' | 'events'>, at: Date): ConsentStatus {
  // A recorded withdrawal counts from the moment it committed, by the order of
  // events under the citizen's lock, never by comparing its time (another
  // server's clock) with this one's: a server running behind must not treat it
  // as still to come.
  if (consent.events.some((e) => e.kind === ConsentEventKind.WITHDRAWN)) return ConsentStatus.WITHDRAWN;
  if (at.getTime() >= consent.validTo.getTime()) return ConsentStatus.EXPIRED;
  if (at.getTime() < consent.validFrom.getTime()) return ConsentStatus.NOT_YET_VALID;
  return ConsentStatus.ACTIVE;
}

/** Checks in the order a person would explain a refusal; the index is how far a consent got. */
const CHECKS: { reason: RefusalReason; passes: (c: ConsentRecord, r: ExchangeRequest) => boolean }[] = [
  { reason: RefusalReason.CONSENT_WITHDRAWN, passes: (c, r) => consentStatus(c, r.at) !== ConsentStatus.WITHDRAWN },
  { reason: RefusalReason.CONSENT_EXPIRED, passes: (c, r) => consentStatus(c, r.at) === ConsentStatus.ACTIVE },
  {
    reason: RefusalReason.DEPARTMENT_NOT_COVERED,
    passes: (c, r) => c.fromDepartmentIds.includes(r.fromDepartmentId) && c.toDepartmentIds.includes(r.toDepartmentId),
  },
  { reason: RefusalReason.CATEGORY_NOT_COVERED, passes: (c, r) => r.categories.every((category) => c.categories.includes(category)) },
  { reason: RefusalReason.PURPOSE_NOT_COVERED, passes: (c, r) => c.purposes.includes(r.purpose) },
];

/**
 * Permitted when one recorded consent covers everything: still valid and not
 * withdrawn, these departments in this direction, every category, the
 * purpose. Otherwise the reason comes from the consent that came closest, so
 * the member is told what is actually missing.
 */
export function decideOnConsent(consents: ConsentRecord[], request: ExchangeRequest): Decision {
  if (consents.length === 0) return { permitted: false, reason: RefusalReason.NO_CONSENT };
  let closest = { passed: -1, reason: RefusalReason.NO_CONSENT };
  for (const consent of consents) {
    const failed = CHECKS.findIndex((check) => !check.passes(consent, request));
    if (failed === -1) return { permitted: true, consentId: consent.id };
    if (failed > closest.passed) closest = { passed: failed, reason: CHECKS[failed].reason };
  }
  return { permitted: false, reason: closest.reason };
}
