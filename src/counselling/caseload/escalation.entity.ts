import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Network } from '../../networks/networks/network.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { EscalationReason, EscalationStatus, EscalationTarget } from './caseload.enums';
import { CounsellingCase } from './counselling-case.entity';

/** A case referred on to a specialist team or a safety consultant, and their answer. */
@Entity('escalation')
@Index('uq_escalation_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_escalation_case', ['caseId', 'createdAt'])
export class Escalation extends TenantEntity {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CounsellingCase, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('case_id'))
  case?: CounsellingCase;

  @Column({ type: 'enum', enum: EscalationTarget, enumName: 'escalation_target' })
  target: EscalationTarget;

  /** The municipality's own specialist team, when it is in the product (Aarhus' TÆK); its members answer. */
  @Column({ name: 'target_team_id', type: 'uuid', nullable: true })
  targetTeamId: string | null;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('target_team_id'))
  targetTeam?: Network;

  @Column({ type: 'enum', enum: EscalationReason, enumName: 'escalation_reason', array: true })
  reasons: EscalationReason[];

  @Column({ name: 'referred_by_id', type: 'uuid' })
  referredById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('referred_by_id'))
  referredBy?: StaffUser;

  @Column({ type: 'enum', enum: EscalationStatus, enumName: 'escalation_status', default: EscalationStatus.SENT })
  status: EscalationStatus;

  /** The receiver's answer; passed through the anonymisation scanner like every case text. */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ name: 'responded_by_id', type: 'uuid', nullable: true })
  respondedById: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('responded_by_id'))
  respondedBy?: StaffUser;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
