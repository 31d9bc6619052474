import { Role } from './role.enum';

/** What a verified token says, and all it is trusted for: who, in which municipality, and which roles the session may use at most. */
export interface TokenClaims {
  /** The identity provider's subject (`sub`); matches StaffUser.subject. */
  subject: string;
  municipalityId: string;
  /** The token's `roles` claim, when it has one: narrows the session, never grants. */
  requestedRoles?: Role[];
}

/**
 * Who is calling, as the municipality's own records say: the active staff
 * record for the token's subject, with the roles granted to it (narrowed by
 * the token's `roles` claim). Resolved once per request.
 */
export interface Principal {
  subject: string;
  municipalityId: string;
  staffId: string;
  roles: Role[];
}

/** Resolves a token's claims to the caller's record; null when there is no active staff record for them. */
export interface PrincipalDirectory {
  resolve(claims: TokenClaims): Promise<Principal | null>;
}

/** Provided by the organisation area (staff and role grants); the platform knows only the interface. */
export const PRINCIPAL_DIRECTORY = Symbol('PrincipalDirectory');

/** STAFF for everyone with a record, plus what is granted; a `roles` claim keeps only what it names. */
export function effectiveRoles(granted: readonly Role[], requested?: readonly Role[]): Role[] {
  const kept = requested ? granted.filter((role) => requested.includes(role)) : granted;
  return [...new Set<Role>([Role.STAFF, ...kept])];
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}
