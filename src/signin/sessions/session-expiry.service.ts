import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { failureCode, repeatEvery } from '../../platform/jobs/repeat';
import { WebSessions } from './web-sessions';

/** Removes sessions past their idle or absolute limit (a resumed one is removed when found ended anyway). */
@Injectable()
export class SessionExpiryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionExpiryService.name);
  private job?: { stop(): void };

  constructor(
    private readonly sessions: WebSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.job = repeatEvery(this.config.web.sessionPurgeIntervalMs, () => this.sessions.purgeExpired(), (error) => this.logger.warn({ msg: 'session purge failed', code: failureCode(error) }));
  }

  onApplicationShutdown(): void {
    this.job?.stop();
  }
}
