import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TenantDatabase } from '../database/tenant-database';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { MAX_ATTEMPTS, OUTBOX_DELIVERY, OutboxDelivery, recipientAssociatedData } from './outbox.service';
import { now } from '../clock/clock';
import { failureCode } from '../jobs/failure-code';
import { JobRunner } from '../jobs/job-runner.service';
import { retryDelayMs } from '../jobs/job-task';

const BATCH = 50;
/** What one sweep re-queues at most; the next sweep takes the rest. */
const SWEEP_BATCH = 1000;

/** An attempt the job runner should repeat later: SMTP refused or was away. */
class DeliveryDeferred extends Error {
  constructor(readonly code: string) {
    super(`delivery deferred (${code})`);
  }
}

export interface DeliveryReport {
  sent: number;
  failed: number;
  retrying: number;
}

/**
 * Delivers outbox messages over SMTP (SMTP_URL). Each message has a job,
 * queued in the transaction that wrote it (OutboxService); the job runner
 * hands it to one instance, which claims the message with FOR UPDATE SKIP
 * LOCKED and marks it sent in the same transaction, so it is never sent
 * twice; a refusal is retried with the runner's backoff up to MAX_ATTEMPTS,
 * the error kept as a code only. A sweep every minute re-queues any due
 * message without a job (written before the queue existed, or its job lost).
 * Each message carries a stable Message-ID, so in the one window where SMTP
 * accepted but the commit failed, the receiving side can recognise the repeat.
 * Without SMTP_URL the tasks are not registered and messages wait.
 */
@Injectable()
export class OutboxSender implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxSender.name);
  private readonly transports = new Map<string, Transporter>();
  private running?: Promise<DeliveryReport>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const smtpUrl = this.config.mail.smtpUrl;
    if (!smtpUrl) return;
    this.jobs.register({
      name: OUTBOX_DELIVERY,
      maxAttempts: MAX_ATTEMPTS,
      run: async (payload) => {
        const { municipalityId, messageId } = payload as OutboxDelivery;
        const outcome = await this.db.runAsTenant(municipalityId, (manager) => this.deliverOne(manager, this.transport(smtpUrl), messageId));
        if (outcome === 'retrying') throw new DeliveryDeferred('SMTP_NOT_ACCEPTED');
      },
    });
    this.jobs.register({ name: 'outbox.sweep', schedule: 'outboxSweep', run: async () => void (await this.requeueDue()) });
  }

  onApplicationShutdown(): void {
    for (const transport of this.transports.values()) transport.close();
  }

  /** Queues a delivery job for every due message that has none waiting; returns how many were looked at. */
  async requeueDue(): Promise<number> {
    const [row]: { due: number }[] = await this.dataSource.query(
      `SELECT count(graphile_worker.add_job($1, json_build_object('municipalityId', municipality_id, 'messageId', id),
                max_attempts => $2, job_key => 'outbox:' || id, job_key_mode => 'unsafe_dedupe'))::int AS due
         FROM outbox_due($3)`,
      [OUTBOX_DELIVERY, MAX_ATTEMPTS, SWEEP_BATCH],
    );
    return row.due;
  }

  /**
   * Sends what is due now; overlapping calls share one run. Without SMTP_URL
   * nothing is sent. `onlyMunicipality` sends one municipality's mail only (an
   * operator's retry for one tenant; tests sharing a database use it).
   */
  deliverDue(smtpUrl = this.config.mail.smtpUrl, onlyMunicipality?: string): Promise<DeliveryReport> {
    if (onlyMunicipality) return this.run(smtpUrl, onlyMunicipality);
    this.running ??= this.run(smtpUrl).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(smtpUrl: string | undefined, onlyMunicipality?: string): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, failed: 0, retrying: 0 };
    if (!smtpUrl) return report;
    const transport = this.transport(smtpUrl);
    const due: { municipality_id: string; id: string }[] = await this.dataSource.query('SELECT municipality_id, id FROM outbox_due($1)', [onlyMunicipality ? 1000 : BATCH]);
    for (const { municipality_id: municipalityId, id } of due) {
      if (onlyMunicipality && municipalityId !== onlyMunicipality) continue;
      const outcome = await this.db.runAsTenant(municipalityId, (manager) => this.deliverOne(manager, transport, id));
      if (outcome) report[outcome] += 1;
    }
    return report;
  }

  private transport(smtpUrl: string): Transporter {
    let transport = this.transports.get(smtpUrl);
    if (!transport) {
      transport = createTransport(smtpUrl, { from: this.config.mail.from });
      this.transports.set(smtpUrl, transport);
    }
    return transport;
  }

  private async deliverOne(manager: EntityManager, transport: Transporter, id: string): Promise<keyof DeliveryReport | null> {
    const message = await manager
      .createQueryBuilder(OutboxMessage, 'o')
      .where('o.id = :id AND o.status = :pending', { id, pending: OutboxStatus.PENDING })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
    if (!message) return null; // another sender has it, or it was sent meanwhile
    try {
      await transport.sendMail({
        messageId: `<outbox-${message.id}@nsk-networks>`,
        to: this.config.crypto.keyring.open('mail-recipient', message.recipientSealed, recipientAssociatedData(message)),
        subject: message.subject,
        text: message.textBody,
        icalEvent: message.ics ? { method: message.icsMethod ?? 'REQUEST', content: message.ics, filename: 'invitation.ics' } : undefined,
        // Every mail is sent by the service, not a person: out-of-office replies and auto-forwarders leave it alone (RFC 3834).
        headers: { ...message.headers, 'Auto-Submitted': 'auto-generated' },
      });
      await manager.update(OutboxMessage, { id: message.id }, { status: OutboxStatus.SENT, sentAt: now(), attempts: message.attempts + 1, lastError: null });
      return 'sent';
    } catch (error) {
      const attempts = message.attempts + 1;
      const code = failureCode(error);
      const failed = attempts >= MAX_ATTEMPTS;
      await manager.update(OutboxMessage, { id: message.id }, {
        attempts,
        lastError: code,
        status: failed ? OutboxStatus.FAILED : OutboxStatus.PENDING,
        nextAttemptAt: new Date(now().getTime() + retryDelayMs(attempts)),
      });
      this.logger.warn({ msg: 'outbox delivery failed', messageId: message.id, attempts, code });
      return failed ? 'failed' : 'retrying';
    }
  }
}
