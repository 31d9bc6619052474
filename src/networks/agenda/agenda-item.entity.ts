import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Meeting } from '../meetings/meeting.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { AgendaItemType } from './agenda-item-type.enum';

/** One item of a meeting's agenda. Start and end are computed (agenda-schedule.ts), not stored. */
@Entity('agenda_item')
@Index('uq_agenda_item_position', ['municipalityId', 'meetingId', 'position'], { unique: true })
@Index('uq_agenda_item_tenant_key', ['id', 'municipalityId'], { unique: true })
@Check('ck_agenda_item_duration', '"duration_minutes" > 0')
export class AgendaItem extends TenantEntity {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('meeting_id'))
  meeting?: Meeting;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'enum', enum: AgendaItemType, enumName: 'agenda_item_type' })
  type: AgendaItemType;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ name: 'presenter_id', type: 'uuid', nullable: true })
  presenterId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('presenter_id'))
  presenter?: StaffUser;

  /** Set for an external talk's item: the talk owns its time, and the agenda cannot drop it while the talk stands. */
  @Column({ name: 'talk_id', type: 'uuid', nullable: true })
  talkId: string | null;

  // Named, not imported: talks (speakers area) build on meetings, not the
  // reverse. The relation is here only for its foreign key.
  @ManyToOne('Talk', { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('talk_id'))
  talk?: { id: string };

  /** An item that must start at a set time (an external speaker's slot); others follow on from the previous item. */
  @Column({ name: 'fixed_start', type: 'timestamptz', nullable: true })
  fixedStart: Date | null;
}
