import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../platform/database/tenant-entity';

/** A citizen (the data subject), known only by a keyed hash of the CPR number; the number itself is never stored. */
@Entity('citizen')
@Index('uq_citizen_cpr_hash', ['municipalityId', 'cprHash'], { unique: true })
@Index('uq_citizen_tenant_key', ['id', 'municipalityId'], { unique: true })
export class Citizen extends TenantEntity {
  @Column({ name: 'cpr_hash', type: 'varchar', length: 64 })
  cprHash: string;

  /**
   * Raised by every consent grant and withdrawal. Its row lock is the
   * citizen's consent-state lock; the runtime role may update this column only.
   */
  @Column({ name: 'consent_revision', type: 'int', default: 0 })
  consentRevision: number;
}
