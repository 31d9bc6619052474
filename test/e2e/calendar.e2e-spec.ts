import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import request from 'supertest';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork, NetworkFixture, ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { NEXT_YEAR } from '../utils/clock';

interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  localStart: string;
}

/** Parses with ical.js, a parser independent of the generator, and reads start times in Europe/Copenhagen. */
function parse(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      summary: event.summary,
      localStart: DateTime.fromJSDate(event.startDate.toJSDate(), { zone: 'Europe/Copenhagen' }).toFormat('yyyy-LL-dd HH:mm'),
    };
  });
}

describe('calendar feeds', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let net: NetworkFixture;
  let meetings: { id: string }[];
  let memberFeed: { id: string; path: string };

  const fetch = (path: string) => request(api.app.getHttpServer()).get(path);

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
    net = await createNetwork(api, town);
    // 09:00 local in February (CET) and in April/June (CEST): the feed must show 09:00 for all.
    const series = ok(
      await api.gql<{ scheduleMeetingSeries: { meetings: { id: string }[] } }>(
        'mutation($input: ScheduleMeetingSeriesInput!) { scheduleMeetingSeries(input: $input) { meetings { id } } }',
        {
          input: {
            networkId: net.networkId,
            title: 'Netværksmøde',
            firstStartsAt: DateTime.fromISO(`${NEXT_YEAR}-02-09T09:00`, { zone: 'Europe/Copenhagen' }).toISO(),
            durationMinutes: 120,
            rrule: 'FREQ=MONTHLY;INTERVAL=2;COUNT=3',
          },
        },
        net.coordinator.token,
      ),
    );
    meetings = series.scheduleMeetingSeries.meetings;
    const created = ok(await api.gql<{ createCalendarFeed: { path: string; feed: { id: string } } }>('mutation { createCalendarFeed { path feed { id } } }', {}, net.health.token));
    memberFeed = { id: created.createCalendarFeed.feed.id, path: created.createCalendarFeed.path };
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it("serves a member's meetings as iCalendar, in local time across the change to summer time", async () => {
    const response = await fetch(memberFeed.path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const events = parse(response.text);
    expect(events.map((e) => e.localStart)).toEqual([`${NEXT_YEAR}-02-09 09:00`, `${NEXT_YEAR}-04-09 09:00`, `${NEXT_YEAR}-06-09 09:00`]);
    expect(events.map((e) => e.uid)).toEqual(meetings.map((m) => `meeting-${m.id}@nsk-networks`));
    expect(events.every((e) => e.sequence === 0 && e.status === 'CONFIRMED')).toBe(true);
    expect(events[0].summary).toContain('Netværksmøde');
  });

  it('keeps the UID and raises SEQUENCE when a meeting moves, and shows a cancelled one as cancelled', async () => {
    ok(
      await api.gql('mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { id } }', {
        input: { meetingId: meetings[1].id, startsAt: `${NEXT_YEAR}-04-12T07:00:00Z`, endsAt: `${NEXT_YEAR}-04-12T09:00:00Z` },
      }, net.coordinator.token),
    );
    ok(await api.gql('mutation($id: ID!) { cancelMeeting(id: $id) { id } }', { id: meetings[2].id }, net.coordinator.token));
    const events = parse((await fetch(memberFeed.path)).text);
    expect(events[1]).toMatchObject({ uid: `meeting-${meetings[1].id}@nsk-networks`, sequence: 1, localStart: `${NEXT_YEAR}-04-12 09:00`, status: 'CONFIRMED' });
    expect(events[2]).toMatchObject({ uid: `meeting-${meetings[2].id}@nsk-networks`, sequence: 1, status: 'CANCELLED' });
  });

  it("serves one network's feed, and only to its members", async () => {
    const created = ok(await api.gql<{ createCalendarFeed: { path: string } }>('mutation($id: ID) { createCalendarFeed(networkId: $id) { path } }', { id: net.networkId }, net.job.token));
    expect(parse((await fetch(created.createCalendarFeed.path)).text)).toHaveLength(3);
    const outsider = await api.gql('mutation($id: ID) { createCalendarFeed(networkId: $id) { path } }', { id: net.networkId }, net.outsider.token);
    expect(outsider.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('stops serving a revoked feed or an unknown token', async () => {
    const other = ok(await api.gql<{ createCalendarFeed: { path: string; feed: { id: string } } }>('mutation { createCalendarFeed { path feed { id } } }', {}, net.school.token));
    ok(await api.gql('mutation($id: ID!) { revokeCalendarFeed(id: $id) { revokedAt } }', { id: other.createCalendarFeed.feed.id }, net.school.token));
    expect((await fetch(other.createCalendarFeed.path)).status).toBe(404);
    expect((await fetch('/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).status).toBe(404);
    expect((await fetch('/calendar/short.ics')).status).toBe(404);
  });

  it('shows someone who left the network only the meetings from before they left', async () => {
    const feed = ok(await api.gql<{ createCalendarFeed: { path: string } }>('mutation { createCalendarFeed { path } }', {}, net.school.token));
    expect(parse((await fetch(feed.createCalendarFeed.path)).text)).toHaveLength(3);
    const { network } = ok(await api.gql<{ network: { members: { id: string; staffMember: { id: string } }[] } }>('query($id: ID!) { network(id: $id) { members { id staffMember { id } } } }', { id: net.networkId }, net.coordinator.token));
    const membership = network.members.find((m) => m.staffMember.id === net.school.id)!;
    ok(await api.gql('mutation($input: EndNetworkMembershipInput!) { endNetworkMembership(input: $input) { id } }', { input: { membershipId: membership.id, leftOn: `${NEXT_YEAR}-03-01` } }, net.coordinator.token));
    expect(parse((await fetch(feed.createCalendarFeed.path)).text).map((e) => e.localStart)).toEqual([`${NEXT_YEAR}-02-09 09:00`]);
  });

  it("cannot revoke someone else's feed", async () => {
    const result = await api.gql('mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }', { id: memberFeed.id }, net.job.token);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await fetch(memberFeed.path)).status).toBe(200);
  });

  it('lists the caller’s feeds without their secrets', async () => {
    const data = ok(await api.gql<{ myCalendarFeeds: Record<string, unknown>[] }>('{ myCalendarFeeds { id networkId revokedAt } }', {}, net.health.token));
    expect(data.myCalendarFeeds).toEqual([{ id: memberFeed.id, networkId: null, revokedAt: null }]);
  });

  it('describes each meeting (agenda with times, a cancellation, the way back), names an organizer and renders to the same bytes until something changes', async () => {
    ok(await api.gql('mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }', { input: { meetingId: meetings[0].id, items: [
      { title: 'Nyt fra afdelingerne', type: 'NEWS_ROUND', durationMinutes: 30 },
      { title: 'Videndeling om digital kontrol', type: 'KNOWLEDGE_SHARING', durationMinutes: 45 },
    ] } }, net.coordinator.token));
    const first = await fetch(memberFeed.path);
    const calendar = new ICAL.Component(ICAL.parse(first.text));
    const events = calendar.getAllSubcomponents('vevent');
    const described = events.find((e) => e.getFirstPropertyValue('uid') === `meeting-${meetings[0].id}@nsk-networks`)!;
    expect(String(described.getFirstPropertyValue('description'))).toBe(`Dagsorden:\n09.00 Nyt fra afdelingerne\n09.30 Videndeling om digital kontrol\n\nMødet i NSK-netværket: ${api.config.publicBaseUrl}/moede/${meetings[0].id}`);
    expect(String(described.getFirstPropertyValue('organizer'))).toMatch(/^mailto:/i);
    const cancelled = events.find((e) => e.getFirstPropertyValue('status') === 'CANCELLED')!;
    expect(String(cancelled.getFirstPropertyValue('description'))).toMatch(/^Aflyst/);

    // Polled again with nothing changed: the same bytes, and 304 for either validator.
    const second = await fetch(memberFeed.path);
    expect(second.text).toBe(first.text);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(new Date(first.headers['last-modified']).getTime()).not.toBeNaN();
    const byTag = await fetch(memberFeed.path).set('if-none-match', first.headers.etag);
    expect(byTag.status).toBe(304);
    expect(byTag.text ?? '').toBe('');
    expect((await fetch(memberFeed.path).set('if-modified-since', first.headers['last-modified'])).status).toBe(304);
    expect((await fetch(memberFeed.path).set('if-none-match', '"something-else"')).status).toBe(200);

    // A change: new bytes, a new tag, the old one no longer matches.
    await new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified has whole seconds
    ok(await api.gql('mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }', { input: { meetingId: meetings[0].id, items: [{ title: 'Nyt fra afdelingerne', type: 'NEWS_ROUND', durationMinutes: 60 }] } }, net.coordinator.token));
    const changed = await fetch(memberFeed.path).set('if-none-match', first.headers.etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect((await fetch(memberFeed.path).set('if-modified-since', first.headers['last-modified'])).status).toBe(200);
  });
});
