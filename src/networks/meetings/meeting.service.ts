import { Injectable } from '@nestjs/common';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { scheduleAgenda } from '../agenda/agenda-schedule';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, toPage } from '../../platform/graphql/pagination';
import { Caller, NetworkAccessService } from '../networks/network-access.service';
import { MeetingListInput, RescheduleMeetingInput, ScheduleMeetingInput, ScheduleMeetingSeriesInput } from './dto/meeting.inputs';
import { MeetingSeries } from './meeting-series.entity';
import { MeetingStatus } from './meeting-status.enum';
import { assertStillPlanned, assertTransition } from './meeting-status';
import { Meeting } from './meeting.entity';
import { expandOccurrences, MEETING_TIME_ZONE } from './recurrence';
import { leanSelect } from '../../platform/database/lean-read';
import { groupByKeys } from '../../platform/database/loader-registry';
import { MeetingEvent, raiseMeetingEvent } from './meeting-events';

const MINUTE = 60_000;

/** Lets other domains (external talks) follow a meeting that moves or is cancelled, in the same transaction. */
export interface MeetingChangeListener {
  rescheduled(meeting: Meeting, shiftMs: number): Promise<void>;
  cancelled(meeting: Meeting): Promise<void>;
}

@Injectable()
export class MeetingService {
  private readonly listeners: MeetingChangeListener[] = [];

  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
  ) {}

  addChangeListener(listener: MeetingChangeListener): void {
    this.listeners.push(listener);
  }

  load(id: string): Promise<Meeting> {
    return this.db.byIdLoader(Meeting, 'The meeting').load(id);
  }

  /** The meeting, if the caller may see it (member, admin, or former member for meetings before they left). */
  async getVisible(principal: Principal, id: string): Promise<{ meeting: Meeting; caller: Caller }> {
    const meeting = await this.load(id);
    const caller = await this.access.assertCanSeeMeeting(principal, meeting);
    return { meeting, caller };
  }

  /** The meeting, if the caller coordinates its network. */
  async getForCoordinator(principal: Principal, id: string): Promise<{ meeting: Meeting; caller: Caller }> {
    const meeting = await this.load(id);
    const { caller } = await this.access.assertCoordinator(principal, meeting.networkId);
    return { meeting, caller };
  }

  async schedule(principal: Principal, input: ScheduleMeetingInput): Promise<Meeting> {
    await this.access.assertCoordinator(principal, input.networkId);
    assertEndsAfterStart(input.startsAt, input.endsAt);
    const manager = await this.db.manager();
    return manager.save(
      Meeting,
      manager.create(Meeting, {
        municipalityId: this.db.current().municipalityId!,
        networkId: input.networkId,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: input.place ?? null,
        onlineUrl: input.onlineUrl ?? null,
      }),
    );
  }

  /** Stores the series and its occurrences (see recurrence.ts for how far ahead). */
  async scheduleSeries(principal: Principal, input: ScheduleMeetingSeriesInput): Promise<MeetingSeries & { meetings: Meeting[] }> {
    const { network } = await this.access.assertCoordinator(principal, input.networkId);
    const rrule = input.rrule?.trim() || network.cadence;
    const starts = expandOccurrences(rrule, input.firstStartsAt, MEETING_TIME_ZONE);
    const manager = await this.db.manager();
    const municipalityId = this.db.current().municipalityId!;
    const series = await manager.save(
      MeetingSeries,
      manager.create(MeetingSeries, {
        municipalityId,
        networkId: input.networkId,
        title: input.title,
        rrule,
        timeZone: MEETING_TIME_ZONE,
        firstStartsAt: input.firstStartsAt,
        durationMinutes: input.durationMinutes,
      }),
    );
    const meetings = starts.map((startsAt) =>
      manager.create(Meeting, {
        municipalityId,
        networkId: input.networkId,
        seriesId: series.id,
        recurrenceId: startsAt,
        title: input.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + input.durationMinutes * MINUTE),
        place: input.place ?? null,
        onlineUrl: input.onlineUrl ?? null,
      }),
    );
    await manager.insert(Meeting, meetings);
    return Object.assign(series, { meetings });
  }

  /**
   * Moves one meeting (an occurrence keeps its series and RECURRENCE-ID).
   * Fixed-time agenda items (external talks) move with it; the agenda must
   * still fit, or nothing changes.
   */
  async reschedule(principal: Principal, input: RescheduleMeetingInput): Promise<Meeting> {
    const { meeting } = await this.getForCoordinator(principal, input.meetingId);
    assertStillPlanned(meeting.status, 'be moved');
    assertEndsAfterStart(input.startsAt, input.endsAt);
    const manager = await this.db.manager();
    const shift = input.startsAt.getTime() - meeting.startsAt.getTime();
    const items = await manager.find(AgendaItem, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    for (const item of items) {
      if (item.fixedStart) item.fixedStart = new Date(item.fixedStart.getTime() + shift);
    }
    scheduleAgenda({ startsAt: input.startsAt, endsAt: input.endsAt }, items);
    await manager.save(AgendaItem, items.filter((item) => item.fixedStart));
    Object.assign(meeting, {
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place !== undefined ? input.place : meeting.place,
      onlineUrl: input.onlineUrl !== undefined ? input.onlineUrl : meeting.onlineUrl,
      sequence: meeting.sequence + 1,
    });
    const saved = await manager.save(Meeting, meeting);
    for (const listener of this.listeners) await listener.rescheduled(saved, shift);
    return saved;
  }

  async cancel(principal: Principal, id: string, reason?: string): Promise<Meeting> {
    const { meeting } = await this.getForCoordinator(principal, id);
    assertTransition(meeting.status, MeetingStatus.CANCELLED, 'be cancelled');
    const cancelled = await this.setStatus(meeting, MeetingStatus.CANCELLED, { cancellationReason: reason ?? null, sequence: meeting.sequence + 1 });
    for (const listener of this.listeners) await listener.cancelled(cancelled);
    return cancelled;
  }

  /** The agenda goes out: the members are mailed it (MeetingEvent.AGENDA_PUBLISHED). */
  async publishAgenda(principal: Principal, id: string): Promise<Meeting> {
    const { meeting, caller } = await this.getForCoordinator(principal, id);
    assertTransition(meeting.status, MeetingStatus.AGENDA_PUBLISHED, 'have its agenda published');
    const published = await this.setStatus(meeting, MeetingStatus.AGENDA_PUBLISHED);
    await raiseMeetingEvent(await this.db.manager(), MeetingEvent.AGENDA_PUBLISHED, { municipalityId: meeting.municipalityId, meetingId: meeting.id, actorId: caller.staff.id });
    return published;
  }

  async setStatus(meeting: Meeting, status: MeetingStatus, changes: Partial<Meeting> = {}): Promise<Meeting> {
    const manager = await this.db.manager();
    Object.assign(meeting, changes, { status });
    return manager.save(Meeting, meeting);
  }

  /** A network's meetings by start time, keyset-paginated on (starts_at, id). */
  async list(networkId: string, input: MeetingListInput): Promise<Page<Meeting>> {
    const first = input.first ?? DEFAULT_PAGE_SIZE;
    const manager = await this.db.manager();
    const conditions = ['t.network_id = $1'];
    const parameters: unknown[] = [networkId];
    if (input.from) conditions.push(`t.starts_at >= $${parameters.push(input.from)}`);
    if (input.after) {
      const [startsAt, id] = decodeCursor(input.after, ['timestamp', 'uuid']);
      conditions.push(`(t.starts_at, t.id) > ($${parameters.push(startsAt)}, $${parameters.push(id)})`);
    }
    const rows = await leanSelect(manager, Meeting, conditions.join(' AND '), parameters, `ORDER BY t.starts_at, t.id LIMIT $${parameters.push(first + 1)}`);
    return toPage(rows, first, (row) => [row.startsAt.toISOString(), row.id]);
  }

  /** The next `limit` meetings of each network, batched: one statement for all networks in a request. */
  upcoming(networkId: string, limit: number): Promise<Meeting[]> {
    return this.db
      .loader<string, Meeting[]>(`upcomingMeetings:${limit}`, async (networkIds) => {
        const manager = await this.db.manager();
        const rows = await manager
          .createQueryBuilder(Meeting, 'm')
          .where(
            `m.id IN (SELECT id FROM (
               SELECT id, row_number() OVER (PARTITION BY network_id ORDER BY starts_at, id) AS rank
                 FROM meeting WHERE network_id = ANY(:networkIds) AND ends_at >= now()) ranked
              WHERE rank <= :limit)`,
            { networkIds, limit },
          )
          .orderBy('m.starts_at', 'ASC')
          .addOrderBy('m.id', 'ASC')
          .getMany();
        return groupByKeys(networkIds, rows, (row) => row.networkId);
      })
      .load(networkId);
  }
}

function assertEndsAfterStart(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new AppError(ErrorCode.BadUserInput, 'The meeting must end after it starts', { field: 'endsAt' });
  }
}
