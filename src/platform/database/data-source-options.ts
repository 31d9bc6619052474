import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { StatementCountingLogger } from './statement-counting.logger';

export interface RuntimePoolSettings {
  poolSize: number;
  statementTimeoutMs: number;
  /** Time a request waits for a free connection; past it the pool refuses (load shedding, not an endless queue). */
  poolWaitMs?: number;
  applicationName?: string;
}

/**
 * The entity classes a DataSource maps. The platform does not know the product's
 * areas: the list is assembled where they are composed (src/entities.ts).
 */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

/**
 * Owner connection: migrations, and the entity metadata the demo seeder and
 * schema checks use; one connection so the advisory lock and the migrations share it.
 */
export function ownerDataSourceOptions(url: string, entities: EntityList): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    synchronize: false,
    extra: { max: 1, application_name: 'nsk-migrations' },
  };
}

/** Runtime connection pool: the role that row-level security applies to. */
export function runtimeDataSourceOptions(url: string, pool: RuntimePoolSettings, entities: EntityList): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    entities,
    synchronize: false,
    migrationsRun: false,
    logger: new StatementCountingLogger(),
    maxQueryExecutionTime: 1000,
    extra: {
      max: pool.poolSize,
      application_name: pool.applicationName ?? 'nsk-service',
      connectionTimeoutMillis: pool.poolWaitMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      // Server-side limits: a runaway statement or an abandoned transaction cannot hold locks forever.
      statement_timeout: pool.statementTimeoutMs,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}
