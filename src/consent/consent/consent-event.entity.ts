import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { ConsentEventKind } from './consent.enums';
import { Consent } from './consent.entity';

/** A withdrawal or an expiry: a new entry, never a change to the consent. */
@Entity('consent_event')
@Index('uq_consent_event_kind', ['municipalityId', 'consentId', 'kind'], { unique: true })
export class ConsentEvent extends TenantEntity {
  @Column({ name: 'consent_id', type: 'uuid' })
  consentId: string;

  @ManyToOne(() => Consent, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('consent_id'))
  consent?: Consent;

  @Column({ type: 'enum', enum: ConsentEventKind, enumName: 'consent_event_kind' })
  kind: ConsentEventKind;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Null for an expiry, which the system records. */
  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('recorded_by_id'))
  recordedBy?: StaffUser;
}
