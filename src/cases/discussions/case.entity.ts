import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { Discipline } from '../../organisation/departments/discipline.enum';
import { Meeting } from '../../networks/meetings/meeting.entity';
import { Network } from '../../networks/networks/network.entity';
import { ActionCard } from '../../guidance/preparedness/preparedness-plan.entity';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { Affected, AgeBand, CaseStatus, ConcernCategory } from './case.enums';

/**
 * A case brought to a network for sparring. Structured fields carry no
 * identifiers by construction; every free-text field has passed the
 * anonymisation scanner. After the retention period the free text is
 * removed and only the structured (statistical) fields remain.
 */
@Entity('case_discussion')
@Index('uq_case_reference', ['municipalityId', 'reference'], { unique: true })
@Index('uq_case_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_case_network', ['networkId', 'createdAt', 'id'])
export class CaseDiscussion extends TenantEntity {
  /** e.g. GLA-2026-014: municipality, year, running number. Not derived from anything about the citizen. */
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('network_id'))
  network?: Network;

  /** The meeting whose agenda it is for; null for written sparring between meetings. */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('meeting_id'))
  meeting?: Meeting;

  @Column({ name: 'presenter_id', type: 'uuid' })
  presenterId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('presenter_id'))
  presenter?: StaffUser;

  @Column({ name: 'presenting_discipline', type: 'enum', enum: Discipline, enumName: 'discipline' })
  presentingDiscipline: Discipline;

  @Column({ name: 'concern_categories', type: 'enum', enum: ConcernCategory, enumName: 'concern_category', array: true })
  concernCategories: ConcernCategory[];

  @Column({ name: 'age_band', type: 'enum', enum: AgeBand, enumName: 'age_band' })
  ageBand: AgeBand;

  @Column({ type: 'enum', enum: Affected, enumName: 'affected', array: true })
  affected: Affected[];

  @Column({ name: 'actions_taken', type: 'text', nullable: true })
  actionsTaken: string | null;

  @Column({ type: 'text', nullable: true })
  question: string | null;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.OPEN })
  status: CaseStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Set when the retention job removed the free text. */
  @Column({ name: 'text_removed_at', type: 'timestamptz', nullable: true })
  textRemovedAt: Date | null;
}

/** A member's advice on a case, attributed to member and discipline. */
@Entity('case_response')
@Index('ix_case_response_case', ['caseId', 'createdAt'])
export class CaseResponse extends TenantEntity {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseDiscussion, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('case_id'))
  case?: CaseDiscussion;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('author_id'))
  author?: StaffUser;

  @Column({ name: 'author_discipline', type: 'enum', enum: Discipline, enumName: 'discipline' })
  authorDiscipline: Discipline;

  /** Null once the retention period has passed. */
  @Column({ type: 'text', nullable: true })
  advice: string | null;

  /** The preparedness plan's action card the advice points to, if any. */
  @Column({ name: 'action_card_id', type: 'uuid', nullable: true })
  actionCardId: string | null;

  @ManyToOne(() => ActionCard, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('action_card_id'))
  actionCard?: ActionCard;

  /** The presenter marks the advice that was used. */
  @Column({ type: 'boolean', default: false })
  used: boolean;
}

/** Running numbers for case references, per municipality and year. */
@Entity('case_reference_counter')
export class CaseReferenceCounter {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ name: 'last_number', type: 'int' })
  lastNumber: number;
}
