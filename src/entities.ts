import { AgendaItem } from './networks/agenda/agenda-item.entity';
import { Attendance } from './networks/attendance/attendance.entity';
import { CalendarFeed } from './networks/calendar/calendar-feed.entity';
import { Citizen } from './consent/citizens/citizen.entity';
import { ConsentEvent } from './consent/consent/consent-event.entity';
import { Consent } from './consent/consent/consent.entity';
import { DataFlowPolicy } from './consent/consent/data-flow-policy.entity';
import { Exchange } from './consent/exchange/exchange.entity';
import { LedgerCheckpointRow, LedgerEntry, LedgerHead } from './platform/ledger/ledger-entry.entity';
import { Department } from './organisation/departments/department.entity';
import { KnowledgeTakeBack } from './networks/knowledge/knowledge-takeback.entity';
import { MeetingReminder, NotificationPreference } from './networks/notifications/notification-preference.entity';
import { CivilSocietyGoal, Engagement, EngagementParticipant, HousingArea, HousingAreaNetwork, LocalActor, LocalActorArea, NetworkLocalActor } from './community/community.entities';
import { MeetingSeries } from './networks/meetings/meeting-series.entity';
import { Meeting } from './networks/meetings/meeting.entity';
import { ActionItem } from './networks/minutes/action-item.entity';
import { MinutesVersion } from './networks/minutes/minutes-version.entity';
import { Municipality } from './organisation/municipalities/municipality.entity';
import { NetworkMembership } from './networks/networks/network-membership.entity';
import { Network } from './networks/networks/network.entity';
import { StaffUser } from './organisation/staff/staff-user.entity';
import { RoleGrant } from './organisation/roles/role-grant.entity';
import { Speaker } from './speakers/speakers/speaker.entity';
import { Talk, TalkRating, TalkStatusChange } from './speakers/talks/talk.entity';
import { OutboxMessage } from './platform/outbox/outbox-message.entity';
import { CaseDiscussion, CaseReferenceCounter, CaseResponse } from './cases/discussions/case.entity';
import { IdempotencyKey } from './platform/idempotency/idempotency-key.entity';
import { Inquiry } from './counselling/inquiries/inquiry.entity';
import { CounsellingCase } from './counselling/caseload/counselling-case.entity';
import { Escalation } from './counselling/caseload/escalation.entity';
import { RiskAssessment } from './counselling/caseload/risk-assessment.entity';
import { Competence } from './counselling/competences/competence.entity';
import { Workshop } from './counselling/upskilling/workshop.entity';
import { KnowledgeNeed } from './counselling/upskilling/knowledge-need.entity';
import { ActionCard, PreparednessPlan } from './guidance/preparedness/preparedness-plan.entity';

/** Every TypeORM entity; listed explicitly so the compiled and the ts-node runs agree. */
export const ENTITIES = [
  Municipality,
  Department,
  StaffUser,
  RoleGrant,
  Network,
  NetworkMembership,
  MeetingSeries,
  Meeting,
  AgendaItem,
  Attendance,
  MinutesVersion,
  ActionItem,
  KnowledgeTakeBack,
  NotificationPreference,
  MeetingReminder,
  CalendarFeed,
  Citizen,
  Consent,
  ConsentEvent,
  DataFlowPolicy,
  Exchange,
  LedgerEntry,
  LedgerHead,
  LedgerCheckpointRow,
  Speaker,
  Talk,
  TalkStatusChange,
  TalkRating,
  OutboxMessage,
  CaseDiscussion,
  CaseResponse,
  CaseReferenceCounter,
  IdempotencyKey,
  Inquiry,
  CounsellingCase,
  Escalation,
  RiskAssessment,
  Competence,
  Workshop,
  KnowledgeNeed,
  PreparednessPlan,
  ActionCard,
  HousingArea,
  LocalActor,
  LocalActorArea,
  Engagement,
  EngagementParticipant,
  CivilSocietyGoal,
  NetworkLocalActor,
  HousingAreaNetwork,
];
