import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Meeting } from '../meetings/meeting.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

export enum MinutesStatus {
  DRAFT = 'draft',
  CIRCULATED = 'circulated',
  APPROVED = 'approved',
}
registerEnumType(MinutesStatus, { name: 'MinutesStatus' });

/**
 * One version of a meeting's minutes. An approved version is immutable (a
 * database trigger refuses updates and deletes); a correction is a new
 * version, so every earlier text stays readable with its author and time.
 */
/** A possible identifier in the text: where, of which kind, a masked preview; never the value. `id` is a keyed hash of field, kind and value, so it survives edits elsewhere in the text. */
export interface StoredMinutesFinding {
  id: string;
  field: string;
  kind: string;
  start: number;
  end: number;
  preview: string;
}

/** The coordinator's word that a finding is not a citizen's identifier (a presenter's name, an institution's address). */
export interface FindingAcknowledgement {
  findingId: string;
  reason: string;
  byId: string;
  at: string;
}

@Entity('minutes_version')
@Index('uq_minutes_version', ['municipalityId', 'meetingId', 'version'], { unique: true })
export class MinutesVersion extends TenantEntity {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('meeting_id'))
  meeting?: Meeting;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: MinutesStatus, enumName: 'minutes_status', default: MinutesStatus.DRAFT })
  status: MinutesStatus;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  decisions: string[];

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('author_id'))
  author?: StaffUser;

  /** Why a correction was made; required for every version after an approved one. */
  @Column({ name: 'change_note', type: 'varchar', length: 1000, nullable: true })
  changeNote: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'circulated_at', type: 'timestamptz', nullable: true })
  circulatedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings: StoredMinutesFinding[];

  @Column({ name: 'finding_acknowledgements', type: 'jsonb', default: () => "'[]'" })
  findingAcknowledgements: FindingAcknowledgement[];

  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('approved_by_id'))
  approvedBy?: StaffUser;
}
