import { BeforeApplicationShutdown, Inject, Injectable, Logger as NestLogger, OnApplicationBootstrap } from '@nestjs/common';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { EventEmitter } from 'node:events';
import { Logger as WorkerLogger, parseCronItems, run, Runner, TaskList, WorkerEvents } from 'graphile-worker';
import { Pool } from 'pg';
import { Counter, Gauge } from 'prom-client';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SchemaBehindError } from '../database/schema-current';
import { Metrics } from '../metrics/metrics.service';
import { failureCode } from './failure-code';
import { JobTask } from './job-task';

/** A failed job as the queue keeps it: the task and a code, never the original message (it can quote a value). */
class JobFailure extends Error {
  constructor(task: string, code: string) {
    super(`${task} failed (${code})`);
    this.name = 'JobFailure';
  }
}

const tracer = trace.getTracer('nsk-networks');

/** A periodic task that was missed while no instance ran (a deploy, an outage) is caught up within this window. */
const BACKFILL_MS = 3_600_000;

/**
 * The background jobs, on graphile-worker: jobs are rows in the database's
 * `graphile_worker` schema, taken with SKIP LOCKED by whichever instance is
 * free (so each runs once), woken by LISTEN/NOTIFY, retried with exponential
 * backoff; schedules fire once per period across all instances (the
 * schema's known_crontabs record which period was fired). Areas register
 * their tasks while the application initialises; the runner starts after.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new NestLogger(JobRunner.name);
  private readonly tasks = new Map<string, JobTask>();
  private runner?: Runner;
  private pool?: Pool;
  private readonly completed: Counter<'task'>;
  private readonly failed: Counter<'task' | 'final'>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: Metrics,
  ) {
    this.completed = new Counter({ name: 'nsk_jobs_completed_total', help: 'Jobs this instance ran to success, by task', labelNames: ['task'], registers: [metrics.registry] });
    this.failed = new Counter({
      name: 'nsk_jobs_failed_total',
      help: 'Job attempts that failed on this instance, by task; final="true" when the job was given up',
      labelNames: ['task', 'final'],
      registers: [metrics.registry],
    });
    const queueState = () => this.queueState();
    new Gauge({
      name: 'nsk_jobs_due',
      help: 'Jobs due and not taken, and the age in seconds of the oldest (lag), across instances',
      labelNames: ['measure'],
      registers: [metrics.registry],
      async collect() {
        const state = await queueState();
        if (!state) return;
        this.set({ measure: 'count' }, state.due);
        this.set({ measure: 'lag_seconds' }, state.lagSeconds);
      },
    });
  }

  /** Called by an area's service while the application initialises (onModuleInit). */
  register(task: JobTask): void {
    if (this.tasks.has(task.name)) throw new Error(`The job task ${task.name} is registered twice`);
    this.tasks.set(task.name, task);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.enabled || this.tasks.size === 0) return;
    const { appUrl, applicationName } = this.config.database;
    // A pool of its own: one connection stays in LISTEN, the rest take and finish jobs; requests never wait behind a job.
    this.pool = new Pool({ connectionString: appUrl, max: this.config.jobs.concurrency + 2, application_name: `${applicationName}-jobs` });
    // A connection that dies (idle in the pool, or in a client's hands) is an event the runner recovers from, not a crash.
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
    const events: WorkerEvents = new EventEmitter();
    events.on('job:success', ({ job }) => this.completed.inc({ task: job.task_identifier }));
    events.on('job:error', ({ job }) => this.failed.inc({ task: job.task_identifier, final: 'false' }));
    events.on('job:failed', ({ job }) => this.failed.inc({ task: job.task_identifier, final: 'true' }));
    this.runner = await this.startRunner(events);
    this.logger.log({ msg: 'job runner started', tasks: [...this.tasks.keys()] });
  }

  private async startRunner(events: WorkerEvents): Promise<Runner> {
    try {
      return await run({
        pgPool: this.pool,
        concurrency: this.config.jobs.concurrency,
        noHandleSignals: true, // main.ts stops the runner as part of the graceful shutdown
        pollInterval: 2000,
        logger: this.workerLogger(),
        events,
        taskList: this.taskList(),
        parsedCronItems: this.cronItems(),
      });
    } catch (error) {
      await this.pool?.end();
      this.pool = undefined;
      // The runtime role may use the queue, not create or change it: a missing or older queue schema is the migration's job.
      if (['42501', '3F000', '42P01'].includes(failureCode(error))) {
        throw new SchemaBehindError("The job queue's schema (graphile_worker) is missing or behind this version of the service: run `npm run migrate` with the owner's DATABASE_URL, then start the service again");
      }
      throw error;
    }
  }

  /**
   * Lets the jobs in hand finish (graphile-worker's graceful stop), then
   * closes the pool: before the application's shutdown hooks, which close
   * the database connections those jobs use.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    await runner?.stop();
    await this.pool?.end();
  }

  private taskList(): TaskList {
    const list: TaskList = {};
    for (const task of this.tasks.values()) {
      list[task.name] = (payload) =>
        tracer.startActiveSpan(`job ${task.name}`, { attributes: { 'nsk.job.task': task.name } }, async (span) => {
          try {
            await task.run(payload);
          } catch (error) {
            const code = failureCode(error);
            span.setAttribute('error.type', code);
            span.setStatus({ code: SpanStatusCode.ERROR });
            throw new JobFailure(task.name, code);
          } finally {
            span.end();
          }
        });
    }
    return list;
  }

  private cronItems() {
    const scheduled = [...this.tasks.values()].filter((task) => task.schedule && this.config.jobs.schedules[task.schedule]);
    return parseCronItems(
      scheduled.map((task) => {
        const match = this.config.jobs.schedules[task.schedule!];
        return { task: task.name, identifier: task.name, match, options: { backfillPeriod: match === '* * * * *' ? 0 : BACKFILL_MS, maxAttempts: task.maxAttempts ?? 5 } };
      }),
    );
  }

  /** graphile-worker's own messages, at debug unless something went wrong; they name tasks and job ids only. */
  private workerLogger(): WorkerLogger {
    return new WorkerLogger(() => (level, message) => {
      if (level === 'error') this.logger.error({ msg: message });
      else if (level === 'warning') this.logger.warn({ msg: message });
      else this.logger.debug({ msg: message });
    });
  }

  private async queueState(): Promise<{ due: number; lagSeconds: number } | undefined> {
    if (!this.pool) return undefined;
    try {
      const { rows } = await this.pool.query<{ due: number; lag: number }>(
        `SELECT count(*)::int AS due, coalesce(extract(epoch FROM now() - min(run_at)), 0)::float8 AS lag
           FROM graphile_worker._private_jobs WHERE run_at <= now() AND locked_at IS NULL AND attempts < max_attempts`,
      );
      return { due: rows[0].due, lagSeconds: rows[0].lag };
    } catch {
      return undefined; // the database is away: readiness says so
    }
  }
}
