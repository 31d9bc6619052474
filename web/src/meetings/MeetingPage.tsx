import type { ResultOf } from '../api/graphql';
import { useQuery } from '../api/hooks';
import { Link, usePageTitle } from '../app/router';
import { ErrorSummary, Loading } from '../ui/Alerts';
import { formatDateTime, formatTime, MEETING_STATUS } from '../ui/format';
import { ActionItemsSection } from './ActionItemsSection';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { KnowledgeSection } from './KnowledgeSection';
import { MeetingTimeForm } from './MeetingTimeForm';
import { MinutesSection } from './MinutesSection';
import { MEETING } from './queries';
import { RsvpForm } from './RsvpForm';
import { TalksSection } from './TalksSection';

export type MeetingData = ResultOf<typeof MEETING>['meeting'];

export interface SectionProps {
  meeting: MeetingData;
  /** The caller coordinates the network (or is the municipality admin). */
  coordinates: boolean;
  myId: string;
  reload: () => Promise<void>;
}

/** One meeting: everything a member prepares and documents, and what the coordinator runs. */
export function MeetingPage({ id }: { id: string }) {
  const { data, problems, loading, reload } = useQuery(MEETING, { id });
  usePageTitle(data?.meeting.title ?? (problems ? 'Møde' : undefined));
  if (loading && !data) return <Loading />;
  if (!data) return (<><h1>Møde</h1><ErrorSummary problems={problems ?? []} /></>);
  const { meeting, me } = data;
  const myId = me.staffMember.id;
  const coordinates = meeting.network.members.some((m) => m.role === 'COORDINATOR' && m.staffMember.id === myId) || me.roles.includes('MUNICIPALITY_ADMIN');
  const props: SectionProps = { meeting, coordinates, myId, reload };
  const cancelled = meeting.status === 'CANCELLED';
  return (
    <>
      <p>
        <Link href={`/netvaerk/${meeting.network.id}`}>{meeting.network.name}</Link>
      </p>
      <h1>{meeting.title}</h1>
      <dl className="meeting-facts">
        <dt>Tidspunkt</dt>
        <dd>
          {formatDateTime(meeting.startsAt)}–{formatTime(meeting.endsAt)}
        </dd>
        {meeting.place && (
          <>
            <dt>Sted</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>
          {MEETING_STATUS[meeting.status]}
          {cancelled && meeting.cancellationReason ? ` (${meeting.cancellationReason})` : ''}
        </dd>
      </dl>
      {!cancelled && <RsvpForm {...props} />}
      {coordinates && !cancelled && <MeetingTimeForm {...props} />}
      <AgendaSection {...props} />
      <TalksSection {...props} />
      <AttendanceSection {...props} />
      <MinutesSection {...props} />
      <ActionItemsSection {...props} />
      <KnowledgeSection {...props} />
    </>
  );
}
