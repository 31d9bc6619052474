import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../platform/database/tenant-entity';
import { tenantJoin } from '../platform/database/tenant-join';
import { StaffUser } from '../organisation/staff/staff-user.entity';
import { EngagementKind, LocalActorKind } from './community.enums';

/** A housing area (boligområde) with its housing social plan, e.g. Taastrupgaard under the plan for Høje Taastrup's areas. */
@Entity('housing_area')
@Index('uq_housing_area_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('uq_housing_area_name', ['municipalityId', 'name'], { unique: true })
export class HousingArea extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The housing social plan (boligsocial helhedsplan) the area is part of, if any. */
  @Column({ name: 'social_plan', type: 'varchar', length: 200, nullable: true })
  socialPlan: string | null;
}

/**
 * Someone the municipality works with who is not its staff and has no
 * account: a group of neighbourhood mothers, a mosque, a GP, a housing
 * association's staff. Contact details are sealed like a speaker's; the
 * staff member who holds the relationship is named.
 */
@Entity('local_actor')
@Index('uq_local_actor_tenant_key', ['id', 'municipalityId'], { unique: true })
export class LocalActor extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: LocalActorKind, enumName: 'local_actor_kind' })
  kind: LocalActorKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation: string | null;

  @Column({ name: 'holder_id', type: 'uuid', nullable: true })
  holderId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('holder_id'))
  holder?: StaffUser;

  /** JSON { email, phone, contactPerson }, sealed. */
  @Column({ name: 'contact_sealed', type: 'bytea' })
  contactSealed: Buffer;

  @Column({ type: 'text', default: '' })
  notes: string;
}

/** The housing areas a local actor works in. */
@Entity('local_actor_area')
@Index('uq_local_actor_area', ['municipalityId', 'localActorId', 'housingAreaId'], { unique: true })
@Index('ix_local_actor_area_area', ['municipalityId', 'housingAreaId'])
export class LocalActorArea extends TenantEntity {
  @Column({ name: 'local_actor_id', type: 'uuid' })
  localActorId: string;

  @ManyToOne(() => LocalActor, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('local_actor_id'))
  localActor?: LocalActor;

  @Column({ name: 'housing_area_id', type: 'uuid' })
  housingAreaId: string;

  @ManyToOne(() => HousingArea, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('housing_area_id'))
  housingArea?: HousingArea;
}

/** A dialogue meeting, joint activity, norm-change initiative or referral route with local actors. No citizen data. */
@Entity('engagement')
@Index('uq_engagement_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_engagement_area', ['municipalityId', 'housingAreaId', 'occurredOn'])
export class Engagement extends TenantEntity {
  @Column({ type: 'enum', enum: EngagementKind, enumName: 'engagement_kind' })
  kind: EngagementKind;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 300 })
  topic: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** What was agreed to follow up, and by whom (free text, guarded). */
  @Column({ name: 'follow_up', type: 'text', nullable: true })
  followUp: string | null;

  @Column({ name: 'housing_area_id', type: 'uuid', nullable: true })
  housingAreaId: string | null;

  @ManyToOne(() => HousingArea, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('housing_area_id'))
  housingArea?: HousingArea;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('recorded_by_id'))
  recordedBy?: StaffUser;
}

/** Who took part in an engagement: local actors, and staff. */
@Entity('engagement_participant')
@Check('ck_engagement_participant_one', '("local_actor_id" IS NULL) <> ("staff_user_id" IS NULL)')
@Index('ix_engagement_participant_engagement', ['municipalityId', 'engagementId'])
@Index('ix_engagement_participant_actor', ['municipalityId', 'localActorId'])
export class EngagementParticipant extends TenantEntity {
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('engagement_id'))
  engagement?: Engagement;

  @Column({ name: 'local_actor_id', type: 'uuid', nullable: true })
  localActorId: string | null;

  @ManyToOne(() => LocalActor, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('local_actor_id'))
  localActor?: LocalActor;

  @Column({ name: 'staff_user_id', type: 'uuid', nullable: true })
  staffUserId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('staff_user_id'))
  staffUser?: StaffUser;
}

/** A goal of the municipality's strategy for working with civil society (Odense), and the actors it involves. */
@Entity('civil_society_goal')
@Index('uq_civil_society_goal_tenant_key', ['id', 'municipalityId'], { unique: true })
export class CivilSocietyGoal extends TenantEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'local_actor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  localActorIds: string[];
}

/** A local actor taking part in a network, typically a housing area's working group, without an account. */
@Entity('network_local_actor')
@Index('uq_network_local_actor', ['municipalityId', 'networkId', 'localActorId'], { unique: true })
export class NetworkLocalActor extends TenantEntity {
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne('Network', { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('network_id'))
  network?: unknown;

  @Column({ name: 'local_actor_id', type: 'uuid' })
  localActorId: string;

  @ManyToOne(() => LocalActor, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('local_actor_id'))
  localActor?: LocalActor;
}

/** A network that works on a housing area: its working group (Høje Taastrup's across the housing social plans). */
@Entity('housing_area_network')
@Index('uq_housing_area_network', ['municipalityId', 'housingAreaId', 'networkId'], { unique: true })
export class HousingAreaNetwork extends TenantEntity {
  @Column({ name: 'housing_area_id', type: 'uuid' })
  housingAreaId: string;

  @ManyToOne(() => HousingArea, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('housing_area_id'))
  housingArea?: HousingArea;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne('Network', { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('network_id'))
  network?: unknown;
}
