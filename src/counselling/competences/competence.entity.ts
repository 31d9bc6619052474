import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { StaffUser } from '../../organisation/staff/staff-user.entity';

export enum CompetenceKind {
  /** e.g. the diploma module "Socialt arbejde i relation til æresrelateret kontrol". */
  DIPLOMA_MODULE = 'diploma_module',
  /** Certification in the PATRIARK risk-assessment tool; it has an expiry. */
  PATRIARK_CERTIFICATION = 'patriark_certification',
  OTHER_TRAINING = 'other_training',
  /** A supervision session, e.g. with the Ethnic Consultant Team. */
  SUPERVISION = 'supervision',
}
registerEnumType(CompetenceKind, { name: 'CompetenceKind' });

/** A resource person's training, certification or supervision session. */
@Entity('competence')
@Index('uq_competence_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_competence_staff', ['staffUserId', 'kind', 'completedOn'])
@Check('ck_competence_valid_after', 'valid_until IS NULL OR valid_until > completed_on')
@Check('ck_competence_certification_expires', "kind <> 'patriark_certification' OR valid_until IS NOT NULL")
export class Competence extends TenantEntity {
  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('staff_user_id'))
  staffUser?: StaffUser;

  @Column({ type: 'enum', enum: CompetenceKind, enumName: 'competence_kind' })
  kind: CompetenceKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Who gave it: a university college, the Ethnic Consultant Team, ... */
  @Column({ type: 'varchar', length: 200, default: '' })
  provider: string;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('recorded_by_id'))
  recordedBy?: StaffUser;
}
