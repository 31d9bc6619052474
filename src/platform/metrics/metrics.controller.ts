import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/allow.decorator';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Metrics } from './metrics.service';

/**
 * Prometheus scrapes `/metrics` with `Authorization: Bearer <METRICS_TOKEN>`.
 * Without a configured token the route does not exist (404); a wrong or
 * missing token gets 401. Not public: the figures describe the service's load.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = this.config.metrics.token;
    if (!token) {
      res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    if (!sameSecret(authorization ?? '', `Bearer ${token}`)) {
      res.status(401).set('www-authenticate', 'Bearer').json({ errors: [{ message: 'The metrics need the bearer token configured as METRICS_TOKEN', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    res.status(200).type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
