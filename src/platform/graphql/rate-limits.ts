import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import Redis from 'ioredis';
import { createHmac } from 'node:crypto';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error';

export const RATE_LIMITED = 'RATE_LIMITED';

export interface RateLimitSettings {
  perAddressPerMinute: number;
  perUserPerMinute: number;
  /** Counters shared by every instance; unset: counted in this process. */
  redisUrl?: string;
  redisKeyPrefix: string;
  /** Keys the counters' names in Redis: addresses and accounts are not stored as such outside the process. */
  keySecret: Buffer;
}

/**
 * Requests per minute per address (before anything else is done) and per
 * signed-in user (once the token is verified).
 *
 * With `REDIS_URL` the counters live in Redis, so several instances behind a
 * load balancer enforce one limit together. Redis away: each instance falls
 * back to counting in its own memory (the same limits, per process) and keeps
 * serving; it returns to the shared counters once Redis answers. Failing
 * closed would turn a cache outage into a service outage.
 */
export class RateLimits {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perUser: RateLimiterAbstract;
  private readonly redis?: Redis;
  private readonly logger = new Logger('RateLimits');
  private redisDown = false;

  constructor(private readonly settings: RateLimitSettings) {
    if (settings.redisUrl) {
      // No offline queue: a request must not wait for Redis to come back; the insurance limiter answers instead.
      this.redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, retryStrategy: (attempt) => Math.min(attempt * 200, 2_000) });
      // Never the error's message: it names the host.
      this.redis.on('error', (error: NodeJS.ErrnoException) => this.noteRedis(false, error.code));
      this.redis.on('ready', () => this.noteRedis(true));
    }
    this.perAddress = this.limiter('address', settings.perAddressPerMinute);
    this.perUser = this.limiter('user', settings.perUserPerMinute);
  }

  private limiter(name: string, points: number): RateLimiterAbstract {
    const inProcess = new RateLimiterMemory({ points, duration: 60 });
    if (!this.redis) return inProcess;
    return new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${this.settings.redisKeyPrefix}:rl:${name}`, points, duration: 60, rejectIfRedisNotReady: true, insuranceLimiter: inProcess });
  }

  private noteRedis(up: boolean, code?: string): void {
    if (up === !this.redisDown) return;
    this.redisDown = !up;
    if (up) this.logger.log('Redis is back: rate limits are counted across instances again');
    else this.logger.warn(`Redis is unreachable (${code ?? 'error'}): rate limits are counted per instance until it is back`);
  }

  private key(raw: string): string {
    return this.redis ? createHmac('sha256', this.settings.keySecret).update('rate-limit\0').update(raw).digest('base64url').slice(0, 22) : raw;
  }

  /** Express middleware: 429 with Retry-After and a coded JSON error. /health and /metrics are exempt (orchestrators and Prometheus poll them). */
  addressMiddleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.path === '/health' || req.path.startsWith('/health/') || req.path === '/metrics') return next();
      this.perAddress.consume(this.key(req.ip ?? 'unknown')).then(
        () => next(),
        (rejection: unknown) => {
          const seconds = retryAfter(rejection);
          if (seconds === undefined) return next(); // a limiter fault is not the client's: serve
          res.setHeader('retry-after', String(seconds));
          res.status(429).json({ errors: [{ message: `Too many requests from this address; try again in ${seconds} seconds`, extensions: { code: RATE_LIMITED, retryAfterSeconds: seconds } }] });
        },
      );
    };
  }

  /** Consumes one request for the user; returns the error to report when over the limit. */
  async forUser(key: string): Promise<AppError | undefined> {
    try {
      await this.perUser.consume(this.key(key));
      return undefined;
    } catch (rejection) {
      const seconds = retryAfter(rejection);
      if (seconds === undefined) return undefined;
      return new AppError(RATE_LIMITED, `Too many requests from your account; try again in ${seconds} seconds`, { retryAfterSeconds: seconds, http: { status: 429 } });
    }
  }

  /** Waits (up to the timeout) for Redis to answer, so an instance starts on the shared counters rather than its own. */
  async whenReady(timeoutMs: number): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => redis.once('ready', () => resolve())),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    if (!this.redis) return;
    await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

/** Seconds until the client may try again, or undefined when the limiter itself failed. */
function retryAfter(rejection: unknown): number | undefined {
  if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return undefined;
}
