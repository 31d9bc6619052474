import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Network } from '../networks/network.entity';

/**
 * A recurring meeting. Occurrences are stored as Meeting rows (so one can be
 * moved or cancelled on its own); the series keeps the rule they came from.
 */
@Entity('meeting_series')
@Index('uq_meeting_series_tenant_key', ['id', 'municipalityId'], { unique: true })
export class MeetingSeries extends TenantEntity {
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('network_id'))
  network?: Network;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  rrule: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ name: 'first_starts_at', type: 'timestamptz' })
  firstStartsAt: Date;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;
}
