import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { ConcernLevel, ContactKind, PersonConcerned } from './preparedness.enums';

/**
 * One published version of the municipality's preparedness plan. A version is
 * never changed: a revision publishes the next version with all its cards, so
 * what staff were told at any time can be shown afterwards.
 */
@Entity('preparedness_plan')
@Index('uq_preparedness_plan_version', ['municipalityId', 'version'], { unique: true })
@Index('uq_preparedness_plan_tenant_key', ['id', 'municipalityId'], { unique: true })
export class PreparednessPlan extends TenantEntity {
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'change_note', type: 'varchar', length: 1000, default: '' })
  changeNote: string;

  @Column({ name: 'published_by_id', type: 'uuid' })
  publishedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('published_by_id'))
  publishedBy?: StaffUser;
}

export interface CardContact {
  kind: ContactKind;
  name: string;
  /** A service's phone number or address, never a citizen's. */
  howToReach: string;
}

/**
 * What a member of staff does in one situation. A null situation field means
 * the card applies whatever the answer; the finder prefers the most specific.
 */
@Entity('action_card')
@Index('uq_action_card_position', ['municipalityId', 'planId', 'position'], { unique: true })
@Index('uq_action_card_tenant_key', ['id', 'municipalityId'], { unique: true })
export class ActionCard extends TenantEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PreparednessPlan, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('plan_id'))
  plan?: PreparednessPlan;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'concern_level', type: 'enum', enum: ConcernLevel, enumName: 'concern_level', nullable: true })
  concernLevel: ConcernLevel | null;

  @Column({ name: 'person_concerned', type: 'enum', enum: PersonConcerned, enumName: 'person_concerned', nullable: true })
  personConcerned: PersonConcerned | null;

  @Column({ name: 'acute_danger', type: 'boolean', nullable: true })
  acuteDanger: boolean | null;

  /** In the order they are to be taken. */
  @Column({ type: 'text', array: true })
  steps: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts: CardContact[];

  @Column({ name: 'legal_notes', type: 'text', array: true, default: () => "'{}'" })
  legalNotes: string[];
}
