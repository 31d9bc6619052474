import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant-entity';

/**
 * A mutation request's Idempotency-Key, per signed-in user, with a hash of
 * the request and the answer it got. Written in the request's own
 * transaction, so a failed request leaves no key behind and may be retried.
 */
@Entity('idempotency_key')
@Index('uq_idempotency_key', ['municipalityId', 'subject', 'key'], { unique: true })
export class IdempotencyKey extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'jsonb', nullable: true })
  response: object | null;
}
