import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { GrantableRole } from '../../platform/auth/role.enum';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { StaffUser } from '../staff/staff-user.entity';

/**
 * A municipality's record that a member of staff holds a role beyond staff
 * (municipality admin, data-protection officer). The records are the
 * authority: a token can narrow a session to fewer roles, never add one.
 * Grants are never deleted; withdrawing one sets `revokedAt`.
 */
@Entity('role_grant')
@Index('uq_role_grant_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('uq_role_grant_active', ['municipalityId', 'staffId', 'role'], { unique: true, where: '"revoked_at" IS NULL' })
export class RoleGrant extends TenantEntity {
  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('staff_id'))
  staff?: StaffUser;

  @Column({ type: 'enum', enum: GrantableRole, enumName: 'granted_role' })
  role: GrantableRole;

  /** Null for the first admin, provisioned by the operator. */
  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;
}
