import { Foundation1795548370897 } from './1795548370897-Foundation';
import { NetworksAndMeetings1795549243928 } from './1795549243928-NetworksAndMeetings';
import { ConsentLedgerAndExchange1795550374771 } from './1795550374771-ConsentLedgerAndExchange';
import { SpeakersAndTalks1795552466917 } from './1795552466917-SpeakersAndTalks';
import { CaseDiscussions1795553291139 } from './1795553291139-CaseDiscussions';
import { IdempotencyKeys1795554099382 } from './1795554099382-IdempotencyKeys';
import { CounsellingAndPreparedness1795610735972 } from './1795610735972-CounsellingAndPreparedness';
import { RoleGrants1796118468006 } from './1796118468006-RoleGrants';
import { IdempotencyExpiry1796119000000 } from './1796119000000-IdempotencyExpiry';
import { MunicipalityListing1796119100000 } from './1796119100000-MunicipalityListing';
import { LedgerAppendFunction1796119200000 } from './1796119200000-LedgerAppendFunction';
import { WithdrawnContentErasure1796124082721 } from './1796124082721-WithdrawnContentErasure';
import { WebSessions1796200000000 } from './1796200000000-WebSessions';
import { MeetingUpdatedAt1796200100000 } from './1796200100000-MeetingUpdatedAt';
import { InquirySourcesAndChannel1796200200000 } from './1796200200000-InquirySourcesAndChannel';
import { LedgerProofs1796300000000 } from './1796300000000-LedgerProofs';
import { MinutesFindings1796400000000 } from './1796400000000-MinutesFindings';
import { CitusReadyKeys1796500000000 } from './1796500000000-CitusReadyKeys';
import { MemberNotifications1796600000000 } from './1796600000000-MemberNotifications';
import { Community1796700000000 } from './1796700000000-Community';
import { ActionItemDueReminders1796800000000 } from './1796800000000-ActionItemDueReminders';

/** Every migration, in order. Listed explicitly so compiled and ts-node runs find the same set. */
export const MIGRATIONS = [Foundation1795548370897, NetworksAndMeetings1795549243928, ConsentLedgerAndExchange1795550374771, SpeakersAndTalks1795552466917, CaseDiscussions1795553291139, IdempotencyKeys1795554099382, CounsellingAndPreparedness1795610735972, RoleGrants1796118468006, IdempotencyExpiry1796119000000, MunicipalityListing1796119100000, LedgerAppendFunction1796119200000, WithdrawnContentErasure1796124082721, WebSessions1796200000000, MeetingUpdatedAt1796200100000, InquirySourcesAndChannel1796200200000, LedgerProofs1796300000000, MinutesFindings1796400000000, CitusReadyKeys1796500000000, MemberNotifications1796600000000, Community1796700000000, ActionItemDueReminders1796800000000];
