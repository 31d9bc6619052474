import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { Meeting } from '../meetings/meeting.entity';
import { now } from '../../platform/clock/clock';

export const PRODUCT_ID = { company: 'NSK networks', product: 'Network meetings', language: 'DA' };

/** A stable UID per meeting, so updates replace the event instead of adding one. */
export const meetingUid = (meeting: Pick<Meeting, 'id'>) => `meeting-${meeting.id}@nsk-networks`;

/**
 * RFC 5545 calendar of meetings, one VEVENT per meeting. Times are written in
 * UTC, which every calendar converts to the reader's zone; the instants were
 * computed in Europe/Copenhagen, so summer and winter time are already right.
 * A cancelled meeting stays in the feed with STATUS:CANCELLED, so subscribed
 * calendars remove or strike it; every change raises SEQUENCE.
 */
export function renderCalendar(name: string, meetings: (Meeting & { networkName: string })[]): string {
  const calendar = ical({ name, prodId: PRODUCT_ID, method: ICalCalendarMethod.PUBLISH, ttl: 60 * 60 });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: meetingUid(meeting),
      sequence: meeting.sequence,
      start: meeting.startsAt,
      end: meeting.endsAt,
      stamp: now(),
      summary: `${meeting.title} (${meeting.networkName})`,
      location: meeting.place ?? undefined,
      url: meeting.onlineUrl ?? undefined,
      status: meeting.status === MeetingStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
