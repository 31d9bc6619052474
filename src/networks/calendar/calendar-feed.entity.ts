import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Network } from '../networks/network.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

/**
 * A calendar subscription URL. Only the SHA-256 of its secret is stored; the
 * URL is shown once, when created. A feed is the owner's (all their networks)
 * or one network's.
 */
@Entity('calendar_feed')
// Tokens are 256 random bits, so unique per municipality is unique; the lookup by token alone has an index of its own.
@Index('uq_calendar_feed_token', ['municipalityId', 'tokenHash'], { unique: true })
@Index('ix_calendar_feed_token', ['tokenHash'])
export class CalendarFeed extends TenantEntity {
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('owner_id'))
  owner?: StaffUser;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('network_id'))
  network?: Network;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
