import { Column, Entity, Index, Unique } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';
import { NetworkKind } from './network-kind.enum';

/** Every second month, as in Gladsaxe. */
export const DEFAULT_CADENCE = 'FREQ=MONTHLY;INTERVAL=2';

@Entity('network')
@Unique('uq_network_name', ['municipalityId', 'name'])
@Index('uq_network_tenant_key', ['id', 'municipalityId'], { unique: true })
export class Network extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: NetworkKind, enumName: 'network_kind' })
  kind: NetworkKind;

  @Column({ type: 'text', default: '' })
  purpose: string;

  /** RFC 5545 RRULE of the usual meeting rhythm; new meeting series default to it. */
  @Column({ type: 'varchar', length: 500, default: DEFAULT_CADENCE })
  cadence: string;

  /** Months after a case is closed before its free text is removed (statistics are kept). */
  @Column({ name: 'case_retention_months', type: 'int', default: 12 })
  caseRetentionMonths: number;
}
