import { Check, Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Network } from '../networks/network.entity';
import { MeetingSeries } from './meeting-series.entity';
import { MeetingStatus } from './meeting-status.enum';

@Entity('meeting')
@Index('uq_meeting_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_meeting_network_start', ['networkId', 'startsAt', 'id'])
@Check('ck_meeting_ends_after_start', '"ends_at" > "starts_at"')
export class Meeting extends TenantEntity {
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('network_id'))
  network?: Network;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => MeetingSeries, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('series_id'))
  series?: MeetingSeries;

  /** For an occurrence of a series: the start the rule gave it (RFC 5545 RECURRENCE-ID), kept when it is moved. */
  @Column({ name: 'recurrence_id', type: 'timestamptz', nullable: true })
  recurrenceId: Date | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 1000, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.PLANNED })
  status: MeetingStatus;

  /** iCalendar SEQUENCE: raised on every change a calendar must pick up (time, place, cancellation). */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  /** Set by TypeORM on every save and update: the calendar feed's DTSTAMP and Last-Modified. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 500, nullable: true })
  cancellationReason: string | null;
}
