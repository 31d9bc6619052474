import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Citizen } from '../citizens/citizen.entity';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { tenantJoin } from '../../platform/database/tenant-join';
import { StaffUser } from '../../organisation/staff/staff-user.entity';
import { ConsentGivenBy, ConsentMethod, CustodyHolderRelation, DataCategory, ExchangePurpose } from './consent.enums';

/**
 * A consent as given: never updated or deleted (the runtime role may only
 * insert and read). Withdrawal and expiry are ConsentEvents; the current
 * state is derived from both.
 */
@Entity('consent')
@Index('uq_consent_tenant_key', ['id', 'municipalityId'], { unique: true })
@Index('ix_consent_citizen', ['citizenId'])
@Check('ck_consent_period', '"valid_to" > "valid_from"')
export class Consent extends TenantEntity {
  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('citizen_id'))
  citizen?: Citizen;

  @Column({ name: 'from_department_ids', type: 'uuid', array: true })
  fromDepartmentIds: string[];

  @Column({ name: 'to_department_ids', type: 'uuid', array: true })
  toDepartmentIds: string[];

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  categories: DataCategory[];

  @Column({ type: 'enum', enum: ExchangePurpose, enumName: 'exchange_purpose', array: true })
  purposes: ExchangePurpose[];

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_to', type: 'timestamptz' })
  validTo: Date;

  @Column({ type: 'enum', enum: ConsentMethod, enumName: 'consent_method' })
  method: ConsentMethod;

  /** Which version of the consent text the citizen saw. */
  @Column({ name: 'consent_text_version', type: 'varchar', length: 50 })
  consentTextVersion: string;

  @Column({ name: 'given_by', type: 'enum', enum: ConsentGivenBy, enumName: 'consent_given_by' })
  givenBy: ConsentGivenBy;

  /** For a child: the custody holder's relation (an enum value), never a name. */
  @Column({ name: 'custody_holder_relation', type: 'varchar', length: 100, nullable: true })
  custodyHolderRelation: CustodyHolderRelation | null;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('recorded_by_id'))
  recordedBy?: StaffUser;
}
