import { SignJWT } from 'jose';
import { ParsedMail } from 'mailparser';
import { NotificationService } from '../../src/networks/notifications/notification.service';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { OwnDatabase, useOwnDatabase } from '../utils/own-database';
import { CapturingSmtp, startSmtp } from '../utils/smtp';
import { createTestApp, TestApp } from '../utils/test-app';

const PREFERENCES = '{ myNotificationPreferences { agendaPublished minutesForApproval meetingReminder actionItems reminderHoursBefore } }';
const SET_PREFERENCES = 'mutation($input: SetNotificationPreferencesInput!) { setNotificationPreferences(input: $input) { agendaPublished meetingReminder reminderHoursBefore } }';

/**
 * Member notifications end to end: a change raises a job, the job runner
 * (on, in a database of this file's own) writes the mails to the outbox, and
 * the outbox's jobs deliver them to a real SMTP server, where they are
 * parsed: subject, body, links and headers.
 */
describe('member notifications', () => {
  let db: OwnDatabase;
  let smtp: CapturingSmtp & { refused: number };
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;

  beforeAll(async () => {
    db = await useOwnDatabase('notify');
    smtp = await startSmtp();
    // Reminders are run by the test (sendDueReminders), not on their five-minute schedule.
    api = await createTestApp({ JOB_RUNNER: 'on', SMTP_URL: smtp.url, PUBLIC_BASE_URL: 'https://nsk.example.dk', CRON_MEETING_REMINDERS: '', CRON_OUTBOX_SWEEP: '' });
    town = await createMunicipality();
    net = await createNetwork(api, town);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await closeFactories();
    await smtp?.close();
    await db?.drop();
  });

  const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
  const until = async (condition: () => boolean, what: string) => {
    const started = Date.now();
    while (!condition()) {
      if (Date.now() - started > 20_000) throw new Error(`timed out waiting for ${what}; received: ${smtp.received.map((m) => m.subject).join(' | ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const header = (mail: ParsedMail, key: string) => mail.headerLines.find((line) => line.key === key)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, '');
  const unsubscribeUrl = (mail: ParsedMail) => /<([^>]+)>/.exec(header(mail, 'list-unsubscribe') ?? '')![1].replace('https://nsk.example.dk', '');
  const emailOf = async (person: { token: string }) => ok(await api.gql<{ me: { staffMember: { email: string } } }>('{ me { staffMember { email } } }', {}, person.token)).me.staffMember.email;

  it('mails the agenda to every member but the coordinator who published it, with time, place, agenda, link and unsubscribe headers', async () => {
    const startsAt = new Date(Date.now() + 3 * 24 * 3600_000);
    const meetingId = await scheduleMeeting(api, net, startsAt, 120, 'Netværksmøde i marts');
    ok(
      await api.gql(
        'mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }',
        { input: { meetingId, items: [{ type: 'NEWS_ROUND', title: 'Nyt fra afdelingerne', durationMinutes: 30 }, { type: 'KNOWLEDGE_SHARING', title: 'Tegn på negativ social kontrol', durationMinutes: 60 }] } },
        net.coordinator.token,
      ),
    );
    ok(await api.gql('mutation($id: ID!) { publishAgenda(meetingId: $id) { status } }', { id: meetingId }, net.coordinator.token));
    await until(() => smtp.received.filter((m) => m.subject?.startsWith('Dagsorden:')).length >= 3, 'three agenda mails');
    const agendaMails = smtp.received.filter((m) => m.subject?.startsWith('Dagsorden:'));
    const emails = await Promise.all([net.health, net.school, net.job].map(emailOf));
    expect(agendaMails.map(addressOf).sort()).toEqual([...emails].sort());
    expect(agendaMails.map(addressOf)).not.toContain(await emailOf(net.coordinator));
    const mail = agendaMails[0];
    expect(mail.subject).toMatch(/^Dagsorden: Netværksmøde i marts \d+\. \w+ \d{4}$/);
    expect(mail.text).toContain('Sted: Rådhuset, mødelokale 2');
    expect(mail.text).toMatch(/Dagsorden:\n {2}\d\d\.\d\d-\d\d\.\d\d {2}Nyt fra afdelingerne\n {2}\d\d\.\d\d-\d\d\.\d\d {2}Tegn på negativ social kontrol/);
    expect(mail.text).toContain(`Se mødet: https://nsk.example.dk/moede/${meetingId}`);
    expect(header(mail, 'auto-submitted')).toBe('auto-generated');
    expect(header(mail, 'list-unsubscribe')).toMatch(/^<https:\/\/nsk\.example\.dk\/notifikationer\/afmeld\?token=[\w.-]+>$/);
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(unsubscribeUrl(mail).replace(/^/, 'https://nsk.example.dk'));
  });

  it('changes nothing on GET or HEAD of the unsubscribe link, and turns that kind off on a one-click POST (RFC 8058)', async () => {
    const schoolEmail = await emailOf(net.school);
    const mail = smtp.received.find((m) => m.subject?.startsWith('Dagsorden:') && addressOf(m) === schoolEmail)!;
    const path = unsubscribeUrl(mail);
    const server = api.app.getHttpServer();
    const { default: request } = await import('supertest');
    expect((await request(server).head(path)).status).toBe(200);
    const page = await request(server).get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="da">');
    expect(page.text).toContain('mails, når en dagsorden udsendes');
    expect(ok(await api.gql<{ myNotificationPreferences: { agendaPublished: boolean } }>(PREFERENCES, {}, net.school.token)).myNotificationPreferences.agendaPublished).toBe(true);
    const oneClick = await request(server).post(path).set('content-type', 'application/x-www-form-urlencoded').send('List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect(oneClick.text).toContain('Du er afmeldt');
    expect(ok(await api.gql<{ myNotificationPreferences: Record<string, unknown> }>(PREFERENCES, {}, net.school.token)).myNotificationPreferences).toEqual({
      agendaPublished: false,
      minutesForApproval: true,
      meetingReminder: true,
      actionItems: true,
      reminderHoursBefore: 24,
    });
    expect((await request(server).post(path)).status).toBe(200); // twice: still off, nothing else changes
    // Two clicks at once for a member who has never chosen (the mail client's one click and the member's own): both succeed.
    const jobEmail = await emailOf(net.job);
    const jobPath = unsubscribeUrl(smtp.received.find((m) => m.subject?.startsWith('Dagsorden:') && addressOf(m) === jobEmail)!);
    const both = await Promise.all([request(server).post(jobPath), request(server).post(jobPath)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(ok(await api.gql<{ myNotificationPreferences: { agendaPublished: boolean } }>(PREFERENCES, {}, net.job.token)).myNotificationPreferences.agendaPublished).toBe(false);
    const forged = await request(server).get(`${path.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(400);
    expect(forged.headers['x-error-code']).toBe('LINK_INVALID');
    expect(forged.text).toContain('Linket virker ikke');
    // A link past its year: 410 with a Danish page, and nothing changes.
    const expired = await new SignJWT({ mid: town.municipality.id, kind: 'meeting_reminder' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(net.school.id)
      .setAudience('unsubscribe')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 400 * 24 * 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 35 * 24 * 3600)
      .sign(api.config.linkSecret);
    const late = await request(server).post(`/notifikationer/afmeld?token=${expired}`);
    expect(late.status).toBe(410);
    expect(late.headers['x-error-code']).toBe('LINK_EXPIRED');
    expect(late.text).toContain('Linket er udløbet');
    expect(ok(await api.gql<{ myNotificationPreferences: { meetingReminder: boolean } }>(PREFERENCES, {}, net.school.token)).myNotificationPreferences.meetingReminder).toBe(true);
  });

  it('mails members a link when minutes are circulated for approval, never the minutes themselves', async () => {
    const meetingId = await scheduleMeeting(api, net, new Date(Date.now() - 48 * 3600_000), 60, 'Møde i februar');
    ok(await api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId, presentStaffMemberIds: [net.coordinator.id, net.health.id, net.school.id] } }, net.coordinator.token));
    const body = 'Netværket drøftede tegn på kontrol i fritidslivet og aftalte et fælles oplæg for skolerne.';
    ok(await api.gql('mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }', { input: { meetingId, body } }, net.coordinator.token));
    const before = smtp.received.length;
    ok(await api.gql('mutation($id: ID!) { circulateMinutes(meetingId: $id) { status } }', { id: meetingId }, net.coordinator.token));
    await until(() => smtp.received.filter((m) => m.subject?.startsWith('Referat til godkendelse: Møde i februar')).length >= 3, 'three minutes mails');
    const minutesMails = smtp.received.slice(before).filter((m) => m.subject?.startsWith('Referat til godkendelse'));
    expect(minutesMails).toHaveLength(3);
    for (const mail of minutesMails) {
      expect(mail.text).toContain(`Læs referatet: https://nsk.example.dk/moede/${meetingId}`);
      expect(mail.text).not.toContain('fritidslivet');
    }

    // An action item: its owner is told; one that a member gives themselves is not mailed.
    ok(await api.gql('mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', { input: { meetingId, ownerId: net.health.id, text: 'Sende oplægget til skolerne', dueOn: `${new Date().getFullYear() + 1}-01-15` } }, net.coordinator.token));
    ok(await api.gql('mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', { input: { meetingId, ownerId: net.school.id, text: 'Tjekke mødelokalet', dueOn: null } }, net.school.token));
    await until(() => smtp.received.some((m) => m.subject === 'Ny opgave fra Møde i februar'), 'the action item mail');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the self-assigned one would have arrived by now
    const taskMails = smtp.received.filter((m) => m.subject === 'Ny opgave fra Møde i februar');
    expect(taskMails.map(addressOf)).toEqual([await emailOf(net.health)]);
    expect(taskMails[0].text).toMatch(/Sende oplægget til skolerne\n {2}Frist: 15\. januar \d{4}/);
  });

  it('reminds each member once at the time they chose before a meeting, and again when it moves', async () => {
    ok(await api.gql(SET_PREFERENCES, { input: { reminderHoursBefore: 100 } }, net.health.token));
    ok(await api.gql(SET_PREFERENCES, { input: { meetingReminder: false } }, net.job.token));
    const refused = await api.gql(SET_PREFERENCES, { input: { reminderHoursBefore: 0 } }, net.health.token);
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const startsAt = new Date(Date.now() + 72 * 3600_000); // inside health's 100 hours, outside school's 24
    const meetingId = await scheduleMeeting(api, net, startsAt, 90, 'Møde med påmindelse');
    const reminders = () => smtp.received.filter((m) => m.subject?.startsWith('Påmindelse: Møde med påmindelse'));
    const service = api.app.get(NotificationService);
    // Health's 100 hours also reach the meeting of the first test (72 hours ahead as well).
    expect(await service.sendDueReminders()).toBe(2);
    expect(await service.sendDueReminders()).toBe(0); // once
    await until(() => reminders().length === 1, 'the reminder');
    expect(reminders().map(addressOf)).toEqual([await emailOf(net.health)]);
    expect(reminders()[0].text).toContain(`Se mødet: https://nsk.example.dk/moede/${meetingId}`);
    // Moved 2 hours later: a new start time, so a new reminder.
    const moved = new Date(startsAt.getTime() + 2 * 3600_000);
    ok(await api.gql('mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { id } }', { input: { meetingId, startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 90 * 60_000).toISOString() } }, net.coordinator.token));
    expect(await service.sendDueReminders()).toBe(1);
    await until(() => reminders().length === 2, 'the second reminder');
  });

  it('reminds the owner of an open action item the day before it is due, once', async () => {
    const meetingId = await scheduleMeeting(api, net, new Date(Date.now() - 24 * 3600_000), 60, 'Møde med opgave');
    ok(await api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId, presentStaffMemberIds: [net.coordinator.id, net.health.id] } }, net.coordinator.token));
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
    ok(await api.gql('mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', { input: { meetingId, ownerId: net.health.id, text: 'Booke lokale til temamødet', dueOn: tomorrow } }, net.coordinator.token));
    const service = api.app.get(NotificationService);
    expect(await service.sendDueReminders()).toBe(1);
    expect(await service.sendDueReminders()).toBe(0);
    await until(() => smtp.received.some((m) => m.subject === 'Frist i morgen: opgave fra Møde med opgave'), 'the due reminder');
    const [due] = smtp.received.filter((m) => m.subject === 'Frist i morgen: opgave fra Møde med opgave');
    expect(addressOf(due)).toBe(await emailOf(net.health));
    expect(due.text).toContain('Booke lokale til temamødet');
    // The meeting link in the mail opens the web client's page.
    const link = /Se opgaverne: https:\/\/nsk\.example\.dk(\/moede\/[\w-]+)/.exec(due.text ?? '')![1];
    const { default: request } = await import('supertest');
    const page = await request(api.app.getHttpServer()).get(link).set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="da">');
  });
});
