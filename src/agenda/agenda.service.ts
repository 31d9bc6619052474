import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../auth/principal';
import { TenantDatabase } from '../database/tenant-database';
import { AppError, ErrorCode } from '../errors/app-error';
import { Meeting } from '../meetings/meeting.entity';
import { assertStillPlanned } from '../meetings/meeting-status';
import { MeetingService } from '../meetings/meeting.service';
import { NetworkAccessService } from '../networks/network-access.service';
import { AgendaItemInput, AgendaItemModel } from './agenda-item.model';
import { AgendaItem } from './agenda-item.entity';
import { scheduleAgenda } from './agenda-schedule';

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
    scheduleAgenda(meeting, items);
    const manager = await this.db.manager();
    await manager.delete(AgendaItem, { meetingId });
    const rows = items.map((item, index) =>
      manager.create(AgendaItem, {
        municipalityId: meeting.municipalityId,
        meetingId,
        position: index + 1,
        type: item.type,
        title: item.title,
        durationMinutes: item.durationMinutes,
        presenterId: item.presenterId ?? null,
        fixedStart: item.fixedStart ?? null,
      }),
    );
    if (rows.length > 0) await manager.insert(AgendaItem, rows);
    return withSchedule(meeting, rows);
  }

  /** A meeting's agenda with computed times; batched across meetings. */
  async agenda(meeting: Meeting): Promise<AgendaItemModel[]> {
    const items = await this.db
      .loader<string, AgendaItem[]>('agendaOfMeeting', async (meetingIds) => {
        const manager = await this.db.manager();
        const rows = await manager.find(AgendaItem, { where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC' } });
        return meetingIds.map((id) => rows.filter((row) => row.meetingId === id));
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
    startsAt: schedule[index].startsAt,
    endsAt: schedule[index].endsAt,
  }));
}
