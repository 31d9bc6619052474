import { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { signTalkLink } from '../../src/speakers/talks/talk-links';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { accessibilityViolations, launchChromium, newContext, screenshotForReadme, signInAs, startWebApp, WebApp } from '../utils/web-browser';

const MEETING = 'query($id: ID!) { meeting(id: $id) { invitations { rsvp staffMember { id } } actionItems { text dueOn owner { id } } knowledgeTakeBack { text staffMember { id } } } }';

/** A network member in a real browser: signs in, prepares the next meeting, answers, documents the last one. */
describe('web client: a network member', () => {
  let web: WebApp;
  let browser: Browser;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let nextMeeting: string;
  let lastMeeting: string;
  let talkMeeting: string;
  let talkId: string;
  let page: Page;
  let foreignRequests: string[];
  let consoleErrors: string[];
  const violations: string[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchChromium()]);
    town = await createMunicipality('Webmedlem');
    net = await createNetwork(web.api, town);
    nextMeeting = await scheduleMeeting(web.api, net, new Date(Date.now() + 3 * 24 * 3600_000), 120, 'Netværksmøde om digital kontrol');
    lastMeeting = await scheduleMeeting(web.api, net, new Date(Date.now() - 2 * 3600_000), 90, 'Sidste netværksmøde');
    ok(
      await web.api.gql(
        'mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }',
        { input: { meetingId: nextMeeting, items: [
          { title: 'Nyt fra afdelingerne', type: 'NEWS_ROUND', durationMinutes: 30 },
          { title: 'Sparring: anonymiseret sag fra skolen', type: 'CASE_DISCUSSION', durationMinutes: 45 },
        ] } },
        net.coordinator.token,
      ),
    );
    ok(await web.api.gql('mutation($id: ID!) { publishAgenda(meetingId: $id) { id } }', { id: nextMeeting }, net.coordinator.token));
    // The coordinator recorded who came to the last meeting: it counts as held.
    ok(await web.api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }', { input: { meetingId: lastMeeting, presentStaffMemberIds: [net.coordinator.id, net.health.id] } }, net.coordinator.token));
    // A meeting under way with a confirmed external talk, attended by the member.
    talkMeeting = await scheduleMeeting(web.api, net, new Date(Date.now() - 3600_000), 180, 'Møde med oplæg');
    const speaker = ok(await web.api.gql<{ createSpeaker: { id: string } }>('mutation($i: CreateSpeakerInput!) { createSpeaker(input: $i) { id } }', { i: { name: 'Demo Oplægsholder', kind: 'SPECIALIST_TEAM', topics: ['digital kontrol'], email: 'oplaeg@example.test', notes: '' } }, net.coordinator.token));
    talkId = ok(await web.api.gql<{ inviteSpeaker: { id: string } }>('mutation($i: InviteSpeakerInput!) { inviteSpeaker(input: $i) { id } }', { i: { meetingId: talkMeeting, speakerId: speaker.createSpeaker.id, topic: 'Digital kontrol i familien', startsAt: new Date(Date.now() + 30 * 60_000).toISOString(), durationMinutes: 45 } }, net.coordinator.token)).inviteSpeaker.id;
    const confirm = await signTalkLink(web.api.config.linkSecret, { talkId, municipalityId: town.municipality.id, answer: 'confirm' }, new Date(Date.now() + 3600_000));
    expect((await request(web.api.app.getHttpServer()).post(`/talks/respond?token=${confirm}`)).status).toBe(200);
    ok(await web.api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }', { input: { meetingId: talkMeeting, presentStaffMemberIds: [net.coordinator.id, net.health.id] } }, net.coordinator.token));
    ({ page, foreignRequests, consoleErrors } = await newContext(browser, web.baseUrl));
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeFactories();
  });

  const healthName = async () => {
    const me = ok(await web.api.gql<{ me: { staffMember: { displayName: string } } }>('{ me { staffMember { displayName } } }', {}, net.health.token));
    return me.me.staffMember.displayName;
  };

  it('signs in from the list of people and lands on their networks and next meetings', async () => {
    await page.goto('/');
    violations.push(...(await accessibilityViolations(page, 'sign-in')));
    await screenshotForReadme(page, 'sign-in');
    await signInAs(page, town.municipality.name, await healthName());
    await page.getByRole('heading', { name: 'Mine netværk', level: 1 }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Mine kommende møder' });
    await upcoming.getByRole('link', { name: 'Netværksmøde om digital kontrol' }).waitFor();
    expect(await upcoming.getByRole('link', { name: 'Sidste netværksmøde' }).count()).toBe(0); // held and over
    violations.push(...(await accessibilityViolations(page, 'home')));
    await screenshotForReadme(page, 'home');
  });

  it('prepares the meeting: the agenda with its times, and answers the invitation', async () => {
    await page.getByRole('region', { name: 'Mine kommende møder' }).getByRole('link', { name: 'Netværksmøde om digital kontrol' }).click();
    await page.getByRole('heading', { name: 'Netværksmøde om digital kontrol', level: 1 }).waitFor();
    // Focus moved to the new page's heading, as after a page load.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const agenda = page.getByRole('table', { name: 'Dagsorden med tidspunkter' });
    const rows = await agenda.getByRole('row').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^\d\d\.\d\d–\d\d\.\d\d\tNyt fra afdelingerne\tNyt fra afdelingerne/);
    expect(rows[2]).toContain('Sparring: anonymiseret sag fra skolen');
    expect(await page.getByText('Dagsorden udsendt').count()).toBeGreaterThan(0);

    await page.getByRole('radio', { name: 'Deltager', exact: true }).check();
    await page.getByRole('button', { name: 'Gem svar' }).click();
    await page.getByRole('status').filter({ hasText: 'Dit svar er gemt: deltager.' }).waitFor();
    const myRow = page.getByRole('table', { name: 'Inviterede med svar og fremmøde' }).getByRole('row', { name: new RegExp(await healthName()) });
    await myRow.getByText('Deltager', { exact: true }).waitFor();
    const stored = ok(await web.api.gql<{ meeting: { invitations: { rsvp: string; staffMember: { id: string } }[] } }>(MEETING, { id: nextMeeting }, net.coordinator.token));
    expect(stored.meeting.invitations.find((i) => i.staffMember.id === net.health.id)?.rsvp).toBe('YES');
    violations.push(...(await accessibilityViolations(page, 'meeting (member)')));
    await screenshotForReadme(page, 'meeting-member');
  });

  it('documents the meeting just held: an action item with owner and due date, and what goes back to the department', async () => {
    await page.goto(`/moede/${lastMeeting}`);
    await page.getByRole('heading', { name: 'Sidste netværksmøde', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Ny opgave' });
    await form.getByLabel('Ny opgave').fill('Sende materialet om digital kontrol rundt');
    await form.getByLabel('Frist').fill('2027-01-15');
    await form.getByRole('button', { name: 'Tilføj opgave' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgaven er tilføjet.' }).waitFor();
    await page.getByRole('region', { name: 'Opgaver' }).getByText(/Sende materialet om digital kontrol rundt – .*, senest 15\. januar 2027/).waitFor();

    const takeBack = page.getByRole('form', { name: 'Viden med hjem' });
    await takeBack.getByLabel('Hvad tager du med tilbage til din afdeling?').fill('Tjeklisten til samtaler om digital kontrol');
    await takeBack.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('region', { name: 'Viden med hjem i afdelingen' }).getByText(/Tjeklisten til samtaler om digital kontrol – .*, Sundhedsplejen/).waitFor();

    const stored = ok(
      await web.api.gql<{ meeting: { actionItems: { text: string; dueOn: string; owner: { id: string } }[]; knowledgeTakeBack: { text: string; staffMember: { id: string } }[] } }>(MEETING, { id: lastMeeting }, net.coordinator.token),
    );
    expect(stored.meeting.actionItems).toEqual([{ text: 'Sende materialet om digital kontrol rundt', dueOn: '2027-01-15', owner: { id: net.health.id } }]);
    expect(stored.meeting.knowledgeTakeBack).toEqual([{ text: 'Tjeklisten til samtaler om digital kontrol', staffMember: { id: net.health.id } }]);
    violations.push(...(await accessibilityViolations(page, 'meeting held (member)')));
  });

  it('rates the external talk they attended', async () => {
    await page.goto(`/moede/${talkMeeting}`);
    await page.getByRole('heading', { name: 'Møde med oplæg', level: 1 }).waitFor();
    const talks = page.getByRole('region', { name: 'Eksterne oplæg' });
    await talks.getByText('Bekræftet', { exact: true }).waitFor();
    const form = talks.getByRole('form', { name: 'Vurdér oplægget Digital kontrol i familien' });
    await form.getByRole('radio', { name: '5', exact: true }).check();
    await form.getByLabel('Kommentar').fill('Meget konkret og brugbart');
    violations.push(...(await accessibilityViolations(page, 'rate talk')));
    await form.getByRole('button', { name: 'Gem vurdering' }).click();
    await page.getByRole('status').filter({ hasText: 'Tak for din vurdering.' }).waitFor();
    const ratings = ok(await web.api.gql<{ talkRatings: { count: number; average: number; comments: string[] } }>('query($id: ID!) { talkRatings(talkId: $id) { count average comments } }', { id: talkId }, net.coordinator.token));
    expect(ratings.talkRatings).toEqual({ count: 1, average: 5, comments: ['Meget konkret og brugbart'] });
    await page.goto(`/moede/${lastMeeting}`);
    await page.getByRole('heading', { name: 'Sidste netværksmøde', level: 1 }).waitFor();
  });

  it('shows a refusal from the API in Danish next to the field it concerns, and keeps what was typed', async () => {
    const takeBack = page.getByRole('form', { name: 'Viden med hjem' });
    const field = takeBack.getByLabel('Hvad tager du med tilbage til din afdeling?');
    await field.fill('Ring til Fatima Hansen på 22 33 44 55 om hendes datter');
    await takeBack.getByRole('button', { name: 'Gem' }).click();
    await takeBack.getByRole('alert').getByText(/personoplysninger/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
    const description = await page.locator(describedBy.map((id) => `[id="${id}"]`).join(',')).allTextContents();
    expect(description.join(' ')).toMatch(/Fejl: Teksten ser ud til at indeholde personoplysninger/);
    expect(await field.inputValue()).toBe('Ring til Fatima Hansen på 22 33 44 55 om hendes datter');
    violations.push(...(await accessibilityViolations(page, 'refusal shown')));
  });

  it('chooses which mails to get about meetings, and when the reminder comes', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Notifikationer' }).click();
    await page.getByRole('heading', { name: 'Notifikationer', level: 1 }).waitFor();
    const agenda = page.getByRole('checkbox', { name: 'koordinatoren udsender dagsordenen til et møde' });
    await agenda.waitFor();
    expect(await agenda.isChecked()).toBe(true); // every kind is on until the member chooses
    await agenda.uncheck();
    await page.getByLabel('Hvornår skal påmindelsen komme?').selectOption('72');
    violations.push(...(await accessibilityViolations(page, 'notifications')));
    await page.getByRole('button', { name: 'Gem mine valg' }).click();
    await page.getByRole('status').filter({ hasText: 'Dine valg er gemt.' }).waitFor();
    const stored = ok(await web.api.gql<{ myNotificationPreferences: Record<string, unknown> }>('{ myNotificationPreferences { agendaPublished minutesForApproval meetingReminder actionItems reminderHoursBefore } }', {}, net.health.token));
    expect(stored.myNotificationPreferences).toEqual({ agendaPublished: false, minutesForApproval: true, meetingReminder: true, actionItems: true, reminderHoursBefore: 72 });
    await page.reload();
    await page.getByRole('heading', { name: 'Notifikationer', level: 1 }).waitFor();
    await page.getByLabel('Hvornår skal påmindelsen komme?').waitFor();
    expect(await page.getByRole('checkbox', { name: 'koordinatoren udsender dagsordenen til et møde' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Hvornår skal påmindelsen komme?').inputValue()).toBe('72');
  });

  it('signs out: the session ends on the server, and the page asks to sign in again', async () => {
    await page.getByRole('button', { name: 'Log af' }).click();
    await page.getByRole('heading', { name: 'Log ind', exact: true }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { roles } }"}' })).json());
    expect(status.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('passed axe (WCAG 2.1 A and AA) on every page and state it visited, asked nothing of another origin and logged no error', () => {
    expect(violations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
