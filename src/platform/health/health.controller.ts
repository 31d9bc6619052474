import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../auth/allow.decorator';
import { ReadinessIndicators } from './readiness.indicators';

/**
 * For orchestrators and load balancers, so no token. Liveness: the process
 * answers (restart it if not). Readiness: send it traffic (database reachable,
 * migrations current, not shutting down); `/health` is readiness too, as
 * before. Each answers 200 or 503 with the state of each check.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessIndicators,
  ) {}

  @Public()
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Public()
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.readiness.notShuttingDown(), () => this.readiness.database(), () => this.readiness.migrations()]);
  }

  @Public()
  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.ready();
  }
}
