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
    try {
      await assertRuntimeRoleRespectsRls(this.dataSource);
    } catch (error) {
      await this.dataSource.destroy();
      throw error;
    }
  }
}
