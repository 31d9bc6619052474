import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Department } from '../../organisation/departments/department.entity';
import { Meeting } from '../meetings/meeting.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

/**
 * What a member carries back from a meeting to their own department: the
 * seed's point that members are resource persons for their colleagues. The
 * department is copied at the time, so a later move does not rewrite history.
 */
@Entity('knowledge_takeback')
@Index('uq_knowledge_takeback', ['municipalityId', 'meetingId', 'staffUserId'], { unique: true })
@Index('ix_knowledge_takeback_department', ['departmentId', 'createdAt'])
export class KnowledgeTakeBack extends TenantEntity {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('meeting_id'))
  meeting?: Meeting;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('staff_user_id'))
  staffUser?: StaffUser;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('department_id'))
  department?: Department;

  @Column({ type: 'text' })
  text: string;
}
