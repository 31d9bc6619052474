import { registerEnumType } from '@nestjs/graphql';

export enum ConcernCategory {
  RESTRICTED_FREEDOM_OF_MOVEMENT = 'restricted_freedom_of_movement',
  CONTROL_OF_RELATIONSHIPS_AND_MARRIAGE = 'control_of_relationships_and_marriage',
  ECONOMIC_CONTROL = 'economic_control',
  DIGITAL_CONTROL = 'digital_control',
  THREATS_OR_VIOLENCE = 'threats_or_violence',
  RISK_OF_BEING_TAKEN_ABROAD = 'risk_of_being_taken_abroad',
  OTHER = 'other',
}

/** Age bands, never an age. */
export enum AgeBand {
  AGE_0_5 = '0-5',
  AGE_6_12 = '6-12',
  AGE_13_17 = '13-17',
  AGE_18_24 = '18-24',
  AGE_25_29 = '25-29',
  AGE_30_49 = '30-49',
  AGE_50_PLUS = '50+',
}

export enum Affected {
  THE_PERSON = 'the_person',
  CHILDREN_IN_HOUSEHOLD = 'children_in_household',
}

export enum CaseStatus {
  OPEN = 'open',
  CLOSED = 'closed',
}

for (const [enumRef, name] of [
  [ConcernCategory, 'ConcernCategory'],
  [AgeBand, 'AgeBand'],
  [Affected, 'Affected'],
  [CaseStatus, 'CaseStatus'],
] as const) {
  registerEnumType(enumRef, { name });
}
