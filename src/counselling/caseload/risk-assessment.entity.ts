import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { RiskLevel } from './caseload.enums';
import { CounsellingCase } from './counselling-case.entity';

/** A PATRIARK risk assessment of a case, by a member certified in the tool on that date. */
@Entity('risk_assessment')
@Index('uq_risk_assessment_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_risk_assessment_case', ['caseId', 'assessedOn'])
@Check('ck_risk_assessment_review_after', 'next_review_on > assessed_on')
export class RiskAssessment extends TenantEntity {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CounsellingCase, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('case_id'))
  case?: CounsellingCase;

  @Column({ name: 'assessed_by_id', type: 'uuid' })
  assessedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('assessed_by_id'))
  assessedBy?: StaffUser;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ type: 'enum', enum: RiskLevel, enumName: 'risk_level' })
  level: RiskLevel;

  @Column({ name: 'next_review_on', type: 'date' })
  nextReviewOn: string;
}
