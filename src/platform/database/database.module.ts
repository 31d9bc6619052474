import { DynamicModule, Global, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EntityList, runtimeDataSourceOptions } from './data-source-options';
import { assertRuntimeRoleRespectsRls } from './runtime-role-check';
import { TenantDatabase } from './tenant-database';

/**
 * The runtime connection pool (DATABASE_APP_URL's role) and TenantDatabase.
 * Migrations run before the Nest application starts, as the owner role.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationBootstrap {
  constructor(private readonly dataSource: DataSource) {}

  /** `entities`: every area's entities, assembled beside app.module.ts. */
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => {
            if (!config.database.appUrl) throw new Error('The runtime database URL is not resolved');
            return runtimeDataSourceOptions(config.database.appUrl, config.database, entities);
          },
        }),
      ],
      providers: [TenantDatabase],
      exports: [TenantDatabase],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    keepClientErrorsHandled(this.dataSource);
    try {
      await assertRuntimeRoleRespectsRls(this.dataSource);
    } catch (error) {
      await this.dataSource.destroy();
      throw error;
    }
  }
}

type EventSource = { on(event: string, listener: (...args: unknown[]) => void): unknown };

/**
 * A pg client whose server connection is terminated emits 'error'; with no
 * listener that event throws and takes the process down. The pool listens
 * only while a client is idle and TypeORM only while a query runner holds it,
 * which leaves gaps (a client handed over as its connection dies). Every
 * client gets a listener of its own; the failure itself still reaches the
 * query that was using it, as a coded connection loss.
 */
function keepClientErrorsHandled(dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: EventSource & { _clients?: EventSource[] } }).master;
  if (!pool) return;
  const guarded = new WeakSet<EventSource>();
  const guard = (client: EventSource) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on('error', () => undefined);
  };
  pool.on('connect', (client) => guard(client as EventSource));
  for (const client of pool._clients ?? []) guard(client);
}
