import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error';

export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * Requests per minute per address (before anything else is done) and per
 * signed-in user (once the token is verified). Counters live in this process:
 * behind a load balancer with several instances, each enforces its own share.
 */
export class RateLimits {
  private readonly perAddress: RateLimiterMemory;
  private readonly perUser: RateLimiterMemory;

  constructor(limits: { perAddressPerMinute: number; perUserPerMinute: number }) {
    this.perAddress = new RateLimiterMemory({ points: limits.perAddressPerMinute, duration: 60 });
    this.perUser = new RateLimiterMemory({ points: limits.perUserPerMinute, duration: 60 });
  }

  /** Express middleware: 429 with Retry-After and a coded JSON error. /health and /metrics are exempt (orchestrators and Prometheus poll them). */
  addressMiddleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.path === '/health' || req.path.startsWith('/health/') || req.path === '/metrics') return next();
      this.perAddress.consume(req.ip ?? 'unknown').then(
        () => next(),
        (rejection: unknown) => {
          const seconds = retryAfter(rejection);
          res.setHeader('retry-after', String(seconds));
          res.status(429).json({ errors: [{ message: `Too many requests from this address; try again in ${seconds} seconds`, extensions: { code: RATE_LIMITED, retryAfterSeconds: seconds } }] });
        },
      );
    };
  }

  /** Consumes one request for the user; returns the error to report when over the limit. */
  async forUser(key: string): Promise<AppError | undefined> {
    try {
      await this.perUser.consume(key);
      return undefined;
    } catch (rejection) {
      const seconds = retryAfter(rejection);
      return new AppError(RATE_LIMITED, `Too many requests from your account; try again in ${seconds} seconds`, { retryAfterSeconds: seconds, http: { status: 429 } });
    }
  }
}

function retryAfter(rejection: unknown): number {
  if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  throw rejection;
}
