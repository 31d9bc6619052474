import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobRunner } from '../jobs/job-runner.service';

/**
 * Removes stored idempotency answers older than IDEMPOTENCY_KEY_TTL_SECONDS,
 * in every municipality, through the one narrow database function that may
 * (an answer can hold a case narrative or minutes: it must not outlive its use).
 */
@Injectable()
export class IdempotencyExpiryService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'idempotency.purge', schedule: 'idempotencyPurge', run: async () => void (await this.run()) });
  }

  /** Returns how many expired answers were removed. */
  async run(): Promise<number> {
    const [row]: { purged: number }[] = await this.dataSource.query('SELECT purge_expired_idempotency_keys($1) AS purged', [this.config.idempotency.ttlSeconds]);
    return row.purged;
  }
}
