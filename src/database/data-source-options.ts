import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { StatementCountingLogger } from './statement-counting.logger';

export interface RuntimePoolSettings {
  poolSize: number;
  statementTimeoutMs: number;
  applicationName?: string;
}

/** Owner connection: migrations only; one connection so the advisory lock and the migrations share it. */
export function ownerDataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    synchronize: false,
    extra: { max: 1, application_name: 'nsk-migrations' },
  };
}

/** Runtime connection pool: the role that row-level security applies to. */
export function runtimeDataSourceOptions(url: string, pool: RuntimePoolSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logger: new StatementCountingLogger(),
    maxQueryExecutionTime: 1000,
    extra: {
      max: pool.poolSize,
      application_name: pool.applicationName ?? 'nsk-service',
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // Server-side limits: a runaway statement or an abandoned transaction cannot hold locks forever.
      statement_timeout: pool.statementTimeoutMs,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}
