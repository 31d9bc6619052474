import { ScheduledJob } from '../config/app-config';

/** Work the job runner does: when asked through the queue, or on a schedule. */
export interface JobTask {
  /** The task's name in the queue; queued jobs refer to it, so it stays stable. */
  name: string;
  /** For a periodic task: the schedule in the configuration (CRON_*) it fires on, once per period across all instances. */
  schedule?: ScheduledJob;
  /** Attempts before the runner gives a job up; between them it waits exp(attempt) seconds (2.7 s, 7.4 s, 20 s ...). */
  maxAttempts?: number;
  /** Runs one job; a thrown error is retried. `payload` is what was enqueued (ids, never personal data). */
  run(payload: unknown): Promise<void>;
}

/** The wait the runner leaves before the next attempt after `attempts` failed ones (graphile-worker's backoff). */
export const retryDelayMs = (attempts: number): number => Math.round(Math.exp(Math.min(attempts, 10)) * 1000);
