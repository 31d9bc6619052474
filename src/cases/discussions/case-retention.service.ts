import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { DataSource, In } from 'typeorm';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { failureCode, repeatEvery } from '../../platform/jobs/repeat';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';
import { CaseDiscussion, CaseResponse } from './case.entity';
import { now } from '../../platform/clock/clock';

/**
 * Removes the free text (narrative, actions, question, outcome and the
 * responses' advice) of cases closed longer ago than their network's
 * retention period; the structured, non-identifying fields stay for the
 * statistics. Each removal is recorded in the ledger.
 */
@Injectable()
export class CaseRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CaseRetentionService.name);
  private job?: { stop(): void };

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly ledger: LedgerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.job = repeatEvery(
      this.config.caseRetentionIntervalMs,
      async () => {
        const cleared = await this.run();
        if (cleared > 0) this.logger.log({ msg: 'case text removed after retention', cases: cleared });
      },
      (error) => this.logger.warn({ msg: 'case retention run failed', code: failureCode(error) }),
    );
  }

  onApplicationShutdown(): void {
    this.job?.stop();
  }

  /** Runs for every municipality with expired cases; returns how many cases were cleared. */
  async run(): Promise<number> {
    const municipalities: { municipalities_with_expired_cases: string }[] = await this.dataSource.query('SELECT municipalities_with_expired_cases()');
    let cleared = 0;
    for (const { municipalities_with_expired_cases: municipalityId } of municipalities) {
      cleared += await this.db.runAsTenant(municipalityId, async (manager) => {
        const expired: { id: string; reference: string }[] = await manager.query(
          `SELECT c.id, c.reference FROM case_discussion c JOIN network n ON n.id = c.network_id
            WHERE c.status = 'closed' AND c.text_removed_at IS NULL
              AND c.closed_at < now() - make_interval(months => n.case_retention_months)
            FOR UPDATE OF c`,
        );
        if (expired.length === 0) return 0;
        const ids = expired.map((c) => c.id);
        await manager.update(CaseDiscussion, { id: In(ids) }, { narrative: null, actionsTaken: null, question: null, outcome: null, textRemovedAt: now() });
        await manager.update(CaseResponse, { caseId: In(ids) }, { advice: null });
        for (const kase of expired) await this.ledger.append(manager, LedgerKind.CASE_TEXT_REMOVED, { caseId: kase.id, reference: kase.reference });
        return expired.length;
      });
    }
    return cleared;
  }
}
