import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Department } from '../../organisation/departments/department.entity';
import { Discipline } from '../../organisation/departments/discipline.enum';
import { Network } from '../../networks/networks/network.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { InquiryChannel, InquirySource, InquirySubject } from './inquiry.enums';

/**
 * One inquiry to a team's resource person or counsellor. By construction it
 * holds no citizen identity and no free text: who asked is a kind (and for a
 * colleague, their department and discipline), never a person.
 */
@Entity('inquiry')
@Index('uq_inquiry_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_inquiry_team_received', ['teamId', 'receivedOn'])
export class Inquiry extends TenantEntity {
  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('team_id'))
  team?: Network;

  @Column({ name: 'received_by_id', type: 'uuid' })
  receivedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('received_by_id'))
  receivedBy?: StaffUser;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'enum', enum: InquiryChannel, enumName: 'inquiry_channel' })
  channel: InquiryChannel;

  @Column({ type: 'enum', enum: InquirySource, enumName: 'inquiry_source' })
  source: InquirySource;

  @Column({ name: 'asker_department_id', type: 'uuid', nullable: true })
  askerDepartmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('asker_department_id'))
  askerDepartment?: Department;

  @Column({ name: 'asker_discipline', type: 'enum', enum: Discipline, enumName: 'discipline', nullable: true })
  askerDiscipline: Discipline | null;

  @Column({ type: 'enum', enum: InquirySubject, enumName: 'inquiry_subject' })
  subject: InquirySubject;

  /** The caseload case the inquiry led to, if any. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;
}
