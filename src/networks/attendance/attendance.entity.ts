import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Meeting } from '../meetings/meeting.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

export enum Rsvp {
  YES = 'yes',
  NO = 'no',
  MAYBE = 'maybe',
}
registerEnumType(Rsvp, { name: 'Rsvp' });

/**
 * A member's answer before a meeting and presence at it. Who is invited is not
 * stored: it is whoever was a member when the meeting took place.
 */
@Entity('meeting_attendance')
@Index('uq_meeting_attendance', ['municipalityId', 'meetingId', 'staffUserId'], { unique: true })
export class Attendance extends TenantEntity {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('meeting_id'))
  meeting?: Meeting;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('staff_user_id'))
  staffUser?: StaffUser;

  @Column({ type: 'enum', enum: Rsvp, enumName: 'rsvp', nullable: true })
  rsvp: Rsvp | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** Recorded at the meeting; null until then. */
  @Column({ type: 'boolean', nullable: true })
  present: boolean | null;
}
