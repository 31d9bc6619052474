import { EntityManager } from 'typeorm';

export interface EnqueueOptions {
  /** At most one waiting job per key: enqueueing again while one waits adds nothing. */
  key?: string;
  maxAttempts?: number;
}

/**
 * Queues a job in the caller's transaction: the job exists if and only if
 * the change that causes it commits. `payload` holds ids, never personal
 * data (the queue is not encrypted, and a failed job keeps it).
 */
export async function enqueueJob(manager: EntityManager, task: string, payload: Record<string, string>, options: EnqueueOptions = {}): Promise<void> {
  await manager.query(
    `SELECT FROM graphile_worker.add_job($1, $2::json, max_attempts => $3, job_key => $4, job_key_mode => 'unsafe_dedupe')`,
    [task, JSON.stringify(payload), options.maxAttempts ?? 25, options.key ?? null],
  );
}
