import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Meeting } from '../meetings/meeting.entity';
import { Network } from '../networks/network.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

export enum ActionItemStatus {
  OPEN = 'open',
  DONE = 'done',
}
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });

/** A follow-up agreed at a meeting. Open ones show on every later meeting of the network until done. */
@Entity('action_item')
@Index('ix_action_item_network_status', ['networkId', 'status', 'createdAt', 'id'])
@Index('ix_action_item_meeting', ['meetingId'])
export class ActionItem extends TenantEntity {
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('network_id'))
  network?: Network;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('meeting_id'))
  meeting?: Meeting;

  @Column({ type: 'varchar', length: 1000 })
  text: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('owner_id'))
  owner?: StaffUser;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'enum', enum: ActionItemStatus, enumName: 'action_item_status', default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** When the owner was reminded that the item is due (member notifications); null until then. */
  @Column({ name: 'due_reminder_sent_at', type: 'timestamptz', nullable: true })
  dueReminderSentAt: Date | null;
}
