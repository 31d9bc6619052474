import { registerEnumType } from '@nestjs/graphql';

/** The situation questions staff answer to find the card that fits. */
export enum ConcernLevel {
  SUSPICION = 'suspicion',
  KNOWLEDGE = 'knowledge',
}

export enum PersonConcerned {
  CHILD = 'child',
  ADULT = 'adult',
}

export enum ContactKind {
  SPECIALIST_TEAM = 'specialist_team',
  SAFETY_CONSULTANT = 'safety_consultant',
  POLICE = 'police',
  RESOURCE_PERSONS = 'resource_persons',
  OTHER = 'other',
}

registerEnumType(ConcernLevel, { name: 'ConcernLevel' });
registerEnumType(PersonConcerned, { name: 'PersonConcerned' });
registerEnumType(ContactKind, { name: 'ContactKind' });
