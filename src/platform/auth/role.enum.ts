import { registerEnumType } from '@nestjs/graphql';

/**
 * Roles carried in the token. Network roles (coordinator, member, resource
 * person) are not token roles: they come from network membership and are
 * checked by the network services.
 */
export enum Role {
  /** Every signed-in member of staff. */
  STAFF = 'staff',
  /** Administers the municipality: departments, staff, policies. */
  MUNICIPALITY_ADMIN = 'municipality_admin',
  /** The data-protection officer: oversees exchanges of personal data. */
  DATA_PROTECTION_OFFICER = 'data_protection_officer',
}

registerEnumType(Role, { name: 'Role' });

export const ALL_ROLES = Object.values(Role) as Role[];
