import { SetMetadata } from '@nestjs/common';
import { Role } from './role.enum';

export const ACCESS_KEY = 'nsk:access';

export type AccessDeclaration = { public: true } | { roles: Role[] };

/**
 * Declares who may call an operation. The guard refuses any query or
 * mutation without a declaration, so forgetting it fails closed.
 */
export const Allow = (...roles: [Role, ...Role[]]) => SetMetadata(ACCESS_KEY, { roles } satisfies AccessDeclaration);

/** Declares an operation reachable without a token. Use sparingly and say why at the call site. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessDeclaration);

export const FIELD_ACCESS_KEY = 'nsk:field-access';

/**
 * Who sees what a field resolver returns, in words: the access table test
 * lists every field resolver with it, so a new field that crosses to another
 * object cannot arrive without saying who may follow it. The decision itself
 * is made in the resolver (network and meeting content through
 * NetworkAccessService); the field-access walk test checks it from every root.
 */
export const FieldAccess = (rule: FieldRule) => SetMetadata(FIELD_ACCESS_KEY, rule);

export enum FieldRule {
  /** NetworkAccessService.networkContent: current members and the admin. */
  NETWORK_CONTENT = 'network content: current members and the admin',
  /** NetworkAccessService.meetingContent: whoever may see the meeting (a former member: meetings from before they left). */
  MEETING_CONTENT = 'meeting content: whoever may see the meeting',
  /** Names and departments of colleagues: any member of staff of the municipality. */
  COLLEAGUE = 'a colleague or department: any member of staff',
  /** The speaker directory (not its contacts): any member of staff. */
  DIRECTORY = 'the speaker directory: any member of staff',
  /** A speaker's contact details: coordinators and the admin (decided in the field). */
  COORDINATORS = 'coordinators and the admin',
  /** The published preparedness plan: any member of staff. */
  PUBLISHED = 'published guidance: any member of staff',
  /** Part of a team's own casework, reachable only from the team's checked reads. */
  TEAM_CASEWORK = "the team's own casework: decided where the case is read",
  /** A talk's own history, reachable only from a talk one may see. */
  TALK_HISTORY = "the talk's history: whoever may see the talk",
  /** Housing areas, local actors (not their contacts), engagements and the civil-society strategy: any member of staff. */
  COMMUNITY = 'local actors, housing areas and engagements: any member of staff',
  /** A local actor's contact details: the one who holds the relationship, coordinators and the admin (decided in the field). */
  LOCAL_ACTOR_CONTACT = "a local actor's contact: its holder, coordinators and the admin",
}
