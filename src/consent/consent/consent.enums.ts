import { registerEnumType } from '@nestjs/graphql';

export enum DataCategory {
  FAMILY_SITUATION = 'family_situation',
  HEALTH = 'health',
  EMPLOYMENT_AND_INCOME = 'employment_and_income',
  HOUSING = 'housing',
  SCHOOL_ATTENDANCE = 'school_attendance',
  POLICE_CONTACT = 'police_contact',
}

export enum ExchangePurpose {
  CASE_SPARRING = 'case_sparring',
  COORDINATED_EFFORT = 'coordinated_effort',
}

export enum ConsentMethod {
  SIGNED_FORM = 'signed_form',
  DIGITAL_SIGNATURE = 'digital_signature',
  /** Given orally and recorded by the named member of staff. */
  ORAL_RECORDED = 'oral_recorded',
}

export enum ConsentGivenBy {
  CITIZEN = 'citizen',
  /** For a child under 15 (and optionally 15-17): the holder of custody. */
  CUSTODY_HOLDER = 'custody_holder',
}

/** Who holds custody and consented for a child: a relation, never a name (so nothing here can identify anyone). */
export enum CustodyHolderRelation {
  MOTHER = 'mother',
  FATHER = 'father',
  BOTH_PARENTS = 'both_parents',
  APPOINTED_CUSTODIAN = 'appointed_custodian',
  OTHER_CUSTODY_HOLDER = 'other_custody_holder',
}

export enum ConsentEventKind {
  WITHDRAWN = 'withdrawn',
  EXPIRED = 'expired',
}

export enum ConsentStatus {
  ACTIVE = 'active',
  NOT_YET_VALID = 'not_yet_valid',
  WITHDRAWN = 'withdrawn',
  EXPIRED = 'expired',
}

export enum RefusalReason {
  NO_CONSENT = 'no_consent',
  CONSENT_WITHDRAWN = 'consent_withdrawn',
  CONSENT_EXPIRED = 'consent_expired',
  DEPARTMENT_NOT_COVERED = 'department_not_covered',
  CATEGORY_NOT_COVERED = 'category_not_covered',
  PURPOSE_NOT_COVERED = 'purpose_not_covered',
  NOT_ALLOWED_BY_POLICY = 'not_allowed_by_policy',
}

/** Statutory bases for an exchange without consent; each is marked for the data-protection officer's review. */
export enum LegalBasis {
  /** SSP exchange under the Administration of Justice Act (retsplejeloven) § 115. */
  SSP_ADMINISTRATION_OF_JUSTICE_ACT_115 = 'ssp_aja_115',
  /** The duty to notify about a child at risk (underretningspligt). */
  CHILD_AT_RISK_NOTIFICATION = 'child_at_risk_notification',
  /** Acute danger to life or health. */
  ACUTE_DANGER = 'acute_danger',
  /** A unified administration's relevance rule (enhedsforvaltning); only where the municipality enables it. */
  UNIFIED_ADMINISTRATION = 'unified_administration',
}

export enum ExchangeDecision {
  PERMITTED = 'permitted',
  REFUSED = 'refused',
}

export enum ReviewStatus {
  NOT_REQUIRED = 'not_required',
  PENDING = 'pending',
  REVIEWED = 'reviewed',
}

for (const [enumRef, name] of [
  [DataCategory, 'DataCategory'],
  [ExchangePurpose, 'ExchangePurpose'],
  [ConsentMethod, 'ConsentMethod'],
  [ConsentGivenBy, 'ConsentGivenBy'],
  [CustodyHolderRelation, 'CustodyHolderRelation'],
  [ConsentStatus, 'ConsentStatus'],
  [RefusalReason, 'RefusalReason'],
  [LegalBasis, 'LegalBasis'],
  [ExchangeDecision, 'ExchangeDecision'],
  [ReviewStatus, 'ReviewStatus'],
] as const) {
  registerEnumType(enumRef, { name });
}
