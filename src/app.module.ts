import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './platform/auth/auth.module';
import { AppConfig } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { DatabaseModule } from './platform/database/database.module';
import { ENTITIES } from './entities';
import { LedgerModule } from './platform/ledger/ledger.module';
import { MunicipalityKnownNames } from './known-names';
import { AnonymisationModule } from './privacy/anonymisation/anonymisation.module';
import { MetricsModule } from './platform/metrics/metrics.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { IdempotencyModule } from './platform/idempotency/idempotency.module';
import { DepartmentModule } from './organisation/departments/department.module';
import { GraphQLModule } from './platform/graphql/graphql.module';
import { HealthModule } from './platform/health/health.module';
import { LoggingModule } from './platform/logging/logging.module';
import { MunicipalityModule } from './organisation/municipalities/municipality.module';
import { StaffModule } from './organisation/staff/staff.module';
import { RoleModule } from './organisation/roles/role.module';
import { NetworkModule } from './networks/networks/network.module';
import { MeetingModule } from './networks/meetings/meeting.module';
import { AgendaModule } from './networks/agenda/agenda.module';
import { AttendanceModule } from './networks/attendance/attendance.module';
import { MinutesModule } from './networks/minutes/minutes.module';
import { KnowledgeModule } from './networks/knowledge/knowledge.module';
import { CalendarModule } from './networks/calendar/calendar.module';
import { NotificationModule } from './networks/notifications/notifications.module';
import { ConsentModule } from './consent/consent/consent.module';
import { SpeakerModule } from './speakers/speakers/speaker.module';
import { TalkModule } from './speakers/talks/talk.module';
import { OutboxModule } from './platform/outbox/outbox.module';
import { CaseModule } from './cases/discussions/case.module';
import { InquiryModule } from './counselling/inquiries/inquiry.module';
import { CaseloadModule } from './counselling/caseload/caseload.module';
import { CompetenceModule } from './counselling/competences/competence.module';
import { UpskillingModule } from './counselling/upskilling/upskilling.module';
import { StatisticsModule } from './counselling/statistics/statistics.module';
import { PreparednessModule } from './guidance/preparedness/preparedness.module';
import { SignInModule } from './signin/signin.module';
import { CommunityModule } from './community/community.module';

/** The domain modules; each owns one folder in an area of src/. */
const DOMAIN_MODULES = [
  MunicipalityModule,
  DepartmentModule,
  StaffModule,
  RoleModule,
  NetworkModule,
  MeetingModule,
  AgendaModule,
  AttendanceModule,
  MinutesModule,
  KnowledgeModule,
  CalendarModule,
  NotificationModule,
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
  CommunityModule,
];

@Module({})
export class AppModule {
  /** `config.database.appUrl` must be resolved (embedded database started) before this is called. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // The anonymisation guard for every @Guarded() input, with the names it may leave alone (app.setup.ts applies the pipe).
        AnonymisationModule.forRoot(MunicipalityKnownNames),
        LoggingModule,
        DatabaseModule.forRoot(ENTITIES),
        AuthModule,
        GraphQLModule,
        HealthModule,
        MetricsModule,
        JobsModule,
        LedgerModule,
        IdempotencyModule,
        SignInModule,
        ...DOMAIN_MODULES,
      ],
    };
  }
}
