import { escapeHtml as escape, standalonePage as page } from '../../platform/web-client/html';
import { NotificationKind } from './notification-kind';

const WHAT: Record<NotificationKind, string> = {
  [NotificationKind.AGENDA_PUBLISHED]: 'mails, når en dagsorden udsendes',
  [NotificationKind.MINUTES_FOR_APPROVAL]: 'mails, når et referat sendes til godkendelse',
  [NotificationKind.MEETING_REMINDER]: 'påmindelser før møder',
  [NotificationKind.ACTION_ITEMS]: 'mails om opgaver, du får',
};

/** What the link in a mail opens: one button, whose POST unsubscribes. Opening it changes nothing (mail scanners open links). */
export function renderUnsubscribeForm(kind: NotificationKind, token: string, stylesheet?: string): string {
  return page(
    'Frabed dig mails',
    `<p>Vil du ikke længere have ${escape(WHAT[kind])}?</p>
<form method="post" action="/notifikationer/afmeld?token=${encodeURIComponent(token)}">
<button type="submit" class="button button-primary">Ja, frabed mig dem</button>
</form>
<p>Du kan altid slå dem til igen under Notifikationer, når du er logget ind.</p>`,
    stylesheet,
  );
}

export function renderUnsubscribed(kind: NotificationKind, stylesheet?: string): string {
  return page('Du er afmeldt', `<p>Du får ikke længere ${escape(WHAT[kind])}. Du kan slå dem til igen under Notifikationer, når du er logget ind.</p>`, stylesheet);
}

const REFUSALS: Record<string, [string, string]> = {
  LINK_INVALID: ['Linket virker ikke', 'Linket er ikke gyldigt. Du kan vælge, hvilke mails du får, under Notifikationer, når du er logget ind.'],
  LINK_EXPIRED: ['Linket er udløbet', 'Linket er for gammelt. Du kan vælge, hvilke mails du får, under Notifikationer, når du er logget ind.'],
};

export function renderUnsubscribeRefused(code: string, stylesheet?: string): string {
  const [title, text] = REFUSALS[code] ?? REFUSALS.LINK_INVALID;
  return page(title, `<p>${escape(text)}</p>`, stylesheet);
}
