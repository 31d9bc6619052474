import ICAL from 'ical.js';
import { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { OutboxSender } from '../../src/platform/outbox/outbox-sender.service';
import { NEXT_YEAR } from '../utils/clock';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { CapturingSmtp, startSmtp } from '../utils/smtp';
import { accessibilityViolations, launchChromium, newContext, screenshotForReadme, signInAs, startWebApp, WebApp } from '../utils/web-browser';

const SERIES = 'query($id: ID!) { network(id: $id) { upcomingMeetings(limit: 20) { id title startsAt endsAt status seriesId place } } }';
const MINUTES = 'query($id: ID!) { meeting(id: $id) { status minutes { status version approvedBy { id } } minutesHistory { version status } invitations { present staffMember { id } } } }';

/** A coordinator in a real browser: schedules a series, sets and publishes an agenda, invites a speaker, runs the minutes. */
describe('web client: a network coordinator', () => {
  let web: WebApp;
  let browser: Browser;
  let smtp: CapturingSmtp;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let heldMeeting: string;
  let page: Page;
  let foreignRequests: string[];
  let consoleErrors: string[];
  const violations: string[] = [];
  const check = async (label: string) => violations.push(...(await accessibilityViolations(page, label)));
  const themeMeetings = async () =>
    ok(await web.api.gql<{ network: { upcomingMeetings: { id: string; title: string; startsAt: string; endsAt: string; status: string; seriesId: string | null; place: string | null }[] } }>(SERIES, { id: net.networkId }, net.coordinator.token))
      .network.upcomingMeetings.filter((m) => m.title === 'Temamøde');

  beforeAll(async () => {
    [web, browser, smtp] = await Promise.all([startWebApp(), launchChromium(), startSmtp()]);
    town = await createMunicipality('Webkoordinator');
    net = await createNetwork(web.api, town);
    heldMeeting = await scheduleMeeting(web.api, net, new Date(Date.now() - 3 * 3600_000), 120, 'Netværksmøde i går');
    ({ page, foreignRequests, consoleErrors } = await newContext(browser, web.baseUrl));
    const name = ok(await web.api.gql<{ me: { staffMember: { displayName: string } } }>('{ me { staffMember { displayName } } }', {}, net.coordinator.token)).me.staffMember.displayName;
    await signInAs(page, town.municipality.name, name);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await smtp?.close();
    await closeFactories();
  });

  it('sees the network with its members by discipline and department', async () => {
    await page.getByRole('region', { name: 'Netværk' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Ressourcenetværket/, level: 1 }).waitFor();
    const members = page.getByRole('region', { name: /^Medlemmer/ });
    for (const [discipline, department] of [['Sundhedspleje', 'Sundhedsplejen'], ['Skole', 'Skolen'], ['SSP', 'SSP'], ['Jobcenter', 'Jobcenter']]) {
      const group = members.getByRole('region', { name: discipline, exact: true });
      await group.getByRole('heading', { name: department, exact: true, level: 4 }).waitFor();
    }
    await members.getByText(/\(koordinator\)/).waitFor();
    await check('network');
    await screenshotForReadme(page, 'network');
  });

  it('schedules a series every second month, kept at 14:00 Danish time across summer time', async () => {
    const form = page.getByRole('region', { name: 'Planlæg møde' });
    await form.getByRole('radio', { name: 'En mødeserie' }).check();
    await form.getByLabel('Titel').fill('Temamøde');
    await form.getByLabel('Første møde').fill(`${NEXT_YEAR}-01-12T14:00`);
    await form.getByLabel('Varighed i minutter').fill('120');
    await form.getByLabel('Sted').fill('Rådhuset, mødelokale 3');
    await form.getByLabel('Rytme').selectOption({ label: 'Hver anden måned' });
    await form.getByLabel('Antal møder').fill('3');
    await check('schedule series form');
    await form.getByRole('button', { name: 'Planlæg serien' }).click();
    await page.getByRole('status').filter({ hasText: 'Serien er oprettet med 3 møder.' }).waitFor();
    await page.getByRole('table', { name: /Kommende møder/ }).getByRole('link', { name: 'Temamøde' }).nth(2).waitFor();
    const series = await themeMeetings();
    expect(series.map((m) => m.startsAt)).toEqual([`${NEXT_YEAR}-01-12T13:00:00.000Z`, `${NEXT_YEAR}-03-12T13:00:00.000Z`, `${NEXT_YEAR}-05-12T12:00:00.000Z`]);
    expect(new Set(series.map((m) => m.seriesId)).size).toBe(1);
  });

  it('sets the agenda: an over-run is shown at the item, in Danish, and the corrected agenda is published', async () => {
    const [first] = await themeMeetings();
    await page.getByRole('table', { name: /Kommende møder/ }).getByRole('link', { name: 'Temamøde' }).first().click();
    await page.getByRole('heading', { name: 'Temamøde', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lav dagsorden' }).click();
    const editor = page.getByRole('form', { name: 'Rediger dagsorden' });
    const item = (n: number) => editor.getByRole('group', { name: `Punkt ${n}`, exact: true });
    await item(1).getByLabel('Overskrift').fill('Nyt fra afdelingerne');
    await item(1).getByLabel('Varighed i minutter').fill('30');
    await editor.getByRole('button', { name: 'Tilføj punkt' }).click();
    await item(2).getByLabel('Overskrift').fill('Videndeling om digital kontrol');
    await item(2).getByLabel('Type').selectOption({ label: 'Videndeling' });
    await item(2).getByLabel('Varighed i minutter').fill('100');
    await editor.getByRole('button', { name: 'Gem dagsorden' }).click();
    await editor.getByRole('alert').getByText('Dagsordenen går ud over mødets tidsramme', { exact: false }).waitFor();
    await item(2).getByText('Fejl: Dagsordenen går ud over mødets tidsramme', { exact: false }).waitFor();
    expect(await item(1).locator('.form-error-message').count()).toBe(0);
    await check('agenda over-run shown');
    await screenshotForReadme(page, 'agenda-error');

    await item(2).getByLabel('Varighed i minutter').fill('60');
    await editor.getByRole('button', { name: 'Gem dagsorden' }).click();
    await page.getByRole('status').filter({ hasText: 'Dagsordenen er gemt.' }).waitFor();
    const agenda = page.getByRole('table', { name: 'Dagsorden med tidspunkter' });
    await agenda.getByText('Videndeling om digital kontrol').waitFor();
    const rows = await agenda.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual(['14.00–14.30 Nyt fra afdelingerne', '14.30–15.30 Videndeling om digital kontrol']);
    await page.getByRole('button', { name: 'Udsend dagsorden' }).click();
    await page.getByRole('status').filter({ hasText: 'Dagsordenen er udsendt' }).waitFor();
    expect((await themeMeetings()).find((m) => m.id === first.id)?.status).toBe('AGENDA_PUBLISHED');
  });

  it('creates a speaker and invites them to a slot: the speaker gets the mail with a calendar invitation', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Oplægsholdere' }).click();
    await page.getByRole('heading', { name: 'Oplægsholdere', level: 1 }).waitFor();
    const form = page.getByRole('region', { name: 'Opret oplægsholder' });
    await form.getByLabel('Navn').fill('Demo Forsker');
    await form.getByLabel('Organisation').fill('Demo Universitet');
    await form.getByLabel('E-mail').fill('forsker@example.test');
    await form.getByLabel('Emner').fill('digital kontrol, æresrelaterede konflikter');
    await form.getByRole('button', { name: 'Opret oplægsholder' }).click();
    await page.getByRole('status').filter({ hasText: 'Demo Forsker er oprettet.' }).waitFor();
    await page.getByRole('search').getByLabel('Emne').fill('digital kontrol');
    await page.getByRole('search').getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('heading', { name: 'Demo Forsker', level: 3 }).waitFor();
    await check('speakers');
    await screenshotForReadme(page, 'speakers');

    await page.goBack(); // the browser's back button returns to the meeting
    await page.getByRole('heading', { name: 'Temamøde', level: 1 }).waitFor();
    await page.getByText('Invitér en oplægsholder', { exact: true }).click();
    const invite = page.getByRole('form', { name: 'Invitér en oplægsholder' });
    await invite.getByLabel('Oplægsholder').selectOption({ label: 'Demo Forsker, Demo Universitet' });
    await invite.getByLabel('Emne').fill('Digital kontrol i familien');
    await invite.getByLabel('Starttidspunkt').fill(`${NEXT_YEAR}-01-12T15:30`);
    await invite.getByLabel('Varighed i minutter').fill('30');
    await check('invite speaker open');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'Demo Forsker er inviteret' }).waitFor();
    await page.getByRole('region', { name: 'Eksterne oplæg' }).getByText('Inviteret', { exact: true }).waitFor();

    // This municipality's mail only: other test files share the database's outbox.
    expect(await web.api.app.get(OutboxSender).deliverDue(smtp.url, town.municipality.id)).toMatchObject({ sent: 1, failed: 0 });
    const mails = smtp.received.filter((m) => (m.to as { text: string }).text.includes('forsker@example.test'));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toContain('Digital kontrol i familien');
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    const event = new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!;
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(`${NEXT_YEAR}-01-12T14:30:00.000Z`);
    await check('talk invited');

    // The speaker opens the confirm link: a Danish page with one button; only pressing it answers.
    const link = new URL(/Bekræft: (\S+)/.exec(mail.text ?? '')![1]);
    const speaker = await newContext(browser, web.baseUrl);
    await speaker.page.goto(link.pathname + link.search);
    await speaker.page.getByRole('heading', { name: 'Bekræft dit oplæg', level: 1 }).waitFor();
    violations.push(...(await accessibilityViolations(speaker.page, 'speaker reply page')));
    await speaker.page.getByRole('button', { name: 'Ja, jeg holder oplægget' }).click();
    await speaker.page.getByRole('heading', { name: 'Tak for dit svar', level: 1 }).waitFor();
    foreignRequests.push(...speaker.foreignRequests);
    await speaker.context.close();
    await page.reload();
    await page.getByRole('region', { name: 'Eksterne oplæg' }).getByText('Bekræftet', { exact: true }).waitFor();
  });

  it('moves one occurrence and cancels another; the rest of the series stays', async () => {
    const [, second, third] = await themeMeetings();
    await page.goto(`/moede/${second.id}`);
    await page.getByRole('heading', { name: 'Temamøde', level: 1 }).waitFor();
    await page.getByText('Flyt mødet', { exact: true }).first().click();
    const region = page.getByRole('region', { name: 'Flyt eller aflys mødet' });
    await region.getByLabel('Nyt starttidspunkt').fill(`${NEXT_YEAR}-03-19T09:00`);
    await check('move meeting open');
    await region.getByRole('button', { name: 'Flyt mødet' }).click();
    await page.getByRole('status').filter({ hasText: 'Mødet er flyttet.' }).waitFor();

    await page.goto(`/moede/${third.id}`);
    await page.getByRole('heading', { name: 'Temamøde', level: 1 }).waitFor();
    await page.getByText('Aflys mødet', { exact: true }).first().click();
    await page.getByLabel('Begrundelse').fill('Sammenfald med kommunalvalget');
    await page.getByRole('button', { name: 'Aflys mødet' }).click();
    await page.getByText('Aflyst (Sammenfald med kommunalvalget)').waitFor();

    const after = await themeMeetings();
    expect(after.map((m) => [m.startsAt, m.status])).toEqual([
      [`${NEXT_YEAR}-01-12T13:00:00.000Z`, 'AGENDA_PUBLISHED'],
      [`${NEXT_YEAR}-03-19T08:00:00.000Z`, 'PLANNED'],
      [`${NEXT_YEAR}-05-12T12:00:00.000Z`, 'CANCELLED'],
    ]);
  });

  it('records who came, writes the minutes, circulates and approves them in one click, and corrects them as a new version', async () => {
    await page.goto(`/moede/${heldMeeting}`);
    await page.getByRole('heading', { name: 'Netværksmøde i går', level: 1 }).waitFor();
    const attendance = page.getByRole('region', { name: 'Inviterede og fremmøde' });
    const names = await attendance.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels![0].textContent!));
    for (const name of names.slice(0, 3)) await attendance.getByRole('checkbox', { name, exact: true }).check();
    await attendance.getByRole('button', { name: 'Gem fremmøde' }).click();
    await page.getByRole('status').filter({ hasText: 'Fremmødet er registreret: 3 deltog.' }).waitFor();

    await page.getByRole('button', { name: 'Skriv referat' }).click();
    const minutes = page.getByRole('form', { name: 'Skriv referat' });
    await minutes.getByLabel('Referat').fill('Netværket drøftede digital kontrol og hvordan afdelingerne spotter tegn.');
    await minutes.getByLabel('Beslutninger').fill('Næste møde har oplæg om digital kontrol\nSSP samler materiale');
    await check('minutes editor');
    await minutes.getByRole('button', { name: 'Gem referat' }).click();
    await page.getByRole('status').filter({ hasText: 'Referatet er gemt.' }).waitFor();
    await page.getByRole('button', { name: 'Send i høring' }).click();
    await page.getByRole('button', { name: 'Godkend referat' }).click();
    await page.getByRole('status').filter({ hasText: 'Referatet er godkendt.' }).waitFor();
    await page.getByText(/Version 1 · Godkendt · skrevet af .*, godkendt af /).waitFor();

    await page.getByRole('button', { name: 'Ret godkendt referat' }).click();
    await minutes.getByLabel('Referat').fill('Netværket drøftede digital kontrol og hvordan afdelingerne opdager tegn.');
    await minutes.getByLabel('Hvad er rettet?').fill('Ordvalg i første afsnit');
    await minutes.getByRole('button', { name: 'Gem referat' }).click();
    await page.getByRole('status').filter({ hasText: 'Rettelsen er gemt som en ny version.' }).waitFor();
    await page.getByText('Tidligere versioner (1)').click();
    await page.getByRole('article', { name: 'Referat, version 1' }).getByText('spotter tegn').waitFor();
    await check('minutes with history');
    await screenshotForReadme(page, 'minutes');

    const stored = ok(await web.api.gql<{ meeting: { status: string; minutes: { status: string; version: number }; minutesHistory: { version: number; status: string }[]; invitations: { present: boolean | null }[] } }>(MINUTES, { id: heldMeeting }, net.coordinator.token));
    expect(stored.meeting.invitations.filter((i) => i.present).length).toBe(3);
    expect(stored.meeting.minutesHistory.map((v) => v.version).sort()).toEqual([1, 2]);
    expect(stored.meeting.minutesHistory.find((v) => v.version === 1)?.status).toBe('APPROVED');
  });

  it('saves minutes with a possible identifier, shows it, and circulates them once the coordinator has acknowledged it with a reason', async () => {
    const meetingId = await scheduleMeeting(web.api, net, new Date(Date.now() - 5 * 3600_000), 60, 'Sparringsmøde i går');
    ok(await web.api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId, presentStaffMemberIds: [net.coordinator.id, net.health.id] } }, net.coordinator.token));
    await page.goto(`/moede/${meetingId}`);
    await page.getByRole('heading', { name: 'Sparringsmøde i går', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Skriv referat' }).click();
    const editor = page.getByRole('form', { name: 'Skriv referat' });
    await editor.getByLabel('Referat').fill('Oplæg ved Mikkel Qvortrup fra LOKK om digital kontrol. Drøftelse i grupper.');
    await editor.getByRole('button', { name: 'Gem referat' }).click();
    await page.getByRole('status').filter({ hasText: 'Referatet er gemt. Det indeholder en mulig personoplysning' }).waitFor();
    const findings = page.getByRole('region', { name: /^Mulige personoplysninger/ });
    await findings.getByRole('heading', { name: 'Mulige personoplysninger (1 af 1 mangler)' }).waitFor();
    await check('minutes with a finding');

    await page.getByRole('button', { name: 'Send i høring' }).click();
    await page.getByText('Referatet indeholder mulige personoplysninger.', { exact: false }).waitFor();
    const acknowledge = findings.getByRole('form', { name: 'Kvittér: navn i referatet: »Mikkel Qvortrup«' });
    await acknowledge.getByLabel('Hvorfor er det ikke en borgers oplysning?').fill('Oplægsholderen fra LOKK');
    await acknowledge.getByRole('button', { name: 'Kvittér' }).click();
    await findings.getByText('Kvitteret: Oplægsholderen fra LOKK', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Send i høring' }).click();
    await page.getByRole('button', { name: 'Godkend referat' }).click();
    await page.getByRole('status').filter({ hasText: 'Referatet er godkendt.' }).waitFor();

    const stored = ok(await web.api.gql<{ meeting: { minutes: { status: string; findings: { kind: string; acknowledged: boolean; reason: string }[] } } }>('query($id: ID!) { meeting(id: $id) { minutes { status findings { kind acknowledged reason } } } }', { id: meetingId }, net.coordinator.token));
    expect(stored.meeting.minutes).toEqual({ status: 'APPROVED', findings: [{ kind: 'name', acknowledged: true, reason: 'Oplægsholderen fra LOKK' }] });
  });

  it('subscribes a calendar: the address is shown once, serves the meetings as iCalendar, and stops when revoked', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kalender' }).click();
    await page.getByRole('heading', { name: 'Kalender', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lav abonnementsadresse' }).click();
    const address = await page.getByLabel('Din abonnementsadresse').inputValue();
    expect(address).toMatch(new RegExp(`^${web.baseUrl}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await check('calendar');
    await screenshotForReadme(page, 'calendar');
    const path = new URL(address).pathname;
    const feed = await request(web.api.app.getHttpServer()).get(path);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('SUMMARY:Temamøde');

    await page.getByRole('button', { name: /^Tilbagekald/ }).click();
    await page.getByText('Du har ingen aktive abonnementer.').waitFor();
    expect((await request(web.api.app.getHttpServer()).get(path)).status).toBe(404);
  });

  it('schedules a single meeting and lands on it', async () => {
    await page.goto(`/netvaerk/${net.networkId}`);
    const form = page.getByRole('region', { name: 'Planlæg møde' });
    await form.getByLabel('Titel').fill('Ekstraordinært møde');
    await form.getByLabel('Starttidspunkt').fill(`${NEXT_YEAR}-06-23T09:30`);
    await form.getByLabel('Varighed i minutter').fill('60');
    await form.getByRole('button', { name: 'Planlæg mødet' }).click();
    await page.getByRole('heading', { name: 'Ekstraordinært møde', level: 1 }).waitFor();
    await page.getByText(/den 23\. juni \d{4} kl\. 09\.30–10\.30/).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/moede\/[0-9a-f-]{36}$/);
  });

  it('passed axe on every page and state, asked nothing of another origin and logged no error', () => {
    expect(violations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
