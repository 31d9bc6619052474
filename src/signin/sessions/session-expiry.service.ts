import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRunner } from '../../platform/jobs/job-runner.service';
import { WebSessions } from './web-sessions';

/** Removes sessions past their idle or absolute limit (a resumed one is removed when found ended anyway). */
@Injectable()
export class SessionExpiryService implements OnModuleInit {
  constructor(
    private readonly sessions: WebSessions,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'signin.session-purge', schedule: 'sessionPurge', run: async () => void (await this.sessions.purgeExpired()) });
  }
}
