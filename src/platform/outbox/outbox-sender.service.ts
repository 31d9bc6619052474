import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TenantDatabase } from '../database/tenant-database';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { recipientAssociatedData } from './outbox.service';
import { now } from '../clock/clock';

export const MAX_ATTEMPTS = 8;
const BATCH = 50;

export interface DeliveryReport {
  sent: number;
  failed: number;
  retrying: number;
}

/**
 * Delivers due outbox messages over SMTP (SMTP_URL). A message is claimed
 * with FOR UPDATE SKIP LOCKED and marked sent in the same transaction, so two
 * senders never send it twice; a failure is retried with exponential backoff
 * (30 s, 1 min, 2 min ... up to MAX_ATTEMPTS), its error kept as a code only.
 * Each message carries a stable Message-ID, so in the one window where SMTP
 * accepted but the commit failed, the receiving side can recognise the repeat.
 */
@Injectable()
export class OutboxSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxSender.name);
  private readonly transports = new Map<string, Transporter>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<DeliveryReport>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.smtpUrl && this.config.mail.pollMs > 0) {
      this.timer = setInterval(() => void this.deliverDue().catch((error) => this.logger.warn({ msg: 'outbox run failed', code: (error as { code?: string }).code })), this.config.mail.pollMs);
      this.timer.unref();
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    for (const transport of this.transports.values()) transport.close();
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
    let transport = this.transports.get(smtpUrl);
    if (!transport) {
      transport = createTransport(smtpUrl, { from: this.config.mail.from });
      this.transports.set(smtpUrl, transport);
    }
    const due: { municipality_id: string; id: string }[] = await this.dataSource.query('SELECT municipality_id, id FROM outbox_due($1)', [onlyMunicipality ? 1000 : BATCH]);
    for (const { municipality_id: municipalityId, id } of due) {
      if (onlyMunicipality && municipalityId !== onlyMunicipality) continue;
      const outcome = await this.db.runAsTenant(municipalityId, (manager) => this.deliverOne(manager, transport, id));
      if (outcome) report[outcome] += 1;
    }
    return report;
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
      });
      await manager.update(OutboxMessage, { id: message.id }, { status: OutboxStatus.SENT, sentAt: now(), attempts: message.attempts + 1, lastError: null });
      return 'sent';
    } catch (error) {
      const attempts = message.attempts + 1;
      const code = String((error as { code?: string; responseCode?: number }).code ?? (error as { responseCode?: number }).responseCode ?? 'SEND_FAILED').slice(0, 100);
      const failed = attempts >= MAX_ATTEMPTS;
      await manager.update(OutboxMessage, { id: message.id }, {
        attempts,
        lastError: code,
        status: failed ? OutboxStatus.FAILED : OutboxStatus.PENDING,
        nextAttemptAt: new Date(now().getTime() + 30_000 * 2 ** (attempts - 1)),
      });
      this.logger.warn({ msg: 'outbox delivery failed', messageId: message.id, attempts, code });
      return failed ? 'failed' : 'retrying';
    }
  }
}
