import ICAL from 'ical.js';
import { ParsedMail } from 'mailparser';
import request from 'supertest';
import { OutboxSender } from '../../src/platform/outbox/outbox-sender.service';
import { signTalkLink } from '../../src/speakers/talks/talk-links';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { NEXT_YEAR } from '../utils/clock';
import { startSmtp } from '../utils/smtp';

const icsOf = (mail: ParsedMail) => {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  const text = part ? part.content.toString('utf8') : String((mail as unknown as { text?: string }).text);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent')!;
  const attendee = event.getFirstProperty('attendee')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    attendee: String(attendee.getFirstValue()).toLowerCase(),
    rsvp: attendee.getParameter('rsvp') ?? null,
    description: String(event.getFirstPropertyValue('description') ?? ''),
  };
};
const linkIn = (mail: ParsedMail, word: 'Bekræft' | 'Afslå') => new RegExp(`${word}: \\S+(/talks/respond\\?token=\\S+)`).exec(mail.text ?? '')![1];

const INVITE = 'mutation($input: InviteSpeakerInput!) { inviteSpeaker(input: $input) { id status startsAt endsAt sequence } }';

describe('external speakers and talks', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let speakerId: string;
  let meetingId: string;
  let talkId: string;
  // This file's municipality only: other files share the database's outbox.
  const deliver = (url = smtp.url) => api.app.get(OutboxSender).deliverDue(url, town.municipality.id);
  const at = (hhmm: string) => new Date(`${NEXT_YEAR}-09-14T${hhmm}:00Z`);

  beforeAll(async () => {
    api = await createTestApp();
    smtp = await startSmtp();
    town = await createMunicipality();
    net = await createNetwork(api, town);
    meetingId = await scheduleMeeting(api, net, at('12:00'), 180);
    const created = ok(
      await api.gql<{ createSpeaker: { id: string } }>(
        'mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { id } }',
        { input: { name: 'Demo Oplægsholder', organisation: 'Etnisk Konsulentteam', kind: 'SPECIALIST_TEAM', topics: ['Digital control', 'PATRIARK risk assessment'], email: 'speaker@example.test', phone: '+45 12 34 56 78', notes: '' } },
        net.coordinator.token,
      ),
    );
    speakerId = created.createSpeaker.id;
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
    await closeFactories();
  });

  describe('the directory', () => {
    it('is searchable by topic and kind', async () => {
      const found = ok(await api.gql<{ speakers: { id: string; topics: string[] }[] }>('query($f: SpeakerSearchInput) { speakers(filter: $f) { id topics } }', { f: { topic: 'digital control', kind: 'SPECIALIST_TEAM' } }, net.health.token));
      expect(found.speakers).toEqual([{ id: speakerId, topics: ['digital control', 'patriark risk assessment'] }]);
      const none = ok(await api.gql<{ speakers: unknown[] }>('query($f: SpeakerSearchInput) { speakers(filter: $f) { id } }', { f: { topic: 'forced marriage' } }, net.health.token));
      expect(none.speakers).toEqual([]);
    });

    it('shows contact details to coordinators only, and stores them sealed', async () => {
      const asCoordinator = ok(await api.gql<{ speakers: { contact: { email: string; phone: string } }[] }>('{ speakers { contact { email phone } } }', {}, net.coordinator.token));
      expect(asCoordinator.speakers[0].contact).toEqual({ email: 'speaker@example.test', phone: '+45 12 34 56 78' });
      const asMember = await api.gql('{ speakers { name contact { email } } }', {}, net.health.token);
      expect(asMember.errors?.[0]).toMatchObject({ message: 'Only network coordinators can do this', extensions: { code: 'FORBIDDEN' } });
      const owner = await ownerDataSource();
      const raw = await owner.transaction(async (m) => {
        await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
        return m.query('SELECT encode(contact_sealed, \'escape\') AS sealed FROM speaker WHERE id = $1', [speakerId]);
      });
      expect(raw[0].sealed).not.toContain('speaker@example.test');
    });
  });

  describe('scheduling a talk', () => {
    it('invites the speaker: a fixed-time agenda item, and an e-mail with an iCalendar REQUEST', async () => {
      const talk = ok(await api.gql<{ inviteSpeaker: { id: string; status: string } }>(INVITE, { input: { meetingId, speakerId, topic: 'Digital kontrol blandt unge', startsAt: at('13:30').toISOString(), durationMinutes: 60 } }, net.coordinator.token));
      talkId = talk.inviteSpeaker.id;
      expect(talk.inviteSpeaker.status).toBe('INVITED');
      const { meeting } = ok(await api.gql<{ meeting: { agenda: { type: string; startsAt: string; talkId: string }[] } }>('query($id: ID!) { meeting(id: $id) { agenda { type startsAt talkId } } }', { id: meetingId }, net.health.token));
      expect(meeting.agenda).toEqual([{ type: 'EXTERNAL_TALK', startsAt: at('13:30').toISOString(), talkId }]);

      expect(smtp.received).toHaveLength(0); // written to the outbox, not sent inside the request
      const queued = ok(await api.gql<{ outboxMessages: { nodes: { kind: string; status: string }[] } }>('{ outboxMessages { nodes { kind status subject } } }', {}, town.tokens.admin));
      expect(queued.outboxMessages.nodes[0]).toMatchObject({ kind: 'talk_invitation', status: 'pending' });
      expect(JSON.stringify(queued)).not.toContain('speaker@example.test');
      expect(await deliver()).toEqual({ sent: 1, failed: 0, retrying: 0 });
      const [mail] = smtp.received;
      expect(mail.to).toMatchObject({ text: 'speaker@example.test' });
      expect(mail.messageId).toBe(`<outbox-${(mail.messageId ?? '').slice(8, 44)}@nsk-networks>`);
      expect(icsOf(mail)).toMatchObject({ method: 'REQUEST', uid: `talk-${talkId}@nsk-networks`, sequence: 0, attendee: 'mailto:speaker@example.test' });
      // The organizer is a no-reply outbox: the calendar asks for no answer; the links in the mail are the way to answer.
      expect(icsOf(mail).rsvp).toBe('FALSE');
      expect(icsOf(mail).description).toMatch(/Bekræft: \S+\/talks\/respond\?token=/);
      expect(mail.text).toContain('Bekræft: http');
    });

    it('refuses the same speaker twice at overlapping times, across networks', async () => {
      const other = await createNetwork(api, town, 'Andet netværk');
      const otherMeeting = await scheduleMeeting(api, other, at('13:00'), 120);
      const result = await api.gql(INVITE, { input: { meetingId: otherMeeting, speakerId, topic: 'Samme tid', startsAt: at('14:00').toISOString(), durationMinutes: 30 } }, other.coordinator.token);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'SPEAKER_DOUBLE_BOOKED' } });
    });

    it('refuses a slot outside the meeting or over another item', async () => {
      const outside = await api.gql(INVITE, { input: { meetingId, speakerId, topic: 'For sent', startsAt: at('14:45').toISOString(), durationMinutes: 30 } }, net.coordinator.token);
      expect(outside.errors?.[0]).toMatchObject({ extensions: { code: 'AGENDA_OVERRUN', minutes: 15 } });
      const second = ok(await api.gql<{ createSpeaker: { id: string } }>('mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { id } }', { input: { name: 'Anden', kind: 'LOCAL_ACTOR', topics: ['dialogue tools'], email: 'b@example.test', notes: '' } }, net.coordinator.token));
      const over = await api.gql(INVITE, { input: { meetingId, speakerId: second.createSpeaker.id, topic: 'Overlap', startsAt: at('14:00').toISOString(), durationMinutes: 30 } }, net.coordinator.token);
      expect(over.errors?.[0]).toMatchObject({ extensions: { code: 'AGENDA_OVERLAP', minutes: 30 } });
    });

    it('keeps the talk on the agenda: setAgenda cannot drop it', async () => {
      const dropped = await api.gql('mutation($input: SetAgendaInput!) { setAgenda(input: $input) { position } }', { input: { meetingId, items: [{ type: 'NEWS_ROUND', title: 'Runde', durationMinutes: 30 }] } }, net.coordinator.token);
      expect(dropped.errors?.[0]).toMatchObject({ extensions: { code: 'AGENDA_TALK_REQUIRED' } });
      const kept = ok(
        await api.gql<{ setAgenda: { startsAt: string; talkId: string | null }[] }>('mutation($input: SetAgendaInput!) { setAgenda(input: $input) { startsAt talkId } }', {
          input: { meetingId, items: [{ type: 'NEWS_ROUND', title: 'Runde', durationMinutes: 30 }, { type: 'OTHER', title: 'x', durationMinutes: 5, talkId }] },
        }, net.coordinator.token),
      );
      expect(kept.setAgenda[1]).toEqual({ startsAt: at('13:30').toISOString(), talkId });
    });
  });

  describe('the signed link', () => {
    it("shows the talk on GET and HEAD without answering (mail scanners open links); the page's POST confirms once", async () => {
      const mail = smtp.received[0];
      const confirm = linkIn(mail, 'Bekræft');
      const server = api.app.getHttpServer();
      const status = async () => ok(await api.gql<{ meeting: { talks: { status: string }[] } }>('query($id: ID!) { meeting(id: $id) { talks { status } } }', { id: meetingId }, net.coordinator.token)).meeting.talks[0].status;

      expect((await request(server).head(confirm)).status).toBe(200);
      const shown = await request(server).get(confirm);
      expect(shown.status).toBe(200);
      expect(shown.headers['content-type']).toMatch(/text\/html/);
      expect(shown.text).toContain('<html lang="da">');
      expect(shown.text).toContain('Ja, jeg holder oplægget');
      expect(shown.text).toMatch(/<form method="post" action="\/talks\/respond\?token=[^"]+">/);
      expect(await status()).toBe('INVITED');

      const answered = await request(server).post(confirm);
      expect(answered.status).toBe(200);
      expect(answered.text).toContain('Dit oplæg er bekræftet');
      expect(await status()).toBe('CONFIRMED');
      const again = await request(server).post(confirm);
      expect(again.status).toBe(409);
      expect(again.headers['x-error-code']).toBe('LINK_USED');
      expect(again.text).toContain('Du har allerede svaret');
      const decline = linkIn(mail, 'Afslå');
      expect((await request(server).get(decline)).status).toBe(409);
      expect((await request(server).post(decline)).status).toBe(409);

      const tampered = confirm.replace(/token=([^.]+)\.([^.]+)\./, (_m, header: string, payload: string) => `token=${header}.${payload.slice(0, -2)}xx.`);
      for (const call of [request(server).get(tampered), request(server).post(tampered)]) {
        const forged = await call;
        expect(forged.status).toBe(400);
        expect(forged.headers['x-error-code']).toBe('LINK_INVALID');
        expect(forged.text).toContain('Linket virker ikke');
      }

      const expired = await signTalkLink(api.config.linkSecret, { talkId, municipalityId: town.municipality.id, answer: 'decline' }, new Date(Date.now() - 60_000));
      const late = await request(server).get(`/talks/respond?token=${expired}`);
      expect(late.status).toBe(410);
      expect(late.headers['x-error-code']).toBe('LINK_EXPIRED');
      expect(late.text).toContain('Linket er udløbet');

      const { meeting } = ok(await api.gql<{ meeting: { talks: { status: string; statusHistory: { fromStatus: string | null; toStatus: string; changedById?: string }[] }[] } }>('query($id: ID!) { meeting(id: $id) { talks { status statusHistory { fromStatus toStatus } } } }', { id: meetingId }, net.coordinator.token));
      expect(meeting.talks[0].status).toBe('CONFIRMED');
      expect(meeting.talks[0].statusHistory.map((h) => h.toStatus)).toEqual(['INVITED', 'CONFIRMED']);
    });
  });

  describe('moving and cancelling the meeting', () => {
    it('moves the talk with the meeting and sends an update with the same UID and a higher SEQUENCE', async () => {
      ok(await api.gql('mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { id } }', { input: { meetingId, startsAt: at('13:00').toISOString(), endsAt: at('16:00').toISOString() } }, net.coordinator.token));
      const { meeting } = ok(await api.gql<{ meeting: { talks: { startsAt: string; sequence: number }[] } }>('query($id: ID!) { meeting(id: $id) { talks { startsAt sequence } } }', { id: meetingId }, net.coordinator.token));
      expect(meeting.talks[0]).toEqual({ startsAt: at('14:30').toISOString(), sequence: 1 });
      const before = smtp.received.length;
      await deliver();
      const update = smtp.received.slice(before).find((m) => icsOf(m).uid === `talk-${talkId}@nsk-networks`)!;
      expect(icsOf(update)).toMatchObject({ method: 'REQUEST', sequence: 1 });
    });

    it('cancels the talk with the meeting and sends a CANCEL', async () => {
      ok(await api.gql('mutation($id: ID!) { cancelMeeting(id: $id) { status } }', { id: meetingId }, net.coordinator.token));
      const before = smtp.received.length;
      await deliver();
      const cancel = smtp.received.slice(before).find((m) => icsOf(m).uid === `talk-${talkId}@nsk-networks`)!;
      expect(icsOf(cancel)).toMatchObject({ method: 'CANCEL', sequence: 2, rsvp: null });
      expect(cancel.subject).toContain('Aflyst');
    });
  });

  it('books a speaker only once when two coordinators ask for overlapping slots at the same moment', async () => {
    const speaker = ok(await api.gql<{ createSpeaker: { id: string } }>('mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { id } }', { input: { name: 'Efterspurgt', kind: 'RESEARCHER', topics: ['forced marriage'], email: 'c@example.test', notes: '' } }, net.coordinator.token)).createSpeaker.id;
    const other = await createNetwork(api, town, 'Tredje');
    const [a, b] = [await scheduleMeeting(api, net, new Date(`${NEXT_YEAR}-11-02T08:00:00Z`), 120), await scheduleMeeting(api, other, new Date(`${NEXT_YEAR}-11-02T08:00:00Z`), 120)];
    const results = await Promise.all([
      api.gql(INVITE, { input: { meetingId: a, speakerId: speaker, topic: 'A', startsAt: `${NEXT_YEAR}-11-02T08:30:00Z`, durationMinutes: 60 } }, net.coordinator.token),
      api.gql(INVITE, { input: { meetingId: b, speakerId: speaker, topic: 'B', startsAt: `${NEXT_YEAR}-11-02T09:00:00Z`, durationMinutes: 60 } }, other.coordinator.token),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions.code).toBe('SPEAKER_DOUBLE_BOOKED');
  });

  it('cancels a single talk: off the agenda, and a CANCEL to the speaker', async () => {
    const m = await scheduleMeeting(api, net, new Date(`${NEXT_YEAR}-12-07T08:00:00Z`), 120);
    const talk = ok(await api.gql<{ inviteSpeaker: { id: string } }>(INVITE, { input: { meetingId: m, speakerId, topic: 'Aflyses', startsAt: `${NEXT_YEAR}-12-07T09:00:00Z`, durationMinutes: 30 } }, net.coordinator.token)).inviteSpeaker.id;
    const byMember = await api.gql('mutation($id: ID!) { cancelTalk(id: $id) { status } }', { id: talk }, net.health.token);
    expect(byMember.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const cancelled = ok(await api.gql<{ cancelTalk: { status: string; sequence: number } }>('mutation($id: ID!) { cancelTalk(id: $id) { status sequence } }', { id: talk }, net.coordinator.token));
    expect(cancelled.cancelTalk).toEqual({ status: 'CANCELLED', sequence: 1 });
    const { meeting } = ok(await api.gql<{ meeting: { agenda: unknown[] } }>('query($id: ID!) { meeting(id: $id) { agenda { title } } }', { id: m }, net.coordinator.token));
    expect(meeting.agenda).toEqual([]);
    const before = smtp.received.length;
    await deliver();
    const mails = smtp.received.slice(before).filter((mail) => icsOf(mail).uid === `talk-${talk}@nsk-networks`).map((mail) => icsOf(mail).method);
    expect(mails).toEqual(['REQUEST', 'CANCEL']);
  });

  describe('SMTP failure and recovery', () => {
    it('keeps the message pending with an error code, retries later, and sends it once', async () => {
      const m = await scheduleMeeting(api, net, new Date(`${NEXT_YEAR}-10-05T08:00:00Z`), 120);
      const talk = ok(await api.gql<{ inviteSpeaker: { id: string } }>(INVITE, { input: { meetingId: m, speakerId, topic: 'Retry', startsAt: `${NEXT_YEAR}-10-05T08:30:00Z`, durationMinutes: 30 } }, net.coordinator.token));
      expect(await deliver('smtp://127.0.0.1:9')).toEqual({ sent: 0, failed: 0, retrying: 1 });
      const owner = await ownerDataSource();
      const inTown = <T>(work: (q: (sql: string, p?: unknown[]) => Promise<T>) => Promise<T>) =>
        owner.transaction(async (manager) => {
          await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
          return work((sql, p) => manager.query(sql, p));
        });
      const [pending] = (await inTown((q) => q("SELECT status, attempts, last_error FROM outbox_message WHERE kind = 'talk_invitation' ORDER BY created_at DESC LIMIT 1"))) as unknown as { status: string; attempts: number; last_error: string }[];
      expect(pending).toEqual({ status: 'pending', attempts: 1, last_error: 'ESOCKET' });
      expect(await deliver()).toEqual({ sent: 0, failed: 0, retrying: 0 }); // not due yet (backoff)
      await inTown((q) => q("UPDATE outbox_message SET next_attempt_at = now() WHERE status = 'pending'"));
      const before = smtp.received.length;
      expect(await deliver()).toEqual({ sent: 1, failed: 0, retrying: 0 });
      expect(await deliver()).toEqual({ sent: 0, failed: 0, retrying: 0 });
      const arrived = smtp.received.slice(before).filter((mail) => icsOf(mail).uid === `talk-${talk.inviteSpeaker.id}@nsk-networks`);
      expect(arrived).toHaveLength(1);
    });
  });

  describe('after the talk', () => {
    let given: string;
    let heldMeeting: string;

    beforeAll(async () => {
      // Under way: started an hour ago, the talk later on (its reply link is valid until the talk starts).
      heldMeeting = await scheduleMeeting(api, net, new Date(Date.now() - 3600_000), 180);
      const start = new Date(Date.now() + 30 * 60_000);
      given = ok(await api.gql<{ inviteSpeaker: { id: string } }>(INVITE, { input: { meetingId: heldMeeting, speakerId, topic: 'Digital kontrol', startsAt: start.toISOString(), durationMinutes: 45 } }, net.coordinator.token)).inviteSpeaker.id;
      await deliver();
      const invitation = smtp.received.filter((mail) => icsOf(mail).uid === `talk-${given}@nsk-networks`).at(-1)!;
      expect((await request(api.app.getHttpServer()).post(linkIn(invitation, 'Bekræft'))).status).toBe(200);
      ok(await api.gql('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId: heldMeeting, presentStaffMemberIds: [net.coordinator.id, net.health.id, net.school.id] } }, net.coordinator.token));
    });

    it('lets attendees rate it, and shows the coordinator the results per talk and per speaker', async () => {
      ok(await api.gql('mutation($input: RateTalkInput!) { rateTalk(input: $input) }', { input: { talkId: given, score: 5, comment: 'Meget konkret' } }, net.health.token));
      ok(await api.gql('mutation($input: RateTalkInput!) { rateTalk(input: $input) }', { input: { talkId: given, score: 4 } }, net.school.token));
      const absent = await api.gql('mutation($input: RateTalkInput!) { rateTalk(input: $input) }', { input: { talkId: given, score: 1 } }, net.job.token);
      expect(absent.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const outsider = await api.gql('mutation($input: RateTalkInput!) { rateTalk(input: $input) }', { input: { talkId: given, score: 1 } }, net.outsider.token);
      expect(outsider.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const outOfRange = await api.gql('mutation($input: RateTalkInput!) { rateTalk(input: $input) }', { input: { talkId: given, score: 6 } }, net.health.token);
      expect(outOfRange.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

      const perTalk = ok(await api.gql<{ talkRatings: unknown }>('query($id: ID!) { talkRatings(talkId: $id) { count average comments } }', { id: given }, net.coordinator.token));
      expect(perTalk.talkRatings).toEqual({ count: 2, average: 4.5, comments: ['Meget konkret'] });
      const perSpeaker = ok(await api.gql<{ speakerRatings: { count: number } }>('query($id: ID!) { speakerRatings(speakerId: $id) { count average } }', { id: speakerId }, net.coordinator.token));
      expect(perSpeaker.speakerRatings).toEqual({ count: 2, average: 4.5 });
      const notForMembers = await api.gql('query($id: ID!) { talkRatings(talkId: $id) { count } }', { id: given }, net.health.token);
      expect(notForMembers.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('shows the coordinator which topics the network has had talks on, which not, and who attended', async () => {
      const { talkCoverage } = ok(await api.gql<{ talkCoverage: { covered: string[]; notCovered: string[]; talks: { talkId: string; disciplines: string }[] } }>('query($id: ID!) { talkCoverage(networkId: $id) { covered notCovered talks { talkId topic disciplines } } }', { id: net.networkId }, net.coordinator.token));
      expect(talkCoverage.covered).toEqual(['digital control', 'patriark risk assessment']);
      expect(talkCoverage.notCovered).toContain('forced marriage');
      expect(talkCoverage.notCovered).not.toContain('digital control');
      expect(talkCoverage.talks.find((t) => t.talkId === given)?.disciplines).toBe('health_visiting, school, ssp');
    });
  });

  it('lists talks with their speakers and meetings in the same number of statements for 1 and for 4 meetings', async () => {
    const counts: number[] = [];
    for (const first of [1, 4]) {
      const result = await api.gql<{ network: { meetings: { nodes: { talks: { speaker: { name: string } }[] }[] } } }>(
        'query($id: ID!, $first: Int) { network(id: $id) { meetings(page: { first: $first }) { nodes { title talks { topic status speaker { name kind } meeting { title } } } } } }',
        { id: net.networkId, first },
        net.coordinator.token,
      );
      expect(ok(result).network.meetings.nodes.flatMap((n) => n.talks).length).toBeGreaterThanOrEqual(first === 1 ? 0 : 2);
      counts.push(result.extensions!.diagnostics!.sqlStatements);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
