import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { JobRunner } from '../../platform/jobs/job-runner.service';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';

/**
 * After a withdrawal, content exchanged under that consent is no longer read
 * (ExchangeService.readContent) and, WITHDRAWN_CONTENT_ERASE_AFTER_DAYS later,
 * erased: the sealed content and justification are removed, the metadata and
 * the decision stay (the exchange was lawful when it happened), and each
 * erasure is a ledger entry. Exchanges on a statutory basis are not touched.
 * Runs on the CRON_WITHDRAWN_CONTENT schedule.
 */
@Injectable()
export class WithdrawnContentService implements OnModuleInit {
  private readonly logger = new Logger(WithdrawnContentService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly ledger: LedgerService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'consent.withdrawn-content-erasure',
      schedule: 'withdrawnContent',
      run: async () => {
        const erased = await this.run();
        if (erased > 0) this.logger.log({ msg: 'withdrawn content erased', exchanges: erased });
      },
    });
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
