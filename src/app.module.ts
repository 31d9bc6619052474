import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DepartmentModule } from './departments/department.module';
import { GraphQLModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MunicipalityModule } from './municipalities/municipality.module';
import { StaffModule } from './staff/staff.module';

/** The domain modules; each owns one folder under src/. */
const DOMAIN_MODULES = [MunicipalityModule, DepartmentModule, StaffModule];

@Module({})
export class AppModule {
  /** `config.database.appUrl` must be resolved (embedded database started) before this is called. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule, AuthModule, GraphQLModule, HealthModule, ...DOMAIN_MODULES],
    };
  }
}
