import { Role } from './role.enum';

/** Who is calling, as stated by a verified token. */
export interface Principal {
  /** The identity provider's subject (`sub`); matches StaffUser.subject. */
  subject: string;
  municipalityId: string;
  roles: Role[];
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}
