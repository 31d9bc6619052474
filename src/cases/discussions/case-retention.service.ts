import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { JobRunner } from '../../platform/jobs/job-runner.service';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';
import { CaseDiscussion, CaseResponse } from './case.entity';
import { now } from '../../platform/clock/clock';

/**
 * Removes the free text (narrative, actions, question, outcome and the
 * responses' advice) of cases closed longer ago than their network's
 * retention period; the structured, non-identifying fields stay for the
 * statistics. Each removal is recorded in the ledger. Runs on the
 * CRON_CASE_RETENTION schedule.
 */
@Injectable()
export class CaseRetentionService implements OnModuleInit {
  private readonly logger = new Logger(CaseRetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly ledger: LedgerService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'cases.retention',
      schedule: 'caseRetention',
      run: async () => {
        const cleared = await this.run();
        this.logger.log({ msg: 'case retention ran', cases: cleared });
      },
    });
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
