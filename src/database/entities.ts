import { AgendaItem } from '../agenda/agenda-item.entity';
import { Attendance } from '../attendance/attendance.entity';
import { CalendarFeed } from '../calendar/calendar-feed.entity';
import { Citizen } from '../citizens/citizen.entity';
import { ConsentEvent } from '../consent/consent-event.entity';
import { Consent } from '../consent/consent.entity';
import { DataFlowPolicy } from '../consent/data-flow-policy.entity';
import { Exchange } from '../exchange/exchange.entity';
import { LedgerEntry, LedgerHead } from '../ledger/ledger-entry.entity';
import { Department } from '../departments/department.entity';
import { KnowledgeTakeBack } from '../knowledge/knowledge-takeback.entity';
import { MeetingSeries } from '../meetings/meeting-series.entity';
import { Meeting } from '../meetings/meeting.entity';
import { ActionItem } from '../minutes/action-item.entity';
import { MinutesVersion } from '../minutes/minutes-version.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { NetworkMembership } from '../networks/network-membership.entity';
import { Network } from '../networks/network.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { Speaker } from '../speakers/speaker.entity';
import { Talk, TalkRating, TalkStatusChange } from '../talks/talk.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { CaseDiscussion, CaseReferenceCounter, CaseResponse } from '../cases/case.entity';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity';
import { Inquiry } from '../inquiries/inquiry.entity';
import { CounsellingCase } from '../caseload/counselling-case.entity';
import { Escalation } from '../caseload/escalation.entity';
import { RiskAssessment } from '../caseload/risk-assessment.entity';
import { Competence } from '../competences/competence.entity';
import { Workshop } from '../upskilling/workshop.entity';
import { KnowledgeNeed } from '../upskilling/knowledge-need.entity';
import { ActionCard, PreparednessPlan } from '../preparedness/preparedness-plan.entity';

/** Every TypeORM entity; listed explicitly so the compiled and the ts-node runs agree. */
export const ENTITIES = [
  Municipality,
  Department,
  StaffUser,
  Network,
  NetworkMembership,
  MeetingSeries,
  Meeting,
  AgendaItem,
  Attendance,
  MinutesVersion,
  ActionItem,
  KnowledgeTakeBack,
  CalendarFeed,
  Citizen,
  Consent,
  ConsentEvent,
  DataFlowPolicy,
  Exchange,
  LedgerEntry,
  LedgerHead,
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
];
