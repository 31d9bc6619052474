import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseStatus } from '../../cases/discussions/case.enums';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Network } from '../../networks/networks/network.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { CaseloadAgeBand, CaseloadOutcome, CounsellorRole, TargetGroup } from './caseload.enums';

/**
 * A concrete citizen case in a counsellor's caseload. It is known by the same
 * kind of non-identifying reference as the anonymised case discussions, and
 * holds only categories: nothing in it names or describes the citizen.
 */
@Entity('counselling_case')
@Index('uq_counselling_case_reference', ['municipalityId', 'reference'], { unique: true })
@Index('uq_counselling_case_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_counselling_case_team_opened', ['teamId', 'openedOn'])
export class CounsellingCase extends TenantEntity {
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('team_id'))
  team?: Network;

  @Column({ name: 'counsellor_id', type: 'uuid' })
  counsellorId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('counsellor_id'))
  counsellor?: StaffUser;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'counsellor_role', type: 'enum', enum: CounsellorRole, enumName: 'counsellor_role' })
  counsellorRole: CounsellorRole;

  @Column({ name: 'target_group', type: 'enum', enum: TargetGroup, enumName: 'target_group' })
  targetGroup: TargetGroup;

  @Column({ name: 'age_band', type: 'enum', enum: CaseloadAgeBand, enumName: 'caseload_age_band' })
  ageBand: CaseloadAgeBand;

  /** Is negative social control assessed as a barrier to employment? Null: not assessed yet. */
  @Column({ name: 'barrier_to_employment', type: 'boolean', nullable: true })
  barrierToEmployment: boolean | null;

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.OPEN })
  status: CaseStatus;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'enum', enum: CaseloadOutcome, enumName: 'caseload_outcome', nullable: true })
  outcome: CaseloadOutcome | null;
}
