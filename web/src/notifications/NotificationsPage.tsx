import { FormEvent, useEffect, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { useAction, useQuery } from '../api/hooks';
import { usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { CheckboxGroup, SelectField } from '../ui/Choices';

const PREFERENCES = graphql(`
  query NotificationPreferences {
    myNotificationPreferences { agendaPublished minutesForApproval meetingReminder actionItems reminderHoursBefore }
  }
`);

const SET_PREFERENCES = graphql(`
  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) { agendaPublished minutesForApproval meetingReminder actionItems reminderHoursBefore }
  }
`);

type Kind = 'agendaPublished' | 'minutesForApproval' | 'meetingReminder' | 'actionItems';

const KINDS: [Kind, string][] = [
  ['agendaPublished', 'koordinatoren udsender dagsordenen til et møde'],
  ['minutesForApproval', 'et referat er sendt til godkendelse'],
  ['meetingReminder', 'et møde nærmer sig (påmindelse)'],
  ['actionItems', 'jeg får en opgave fra et møde'],
];

const REMINDER_TIMES: [string, string][] = [
  ['1', '1 time før'],
  ['3', '3 timer før'],
  ['24', 'Dagen før (24 timer)'],
  ['48', 'To dage før'],
  ['72', 'Tre dage før'],
  ['168', 'En uge før'],
];

/** Which mails a member gets about their meetings, and when the reminder comes. */
export function NotificationsPage() {
  usePageTitle('Notifikationer');
  const { data, problems, loading } = useQuery(PREFERENCES, {});
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [hours, setHours] = useState('24');
  const [notice, setNotice] = useState<string>();
  const save = useAction();

  useEffect(() => {
    const current = data?.myNotificationPreferences;
    if (!current) return;
    setKinds(KINDS.map(([kind]) => kind).filter((kind) => current[kind]));
    setHours(String(current.reminderHoursBefore));
  }, [data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(undefined);
    const input = { ...Object.fromEntries(KINDS.map(([kind]) => [kind, kinds.includes(kind)])), reminderHoursBefore: Number(hours) };
    if (await save.run(() => request(SET_PREFERENCES, { input }))) setNotice('Dine valg er gemt.');
  }

  // A time chosen elsewhere (the API allows 1-336 hours) stays selectable.
  const times: [string, string][] = REMINDER_TIMES.some(([value]) => value === hours) ? REMINDER_TIMES : [...REMINDER_TIMES, [hours, `${hours} timer før`]];
  return (
    <>
      <h1>Notifikationer</h1>
      <p>Vælg, hvilke mails du får om dine netværks møder. Mailene indeholder mødets tid, sted og dagsorden og et link hertil, aldrig oplysninger om borgere.</p>
      {loading && !data && <Loading />}
      {problems && <ErrorSummary problems={problems} />}
      {data && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary problems={save.problems} />
          <CheckboxGroup legend="Send mig en mail, når" options={KINDS} value={kinds} onChange={setKinds} idPrefix="notify" />
          <SelectField label="Hvornår skal påmindelsen komme?" options={times} value={hours} onChange={setHours} />
          <button type="submit" className="button button-primary" disabled={save.pending}>
            Gem mine valg
          </button>
          <Notice>{notice}</Notice>
        </form>
      )}
    </>
  );
}
