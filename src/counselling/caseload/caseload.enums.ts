import { registerEnumType } from '@nestjs/graphql';

/** The counsellor's part in a case, as Copenhagen reports it. */
export enum CounsellorRole {
  INFORMED_ONLY = 'informed_only',
  ADVICE_AND_SPARRING = 'advice_and_sparring',
  CASE_OWNER_FROM_START = 'case_owner_from_start',
  TOOK_OVER = 'took_over',
}

/** The jobcentre's target groups. */
export enum TargetGroup {
  ACTIVITY_READY = 'activity_ready',
  JOB_OR_EDUCATION_READY = 'job_or_education_ready',
  INTEGRATION_PROGRAMME = 'integration_programme',
  SELF_SUPPORTING = 'self_supporting',
  OTHER = 'other',
}

/** The age bands of the adult caseload statistics; never an age. */
export enum CaseloadAgeBand {
  UNDER_30 = 'under_30',
  AGE_30_49 = '30_49',
  AGE_50_PLUS = '50_plus',
  UNKNOWN = 'unknown',
}

export enum CaseloadOutcome {
  JOB = 'job',
  EDUCATION = 'education',
  NEITHER = 'neither',
}

export enum EscalationTarget {
  SPECIALIST_TEAM = 'specialist_team',
  SAFETY_CONSULTANT = 'safety_consultant',
}

export enum EscalationReason {
  ACUTE = 'acute',
  VIOLENCE = 'violence',
  RISK = 'risk',
  OTHER = 'other',
}

export enum EscalationStatus {
  SENT = 'sent',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  COMPLETED = 'completed',
}

export enum RiskLevel {
  LOW = 'low',
  MODERATE = 'moderate',
  HIGH = 'high',
}

for (const [enumRef, name] of [
  [CounsellorRole, 'CounsellorRole'],
  [TargetGroup, 'TargetGroup'],
  [CaseloadAgeBand, 'CaseloadAgeBand'],
  [CaseloadOutcome, 'CaseloadOutcome'],
  [EscalationTarget, 'EscalationTarget'],
  [EscalationReason, 'EscalationReason'],
  [EscalationStatus, 'EscalationStatus'],
  [RiskLevel, 'RiskLevel'],
] as const) {
  registerEnumType(enumRef, { name });
}
