import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { Meeting } from '../meetings/meeting.entity';
import { scheduleAgenda } from '../agenda/agenda-schedule';
import { AgendaItem } from '../agenda/agenda-item.entity';

export const PRODUCT_ID = { company: 'NSK networks', product: 'Network meetings', language: 'DA' };

/** A stable UID per meeting, so updates replace the event instead of adding one. */
export const meetingUid = (meeting: Pick<Meeting, 'id'>) => `meeting-${meeting.id}@nsk-networks`;

export type FeedMeeting = Meeting & { networkName: string; agenda: AgendaItem[]; pageUrl: string };

const clock = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });

/** What a calendar shows under the event: the agenda with its times, why it was cancelled, and the way to the meeting's page. */
function describe(meeting: FeedMeeting): string {
  const lines: string[] = [];
  if (meeting.status === MeetingStatus.CANCELLED) lines.push(`Aflyst${meeting.cancellationReason ? `: ${meeting.cancellationReason}` : ''}`, '');
  if (meeting.agenda.length > 0) {
    let times: { startsAt: Date }[] = [];
    try {
      times = scheduleAgenda(meeting, meeting.agenda);
    } catch {
      // An agenda saved under older rules may no longer fit; list it without times rather than not at all.
    }
    lines.push('Dagsorden:', ...meeting.agenda.map((item, i) => (times[i] ? `${clock.format(times[i].startsAt)} ${item.title}` : item.title)), '');
  }
  lines.push(`Mødet i NSK-netværket: ${meeting.pageUrl}`);
  return lines.join('\n');
}

/**
 * RFC 5545 calendar of meetings, one VEVENT per meeting. Times are written in
 * UTC, which every calendar converts to the reader's zone; the instants were
 * computed in Europe/Copenhagen, so summer and winter time are already right.
 * A cancelled meeting stays in the feed with STATUS:CANCELLED, so subscribed
 * calendars remove or strike it; every change raises SEQUENCE. DTSTAMP is the
 * meeting's last change, so the same feed renders to the same bytes and a
 * poll that finds nothing new can be answered 304.
 */
export function renderCalendar(name: string, meetings: FeedMeeting[], options: { organizer: { name: string; email: string }; stamp: Date }): string {
  const calendar = ical({ name, prodId: PRODUCT_ID, method: ICalCalendarMethod.PUBLISH, ttl: 60 * 60 });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: meetingUid(meeting),
      sequence: meeting.sequence,
      start: meeting.startsAt,
      end: meeting.endsAt,
      stamp: meeting.updatedAt ?? options.stamp,
      summary: `${meeting.title} (${meeting.networkName})`,
      description: describe(meeting),
      organizer: options.organizer,
      location: meeting.place ?? undefined,
      url: meeting.onlineUrl ?? meeting.pageUrl,
      status: meeting.status === MeetingStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
