import { now } from '../../platform/clock/clock';
import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { AgendaItemType } from './agenda-item-type.enum';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { Meeting } from '../meetings/meeting.entity';
import { assertStillPlanned } from '../meetings/meeting-status';
import { MeetingService } from '../meetings/meeting.service';
import { NetworkAccessService } from '../networks/network-access.service';
import { AgendaItemInput, AgendaItemModel } from './agenda-item.model';
import { AgendaItem } from './agenda-item.entity';
import { scheduleAgenda } from './agenda-schedule';
import { groupByKeys } from '../../platform/database/loader-registry';
import { leanSelect } from '../../platform/database/lean-read';

@Injectable()
export class AgendaService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly meetings: MeetingService,
    private readonly access: NetworkAccessService,
  ) {}

  /**
   * Replaces a meeting's agenda as a whole, in order. Refused (and nothing
   * changed) when it overlaps or does not fit the meeting, or names a
   * presenter who is not a member of the network.
   */
  async setAgenda(principal: Principal, meetingId: string, items: AgendaItemInput[]): Promise<AgendaItemModel[]> {
    const { meeting } = await this.meetings.getForCoordinator(principal, meetingId);
    assertStillPlanned(meeting.status, 'have its agenda changed');
    await this.assertPresentersAreMembers(meeting, items);
    const manager = await this.db.manager();
    const talkItems = await manager.find(AgendaItem, { where: { meetingId, talkId: Not(IsNull()) } });
    const entries = items.map((item) => {
      if (!item.talkId) return { ...item, talkId: null };
      const talkItem = talkItems.find((t) => t.talkId === item.talkId);
      if (!talkItem) throw new AppError(ErrorCode.BadUserInput, 'An agenda item names a talk that is not on this meeting', { field: 'talkId' });
      // The talk owns its time: keep it whatever the input says.
      return { ...item, type: talkItem.type, title: talkItem.title, durationMinutes: talkItem.durationMinutes, fixedStart: talkItem.fixedStart, talkId: talkItem.talkId };
    });
    const dropped = talkItems.find((t) => !entries.some((entry) => entry.talkId === t.talkId));
    if (dropped) {
      throw new AppError('AGENDA_TALK_REQUIRED', `The agenda must keep the external talk "${dropped.title}"; cancel the talk to take it off`, { talkId: dropped.talkId });
    }
    return this.replace(meeting, entries);
  }

  /** Puts an external talk's item on the agenda in time order; refused if it overlaps or runs over. */
  async insertTalkItem(meeting: Meeting, item: { title: string; durationMinutes: number; fixedStart: Date; talkId: string; presenterId?: null }): Promise<void> {
    const current = await this.currentEntries(meeting);
    const schedule = scheduleAgenda(meeting, current);
    const index = schedule.filter((slot) => slot.startsAt.getTime() < item.fixedStart.getTime()).length;
    current.splice(index, 0, { ...item, type: AgendaItemType.EXTERNAL_TALK, presenterId: null });
    await this.replace(meeting, current);
  }

  /** Takes a cancelled talk's item off the agenda. */
  async removeTalkItem(meeting: Meeting, talkId: string): Promise<void> {
    const current = await this.currentEntries(meeting);
    await this.replace(meeting, current.filter((entry) => entry.talkId !== talkId));
  }

  private async currentEntries(meeting: Meeting): Promise<AgendaEntryInput[]> {
    const manager = await this.db.manager();
    const items = await manager.find(AgendaItem, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    return items.map(({ type, title, durationMinutes, presenterId, fixedStart, talkId }) => ({ type, title, durationMinutes, presenterId, fixedStart, talkId }));
  }

  /** Validates and writes the whole agenda in order. */
  private async replace(meeting: Meeting, entries: AgendaEntryInput[]): Promise<AgendaItemModel[]> {
    scheduleAgenda(meeting, entries);
    const manager = await this.db.manager();
    await manager.delete(AgendaItem, { meetingId: meeting.id });
    const rows = entries.map((item, index) =>
      manager.create(AgendaItem, {
        municipalityId: meeting.municipalityId,
        meetingId: meeting.id,
        position: index + 1,
        type: item.type,
        title: item.title,
        durationMinutes: item.durationMinutes,
        presenterId: item.presenterId ?? null,
        fixedStart: item.fixedStart ?? null,
        talkId: item.talkId ?? null,
      }),
    );
    if (rows.length > 0) await manager.insert(AgendaItem, rows);
    // The agenda is part of the meeting as calendars see it (the feed's description): it changed now.
    await manager.update(Meeting, { id: meeting.id }, { updatedAt: now() });
    return withSchedule(meeting, rows);
  }

  /** A meeting's agenda with computed times; batched across meetings. */
  async agenda(meeting: Meeting): Promise<AgendaItemModel[]> {
    const items = await this.db
      .loader<string, AgendaItem[]>('agendaOfMeeting', async (meetingIds) => {
        const manager = await this.db.manager();
        const rows = await leanSelect(manager, AgendaItem, 't.meeting_id = ANY($1)', [meetingIds], 'ORDER BY t.position');
        return groupByKeys(meetingIds, rows, (row) => row.meetingId);
      })
      .load(meeting.id);
    return withSchedule(meeting, items);
  }

  private async assertPresentersAreMembers(meeting: Meeting, items: AgendaItemInput[]): Promise<void> {
    const presenters = [...new Set(items.map((item) => item.presenterId).filter((id): id is string => !!id))];
    if (presenters.length === 0) return;
    const members = new Set((await this.access.activeMembers(meeting.networkId)).map((m) => m.staffUserId));
    const unknown = presenters.filter((id) => !members.has(id));
    if (unknown.length > 0) {
      throw new AppError(ErrorCode.BadUserInput, 'A presenter is not a member of this network', { field: 'presenterId', presenterIds: unknown });
    }
  }
}

interface AgendaEntryInput {
  type: AgendaItemType;
  title: string;
  durationMinutes: number;
  presenterId?: string | null;
  fixedStart?: Date | null;
  talkId?: string | null;
}

function withSchedule(meeting: Meeting, items: AgendaItem[]): AgendaItemModel[] {
  const schedule = scheduleAgenda(meeting, items);
  return items.map((item, index) => ({
    id: item.id,
    position: item.position,
    type: item.type,
    title: item.title,
    durationMinutes: item.durationMinutes,
    presenterId: item.presenterId,
    fixedTime: item.fixedStart !== null,
    talkId: item.talkId,
    startsAt: schedule[index].startsAt,
    endsAt: schedule[index].endsAt,
  }));
}
