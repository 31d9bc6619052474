import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Citizen } from '../citizens/citizen.entity';
import { DataCategory, ExchangeDecision, ExchangePurpose, LegalBasis, RefusalReason, ReviewStatus } from '../consent/consent.enums';
import { Consent } from '../consent/consent.entity';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Department } from '../../organisation/departments/department.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

/**
 * One gated transfer of personal data between departments, with its
 * decision. The content is kept only when permitted, sealed with AES-256-GCM.
 */
@Entity('exchange')
@Index('uq_exchange_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_exchange_conversation', ['conversationId', 'createdAt'])
@Index('ix_exchange_to_department', ['toDepartmentId', 'createdAt'])
@Index('ix_exchange_review', ['reviewStatus'])
export class Exchange extends TenantEntity {
  /** The case-sparring conversation this request or reply belongs to. */
  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @Column({ name: 'in_reply_to_id', type: 'uuid', nullable: true })
  inReplyToId: string | null;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('citizen_id'))
  citizen?: Citizen;

  @Column({ name: 'from_department_id', type: 'uuid' })
  fromDepartmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('from_department_id'))
  fromDepartment?: Department;

  @Column({ name: 'to_department_id', type: 'uuid' })
  toDepartmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('to_department_id'))
  toDepartment?: Department;

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  categories: DataCategory[];

  @Column({ type: 'enum', enum: ExchangePurpose, enumName: 'exchange_purpose' })
  purpose: ExchangePurpose;

  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('requested_by_id'))
  requestedBy?: StaffUser;

  @Column({ type: 'enum', enum: ExchangeDecision, enumName: 'exchange_decision' })
  decision: ExchangeDecision;

  @Column({ name: 'refusal_reason', type: 'enum', enum: RefusalReason, enumName: 'refusal_reason', nullable: true })
  refusalReason: RefusalReason | null;

  @Column({ name: 'consent_id', type: 'uuid', nullable: true })
  consentId: string | null;

  @ManyToOne(() => Consent, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('consent_id'))
  consent?: Consent;

  @Column({ name: 'legal_basis', type: 'enum', enum: LegalBasis, enumName: 'legal_basis', nullable: true })
  legalBasis: LegalBasis | null;

  /** The written justification of a statutory exchange, sealed like the content. */
  @Column({ name: 'justification_sealed', type: 'bytea', nullable: true })
  justificationSealed: Buffer | null;

  @Column({ name: 'content_sealed', type: 'bytea', nullable: true })
  contentSealed: Buffer | null;

  /** Set when the content was erased after the consent it relied on was withdrawn. */
  @Column({ name: 'content_erased_at', type: 'timestamptz', nullable: true })
  contentErasedAt: Date | null;

  @Column({ name: 'review_status', type: 'enum', enum: ReviewStatus, enumName: 'review_status', default: ReviewStatus.NOT_REQUIRED })
  reviewStatus: ReviewStatus;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  /** Where the decision stands in the municipality's ledger. */
  @Column({ name: 'ledger_position', type: 'bigint' })
  ledgerPosition: string;
}
