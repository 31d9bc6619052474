import { registerEnumType } from '@nestjs/graphql';

/**
 * The professional discipline a department belongs to. The first five are the
 * ones a resource network is expected to cover (DOMAIN.md); OTHER is for the
 * further departments a municipality adds (ethnic family team, youth centre...).
 */
export enum Discipline {
  HEALTH_VISITING = 'health_visiting',
  SCHOOL = 'school',
  SSP = 'ssp',
  HOUSING_SOCIAL_WORK = 'housing_social_work',
  JOBCENTRE = 'jobcentre',
  OTHER = 'other',
  /** Copenhagen's integration centre (Københavns Kommunes Integrationscenter) and the like. */
  INTEGRATION_CENTRE = 'integration_centre',
  /** Youth units and youth guidance (ungeenheder, UU). */
  YOUTH_UNIT = 'youth_unit',
}

export const CORE_DISCIPLINES: readonly Discipline[] = [
  Discipline.HEALTH_VISITING,
  Discipline.SCHOOL,
  Discipline.SSP,
  Discipline.HOUSING_SOCIAL_WORK,
  Discipline.JOBCENTRE,
];

registerEnumType(Discipline, { name: 'Discipline', description: 'Professional discipline of a department' });
