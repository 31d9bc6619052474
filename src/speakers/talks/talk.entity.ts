import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Meeting } from '../../networks/meetings/meeting.entity';
import { Speaker } from '../speakers/speaker.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

/** invited -> confirmed / declined; invited or confirmed -> cancelled. "Held" is shown once the meeting is held. */
export enum TalkStatus {
  INVITED = 'invited',
  CONFIRMED = 'confirmed',
  DECLINED = 'declined',
  CANCELLED = 'cancelled',
}
registerEnumType(TalkStatus, { name: 'TalkStatus' });

/** Statuses that hold the speaker's time. */
export const BOOKED: TalkStatus[] = [TalkStatus.INVITED, TalkStatus.CONFIRMED];

/** An external talk in a meeting; it also stands on the meeting's agenda as a fixed-time external-talk item. */
@Entity('talk')
@Index('uq_talk_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_talk_speaker_time', ['speakerId', 'startsAt'])
@Index('ix_talk_meeting', ['meetingId'])
@Check('ck_talk_period', '"ends_at" > "starts_at"')
export class Talk extends TenantEntity {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('meeting_id'))
  meeting?: Meeting;

  @Column({ name: 'speaker_id', type: 'uuid' })
  speakerId: string;

  @ManyToOne(() => Speaker, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('speaker_id'))
  speaker?: Speaker;

  @Column({ type: 'varchar', length: 300 })
  topic: string;

  /** Topic tags for the coverage view (the speaker's tags unless chosen). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'enum', enum: TalkStatus, enumName: 'talk_status', default: TalkStatus.INVITED })
  status: TalkStatus;

  /** iCalendar SEQUENCE of the invitation sent to the speaker. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  /** When the speaker answered through the signed link; a link works once. */
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'invited_by_id', type: 'uuid' })
  invitedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('invited_by_id'))
  invitedBy?: StaffUser;
}

/** Who changed a talk's status, and when; null `changedById` is the speaker through the signed link. */
@Entity('talk_status_change')
@Index('ix_talk_status_change_talk', ['talkId', 'createdAt'])
export class TalkStatusChange extends TenantEntity {
  @Column({ name: 'talk_id', type: 'uuid' })
  talkId: string;

  @ManyToOne(() => Talk, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('talk_id'))
  talk?: Talk;

  @Column({ name: 'from_status', type: 'enum', enum: TalkStatus, enumName: 'talk_status', nullable: true })
  fromStatus: TalkStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: TalkStatus, enumName: 'talk_status' })
  toStatus: TalkStatus;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('changed_by_id'))
  changedBy?: StaffUser;
}

/** An attendee's rating of a talk, one per member. */
@Entity('talk_rating')
@Index('uq_talk_rating', ['municipalityId', 'talkId', 'staffUserId'], { unique: true })
@Check('ck_talk_rating_score', '"score" BETWEEN 1 AND 5')
export class TalkRating extends TenantEntity {
  @Column({ name: 'talk_id', type: 'uuid' })
  talkId: string;

  @ManyToOne(() => Talk, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('talk_id'))
  talk?: Talk;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('staff_user_id'))
  staffUser?: StaffUser;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;
}
