import { OutgoingMail } from '../../platform/outbox/outbox.service';
import { NotificationKind } from './notification-kind';

const day = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'long', year: 'numeric' });

export interface Recipient {
  staffUserId: string;
  email: string;
  displayName: string;
}

export interface MeetingMailFacts {
  municipalityId: string;
  title: string;
  networkName: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  /** The meeting's page in the web client. */
  url: string;
  agenda: { title: string; startsAt: Date; endsAt: Date }[];
}

/** Where a mail's footer and List-Unsubscribe point for this recipient and kind. */
export interface Unsubscribe {
  url: string;
  kind: NotificationKind;
}

const WHY: Record<NotificationKind, string> = {
  [NotificationKind.AGENDA_PUBLISHED]: 'mails om nye dagsordener',
  [NotificationKind.MINUTES_FOR_APPROVAL]: 'mails om referater til godkendelse',
  [NotificationKind.MEETING_REMINDER]: 'påmindelser før møder',
  [NotificationKind.ACTION_ITEMS]: 'mails om opgaver',
};

const when = (facts: Pick<MeetingMailFacts, 'startsAt' | 'endsAt'>) => `${day.format(facts.startsAt)} kl. ${time.format(facts.startsAt)}-${time.format(facts.endsAt)}`;

function meetingLines(facts: MeetingMailFacts, withAgenda: boolean): string[] {
  return [
    `Tid: ${when(facts)}`,
    facts.place ? `Sted: ${facts.place}` : '',
    facts.onlineUrl ? `Online: ${facts.onlineUrl}` : '',
    ...(withAgenda && facts.agenda.length > 0 ? ['', 'Dagsorden:', ...facts.agenda.map((item) => `  ${time.format(item.startsAt)}-${time.format(item.endsAt)}  ${item.title}`)] : []),
    '',
    `Se mødet: ${facts.url}`,
  ];
}

/**
 * One member notification. The body holds the meeting's facts and a link,
 * never minutes or case text; the footer and the List-Unsubscribe headers
 * (RFC 2369, one click by RFC 8058) turn this kind of mail off.
 */
function notification(recipient: Recipient, facts: Pick<MeetingMailFacts, 'municipalityId' | 'networkName'>, kind: NotificationKind, subject: string, lines: string[], unsubscribe: Unsubscribe): OutgoingMail {
  const body = [`Hej ${recipient.displayName}`, '', ...lines, '', '-- ', `Du får denne mail som medlem af ${facts.networkName}.`, `Frabed dig ${WHY[kind]}: ${unsubscribe.url}`];
  return {
    municipalityId: facts.municipalityId,
    kind: `notification_${kind}`,
    to: recipient.email,
    subject,
    text: body.filter((line, index, all) => line !== '' || all[index - 1] !== '').join('\n'),
    headers: { 'List-Unsubscribe': `<${unsubscribe.url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

export function agendaPublishedMail(recipient: Recipient, facts: MeetingMailFacts, unsubscribe: Unsubscribe): OutgoingMail {
  return notification(recipient, facts, NotificationKind.AGENDA_PUBLISHED, `Dagsorden: ${facts.title} ${date.format(facts.startsAt)}`, [`Dagsordenen til ${facts.title} i ${facts.networkName} er klar.`, '', ...meetingLines(facts, true)], unsubscribe);
}

export function meetingReminderMail(recipient: Recipient, facts: MeetingMailFacts, unsubscribe: Unsubscribe): OutgoingMail {
  return notification(recipient, facts, NotificationKind.MEETING_REMINDER, `Påmindelse: ${facts.title} ${day.format(facts.startsAt)} kl. ${time.format(facts.startsAt)}`, [`Husk ${facts.title} i ${facts.networkName}.`, '', ...meetingLines(facts, true)], unsubscribe);
}

export function minutesForApprovalMail(recipient: Recipient, facts: MeetingMailFacts, unsubscribe: Unsubscribe): OutgoingMail {
  return notification(
    recipient,
    facts,
    NotificationKind.MINUTES_FOR_APPROVAL,
    `Referat til godkendelse: ${facts.title} ${date.format(facts.startsAt)}`,
    [`Koordinatoren har sendt referatet fra ${facts.title} (${when(facts)}) til godkendelse.`, 'Læs det, og giv koordinatoren besked, hvis noget skal rettes.', '', `Læs referatet: ${facts.url}`],
    unsubscribe,
  );
}

export function actionItemMail(recipient: Recipient, facts: MeetingMailFacts, item: { text: string; dueOn: string | null }, unsubscribe: Unsubscribe): OutgoingMail {
  const due = item.dueOn ? `Frist: ${date.format(new Date(`${item.dueOn}T12:00:00Z`))}` : 'Ingen frist';
  return notification(
    recipient,
    facts,
    NotificationKind.ACTION_ITEMS,
    `Ny opgave fra ${facts.title}`,
    [`Du har fået en opgave på ${facts.title} (${date.format(facts.startsAt)}):`, '', `  ${item.text}`, `  ${due}`, '', `Se opgaverne: ${facts.url}`],
    unsubscribe,
  );
}

export function actionItemDueMail(recipient: Recipient, facts: MeetingMailFacts, item: { text: string; dueOn: string }, unsubscribe: Unsubscribe): OutgoingMail {
  return notification(
    recipient,
    facts,
    NotificationKind.ACTION_ITEMS,
    `Frist i morgen: opgave fra ${facts.title}`,
    [`Din opgave fra ${facts.title} (${date.format(facts.startsAt)}) har frist i morgen:`, '', `  ${item.text}`, `  Frist: ${date.format(new Date(`${item.dueOn}T12:00:00Z`))}`, '', `Se opgaverne: ${facts.url}`],
    unsubscribe,
  );
}
