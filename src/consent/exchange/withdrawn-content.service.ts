import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { failureCode, repeatEvery } from '../../platform/jobs/repeat';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';

/**
 * After a withdrawal, content exchanged under that consent is no longer read
 * (ExchangeService.readContent) and, WITHDRAWN_CONTENT_ERASE_AFTER_DAYS later,
 * erased: the sealed content and justification are removed, the metadata and
 * the decision stay (the exchange was lawful when it happened), and each
 * erasure is a ledger entry. Exchanges on a statutory basis are not touched.
 * Runs on the case-retention schedule.
 */
@Injectable()
export class WithdrawnContentService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WithdrawnContentService.name);
  private job?: { stop(): void };

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly ledger: LedgerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.job = repeatEvery(this.config.caseRetentionIntervalMs, () => this.run(), (error) => this.logger.warn({ msg: 'withdrawn-content erasure failed', code: failureCode(error) }));
  }

  onApplicationShutdown(): void {
    this.job?.stop();
  }

  /** Erases what is due in every municipality (or only those given); returns how many exchanges were erased. */
  async run(only?: string[]): Promise<number> {
    const municipalities: { id: string }[] = await this.dataSource.query('SELECT id FROM all_municipality_ids() AS id');
    let erased = 0;
    for (const { id } of municipalities.filter((m) => !only || only.includes(m.id))) {
      erased += await this.db.runAsTenant(id, async (manager) => {
        const due: { id: string; citizen_id: string; consent_id: string }[] = await manager.query(
          `SELECT e.id, e.citizen_id, e.consent_id FROM exchange e
            WHERE e.content_sealed IS NOT NULL AND e.legal_basis IS NULL AND e.consent_id IS NOT NULL
              AND EXISTS (SELECT 1 FROM consent_event w WHERE w.consent_id = e.consent_id AND w.kind = 'withdrawn'
                            AND w.occurred_at < now() - make_interval(days => $1))
            FOR UPDATE OF e`,
          [this.config.withdrawnContentEraseAfterDays],
        );
        for (const exchange of due) {
          await manager.query('UPDATE exchange SET content_sealed = NULL, justification_sealed = NULL, content_erased_at = now() WHERE id = $1', [exchange.id]);
          await this.ledger.append(manager, LedgerKind.EXCHANGE_CONTENT_ERASED, { citizenId: exchange.citizen_id, exchangeId: exchange.id, consentId: exchange.consent_id, reason: 'consent_withdrawn' });
        }
        return due.length;
      });
    }
    if (erased > 0) this.logger.log({ msg: 'content of withdrawn consents erased', exchanges: erased });
    return erased;
  }
}
