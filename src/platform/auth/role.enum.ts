import { registerEnumType } from '@nestjs/graphql';

/**
 * What a caller may do beyond their own networks. Everyone with an active
 * staff record is STAFF; the other roles are held only where the
 * municipality's role grants say so (organisation/roles). Network roles
 * (coordinator, member, resource person) come from network membership and
 * are checked by the network services.
 */
export enum Role {
  /** Every signed-in member of staff. */
  STAFF = 'staff',
  /** Administers the municipality: departments, staff, policies, role grants. */
  MUNICIPALITY_ADMIN = 'municipality_admin',
  /** The data-protection officer: oversees exchanges of personal data. */
  DATA_PROTECTION_OFFICER = 'data_protection_officer',
}

registerEnumType(Role, { name: 'Role' });

export const ALL_ROLES = Object.values(Role) as Role[];

/** The roles a municipality grants in its records (STAFF follows from the staff record itself). */
export enum GrantableRole {
  MUNICIPALITY_ADMIN = 'municipality_admin',
  DATA_PROTECTION_OFFICER = 'data_protection_officer',
}

registerEnumType(GrantableRole, { name: 'GrantableRole', description: 'A role held by grant in the municipality\'s records' });
