import { registerEnumType } from '@nestjs/graphql';

/** The local actors the source's municipalities work through (Gladsaxe, Høje Taastrup, Odense). */
export enum LocalActorKind {
  NEIGHBOURHOOD_MOTHERS = 'neighbourhood_mothers',
  FATHER_GROUP = 'father_group',
  HOUSING_STAFF = 'housing_staff',
  FAITH_COMMUNITY = 'faith_community',
  GENERAL_PRACTITIONER = 'general_practitioner',
  CIVIL_SOCIETY_ORGANISATION = 'civil_society_organisation',
  POLICE = 'police',
  OTHER = 'other',
}
registerEnumType(LocalActorKind, { name: 'LocalActorKind' });

export enum EngagementKind {
  DIALOGUE_MEETING = 'dialogue_meeting',
  JOINT_ACTIVITY = 'joint_activity',
  NORM_CHANGE_INITIATIVE = 'norm_change_initiative',
  REFERRAL_ROUTE = 'referral_route',
}
registerEnumType(EngagementKind, { name: 'EngagementKind' });
