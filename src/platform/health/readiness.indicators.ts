import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { pendingMigrations } from '../database/schema-current';
import { Lifecycle } from './lifecycle';

/** What `/health/ready` checks: the database answers, it holds every migration this version knows, and the instance is not shutting down. */
@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly lifecycle: Lifecycle,
  ) {}

  notShuttingDown(): HealthIndicatorResult {
    const indicator = this.indicators.check('lifecycle');
    return this.lifecycle.shuttingDown ? indicator.down({ state: 'shutting down' }) : indicator.up({ state: 'serving' });
  }

  async database(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('database');
    try {
      await this.dataSource.query('SELECT 1');
      return indicator.up();
    } catch {
      // Never the driver's message: it can name hosts and roles.
      return indicator.down({ state: 'unreachable' });
    }
  }

  async migrations(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('migrations');
    try {
      const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM migrations');
      const pending = pendingMigrations(new Set(rows.map((row) => row.name)));
      return pending.length === 0 ? indicator.up() : indicator.down({ pending: pending.length });
    } catch {
      return indicator.down({ state: 'unreadable' });
    }
  }
}
