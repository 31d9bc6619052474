import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { MembershipRole } from './network-kind.enum';
import { Network } from './network.entity';

/**
 * One period of membership. Leaving sets `leftOn`; rejoining is a new row, so
 * the history of who was in the network when stays intact.
 */
@Entity('network_membership')
@Index('uq_network_membership_active', ['municipalityId', 'networkId', 'staffUserId'], { unique: true, where: '(left_on IS NULL)' })
@Index('ix_network_membership_staff', ['staffUserId'])
export class NetworkMembership extends TenantEntity {
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('network_id'))
  network?: Network;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('staff_user_id'))
  staffUser?: StaffUser;

  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role: MembershipRole;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}
