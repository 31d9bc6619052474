import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The service's Prometheus metrics, one registry per application. Labels are
 * schema field names, operation types and error codes only: finite sets the
 * service defines, never a value a client sent (an operation name, a variable)
 * and never personal data.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly graphqlRequests = new Counter({
    name: 'nsk_graphql_requests_total',
    help: 'GraphQL requests by root field, operation type and result code (OK or the error code)',
    labelNames: ['operation', 'type', 'code'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'nsk_graphql_request_duration_seconds',
    help: 'GraphQL request time from parse to response, by root field and operation type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'nsk_' });
    new Gauge({
      name: 'nsk_db_pool_connections',
      help: 'Runtime pool connections: in use, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
        if (!pool) return;
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'nsk_outbox_due_messages',
      help: 'Mails due to be sent and not yet sent, across municipalities (counted up to 100,000)',
      registers: [this.registry],
      async collect() {
        try {
          const [row] = await dataSource.query('SELECT count(*)::int AS due FROM outbox_due(100000)');
          this.set(row.due);
        } catch {
          // The database is away: the pool gauge and readiness say so; the last value stays.
        }
      },
    });
  }
}
