import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant-entity';

export enum OutboxStatus {
  PENDING = 'pending',
  SENT = 'sent',
  FAILED = 'failed',
}

/**
 * An e-mail written in the same transaction as the change it reports, and
 * delivered afterwards by the OutboxSender. The recipient address is sealed.
 */
@Entity('outbox_message')
@Index('ix_outbox_due', ['status', 'nextAttemptAt'])
export class OutboxMessage extends TenantEntity {
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ name: 'recipient_sealed', type: 'bytea' })
  recipientSealed: Buffer;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  /** Extra headers (List-Unsubscribe for member notifications); never personal data. */
  @Column({ type: 'jsonb', nullable: true })
  headers: Record<string, string> | null;

  /** An iCalendar attachment (iMIP): the method and the calendar text. */
  @Column({ name: 'ics_method', type: 'varchar', length: 20, nullable: true })
  icsMethod: string | null;

  @Column({ type: 'text', nullable: true })
  ics: string | null;

  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'outbox_status', default: OutboxStatus.PENDING })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** An error code only (the SMTP message may quote the address). */
  @Column({ name: 'last_error', type: 'varchar', length: 100, nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
