import { registerEnumType } from '@nestjs/graphql';

/** The organisational models in the source document. */
export enum NetworkKind {
  /** Gladsaxe: staff across departments, bimonthly meetings, case sparring, external talks. */
  RESOURCE_NETWORK = 'resource_network',
  /** Horsens: a cross-disciplinary working group, e.g. the one that wrote the preparedness plan. */
  WORKING_GROUP = 'working_group',
  /** Copenhagen: social-control counsellors with weekly team sparring. */
  COUNSELLOR_TEAM = 'counsellor_team',
  /** Aarhus TÆK, Odense's strategic unit: a small specialist team. */
  SPECIALIST_TEAM = 'specialist_team',
}

export enum MembershipRole {
  COORDINATOR = 'coordinator',
  MEMBER = 'member',
  RESOURCE_PERSON = 'resource_person',
}

registerEnumType(NetworkKind, { name: 'NetworkKind' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
