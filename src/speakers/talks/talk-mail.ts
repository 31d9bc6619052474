import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { PRODUCT_ID } from '../../networks/calendar/ics';
import { Meeting } from '../../networks/meetings/meeting.entity';
import { OutgoingMail } from '../../platform/outbox/outbox.service';
import { Talk } from './talk.entity';
import { now } from '../../platform/clock/clock';

export const talkUid = (talk: Pick<Talk, 'id'>) => `talk-${talk.id}@nsk-networks`;

interface TalkMailContext {
  talk: Talk;
  meeting: Meeting;
  networkName: string;
  speaker: { name: string; email: string };
  organizer: string;
  links?: { confirm: string; decline: string };
}

const local = (date: Date) =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }).format(date);

/**
 * The invitation (or update) to a speaker: a text e-mail with the confirm and
 * decline links and an iMIP REQUEST (RFC 6047) with a stable UID.
 */
export function talkRequestMail(context: TalkMailContext, update: boolean): OutgoingMail {
  const { talk, meeting, networkName, speaker, links } = context;
  return {
    municipalityId: talk.municipalityId,
    kind: update ? 'talk_update' : 'talk_invitation',
    to: speaker.email,
    subject: `${update ? 'Ændret tidspunkt' : 'Invitation'}: oplæg om ${talk.topic} (${networkName})`,
    text: [
      `Kære ${speaker.name}`,
      '',
      `${networkName} ${update ? 'har flyttet' : 'inviterer dig til'} et oplæg om "${talk.topic}" ${local(talk.startsAt)}-${local(talk.endsAt).split(' ').at(-1)}.`,
      meeting.place ? `Sted: ${meeting.place}` : '',
      meeting.onlineUrl ? `Online: ${meeting.onlineUrl}` : '',
      '',
      links ? `Bekræft: ${links.confirm}\nAfslå: ${links.decline}` : '',
    ].filter((line, index, all) => line !== '' || all[index - 1] !== '').join('\n'),
    ics: { method: 'REQUEST', content: calendar(context, ICalCalendarMethod.REQUEST) },
  };
}

/** The cancellation: text and an iMIP CANCEL for the same UID with a raised SEQUENCE. */
export function talkCancelMail(context: TalkMailContext): OutgoingMail {
  const { talk, networkName, speaker } = context;
  return {
    municipalityId: talk.municipalityId,
    kind: 'talk_cancellation',
    to: speaker.email,
    subject: `Aflyst: oplæg om ${talk.topic} (${networkName})`,
    text: `Kære ${speaker.name}\n\nOplægget om "${talk.topic}" ${local(talk.startsAt)} er desværre aflyst.`,
    ics: { method: 'CANCEL', content: calendar(context, ICalCalendarMethod.CANCEL) },
  };
}

/**
 * The iMIP part. The organizer address is a no-reply outbox, so the calendar
 * is not asked for an answer (RSVP=FALSE): Outlook's Accept/Decline would go
 * nowhere. The speaker answers with the links in the mail; a CANCEL asks for
 * nothing at all.
 */
function calendar({ talk, meeting, networkName, speaker, organizer, links }: TalkMailContext, method: ICalCalendarMethod): string {
  const cal = ical({ prodId: PRODUCT_ID, method });
  const organizerEmail = /<([^>]+)>/.exec(organizer)?.[1] ?? organizer;
  cal.createEvent({
    id: talkUid(talk),
    sequence: talk.sequence,
    start: talk.startsAt,
    end: talk.endsAt,
    stamp: now(),
    summary: `Oplæg: ${talk.topic} (${networkName})`,
    location: meeting.place ?? undefined,
    url: meeting.onlineUrl ?? undefined,
    status: method === ICalCalendarMethod.CANCEL ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    description: method === ICalCalendarMethod.CANCEL ? 'Oplægget er aflyst.' : links ? `Svar med linkene i mailen:\nBekræft: ${links.confirm}\nAfslå: ${links.decline}` : undefined,
    organizer: { name: networkName, email: organizerEmail },
    attendees: [
      method === ICalCalendarMethod.CANCEL
        ? { name: speaker.name, email: speaker.email, role: ICalAttendeeRole.REQ }
        : { name: speaker.name, email: speaker.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: false },
    ],
  });
  return cal.toString();
}
