import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { Meeting } from '../meetings/meeting.entity';

/** What a member is mailed about. A member without a row gets every kind, with a reminder 24 hours ahead. */
@Entity('notification_preference')
@Index('uq_notification_preference_staff', ['municipalityId', 'staffUserId'], { unique: true })
@Index('uq_notification_preference_tenant_key', ['id', 'municipalityId'], { unique: true })
@Check('ck_notification_reminder_hours', '"reminder_hours_before" BETWEEN 1 AND 336')
export class NotificationPreference extends TenantEntity {
  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('staff_user_id'))
  staffUser?: StaffUser;

  @Column({ name: 'agenda_published', type: 'boolean', default: true })
  agendaPublished: boolean;

  @Column({ name: 'minutes_for_approval', type: 'boolean', default: true })
  minutesForApproval: boolean;

  @Column({ name: 'meeting_reminder', type: 'boolean', default: true })
  meetingReminder: boolean;

  @Column({ name: 'action_items', type: 'boolean', default: true })
  actionItems: boolean;

  @Column({ name: 'reminder_hours_before', type: 'int', default: 24 })
  reminderHoursBefore: number;
}

/** A reminder sent: at most one per member, meeting and start time (a moved meeting is reminded again). */
@Entity('meeting_reminder')
@Index('uq_meeting_reminder', ['municipalityId', 'meetingId', 'staffUserId', 'startsAt'], { unique: true })
@Index('uq_meeting_reminder_tenant_key', ['id', 'municipalityId'], { unique: true })
export class MeetingReminder extends TenantEntity {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('meeting_id'))
  meeting?: Meeting;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('staff_user_id'))
  staffUser?: StaffUser;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;
}
