import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { failureCode, repeatEvery } from '../jobs/repeat';

/**
 * Removes stored idempotency answers older than IDEMPOTENCY_KEY_TTL_SECONDS,
 * in every municipality, through the one narrow database function that may
 * (an answer can hold a case narrative or minutes: it must not outlive its use).
 */
@Injectable()
export class IdempotencyExpiryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyExpiryService.name);
  private job?: { stop(): void };

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.job = repeatEvery(this.config.idempotency.purgeIntervalMs, () => this.run(), (error) => this.logger.warn({ msg: 'idempotency purge failed', code: failureCode(error) }));
  }

  onApplicationShutdown(): void {
    this.job?.stop();
  }

  /** Returns how many expired answers were removed. */
  async run(): Promise<number> {
    const [row]: { purged: number }[] = await this.dataSource.query('SELECT purge_expired_idempotency_keys($1) AS purged', [this.config.idempotency.ttlSeconds]);
    return row.purged;
  }
}
