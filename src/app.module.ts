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
import { NetworkModule } from './networks/network.module';
import { MeetingModule } from './meetings/meeting.module';
import { AgendaModule } from './agenda/agenda.module';
import { AttendanceModule } from './attendance/attendance.module';
import { MinutesModule } from './minutes/minutes.module';
import { KnowledgeModule } from './knowledge/knowledge.module';
import { CalendarModule } from './calendar/calendar.module';
import { ConsentModule } from './consent/consent.module';
import { SpeakerModule } from './speakers/speaker.module';
import { TalkModule } from './talks/talk.module';
import { OutboxModule } from './outbox/outbox.module';
import { CaseModule } from './cases/case.module';
import { InquiryModule } from './inquiries/inquiry.module';
import { CaseloadModule } from './caseload/caseload.module';
import { CompetenceModule } from './competences/competence.module';
import { UpskillingModule } from './upskilling/upskilling.module';
import { StatisticsModule } from './statistics/statistics.module';
import { PreparednessModule } from './preparedness/preparedness.module';

/** The domain modules; each owns one folder under src/. */
const DOMAIN_MODULES = [
  MunicipalityModule,
  DepartmentModule,
  StaffModule,
  NetworkModule,
  MeetingModule,
  AgendaModule,
  AttendanceModule,
  MinutesModule,
  KnowledgeModule,
  CalendarModule,
  ConsentModule,
  SpeakerModule,
  TalkModule,
  OutboxModule,
  CaseModule,
  InquiryModule,
  CaseloadModule,
  CompetenceModule,
  UpskillingModule,
  StatisticsModule,
  PreparednessModule,
];

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
