import { escapeHtml as escape, standalonePage as page } from '../../platform/web-client/html';
import { TalkAnswer } from './talk-links';

const when = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const until = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });

export interface TalkInvitationView {
  answer: TalkAnswer;
  topic: string;
  startsAt: Date;
  endsAt: Date;
  meetingTitle: string;
  place: string | null;
}

/** The page a reply link opens: the talk, and one button whose POST records the answer. Opening it changes nothing. */
export function renderReplyForm(view: TalkInvitationView, token: string, stylesheet?: string): string {
  const confirm = view.answer === 'confirm';
  return page(
    confirm ? 'Bekræft dit oplæg' : 'Meld afbud til oplægget',
    `<p>Du er inviteret til at holde oplæg om <strong>${escape(view.topic)}</strong> ved ${escape(view.meetingTitle)}, ${escape(when.format(view.startsAt))}–${escape(until.format(view.endsAt))}${view.place ? `, ${escape(view.place)}` : ''}.</p>
<form method="post" action="/talks/respond?token=${encodeURIComponent(token)}">
<button type="submit" class="button ${confirm ? 'button-primary' : 'button-secondary'}">${confirm ? 'Ja, jeg holder oplægget' : 'Nej, jeg kan ikke deltage'}</button>
</form>
<p>Har du fået den forkerte knap? Brug den anden knap i mailen, eller kontakt netværkets koordinator.</p>`,
    stylesheet,
  );
}

export function renderReplyDone(confirmed: boolean, stylesheet?: string): string {
  return page(
    'Tak for dit svar',
    confirmed ? '<p>Dit oplæg er bekræftet. Du får en opdateret kalenderinvitation, hvis tidspunktet ændres.</p>' : '<p>Vi har registreret, at du ikke kan deltage. Koordinatoren får besked.</p>',
    stylesheet,
  );
}

const REFUSALS: Record<string, [string, string]> = {
  LINK_INVALID: ['Linket virker ikke', 'Linket er ikke gyldigt. Brug linket i mailen, som det er, eller kontakt netværkets koordinator.'],
  LINK_EXPIRED: ['Linket er udløbet', 'Fristen for at svare via linket er overskredet. Kontakt netværkets koordinator.'],
  LINK_USED: ['Du har allerede svaret', 'Der er allerede registreret et svar på invitationen, eller oplægget er aflyst. Kontakt netværkets koordinator, hvis du vil ændre dit svar.'],
};

export function renderReplyRefused(code: string, stylesheet?: string): string {
  const [title, text] = REFUSALS[code] ?? REFUSALS.LINK_INVALID;
  return page(title, `<p>${escape(text)}</p>`, stylesheet);
}
