import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode, notFound } from '../../platform/errors/app-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageInput, toPage } from '../../platform/graphql/pagination';
import { INVALID_STATUS_TRANSITION } from '../meetings/meeting-status';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { MembershipRole } from '../networks/network-kind.enum';
import { NetworkAccessService } from '../networks/network-access.service';
import { ActionItem, ActionItemStatus } from './action-item.entity';
import { AddActionItemInput } from './minutes.model';
import { groupByKeys } from '../../platform/database/loader-registry';
import { now } from '../../platform/clock/clock';
import { MeetingEvent, raiseMeetingEvent } from '../meetings/meeting-events';

@Injectable()
export class ActionItemService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly meetings: MeetingService,
    private readonly access: NetworkAccessService,
  ) {}

  async add(principal: Principal, input: AddActionItemInput): Promise<ActionItem> {
    const { meeting, caller } = await this.meetings.getVisible(principal, input.meetingId);
    if (!caller.isAdmin && !this.access.activeMembership(caller, meeting.networkId)) {
      throw new AppError(ErrorCode.Forbidden, 'Only current members of the network can add action items');
    }
    if (meeting.status !== MeetingStatus.HELD && meeting.status !== MeetingStatus.MINUTES_APPROVED) {
      throw new AppError(INVALID_STATUS_TRANSITION, 'Action items are agreed at a meeting that has been held', { status: meeting.status });
    }
    const members = await this.access.activeMembers(meeting.networkId);
    if (!members.some((m) => m.staffUserId === input.ownerId)) {
      throw new AppError(ErrorCode.BadUserInput, 'The owner of an action item must be a member of the network', { field: 'ownerId' });
    }
    const manager = await this.db.manager();
    const item = await manager.save(
      ActionItem,
      manager.create(ActionItem, {
        municipalityId: meeting.municipalityId,
        networkId: meeting.networkId,
        meetingId: meeting.id,
        text: input.text,
        ownerId: input.ownerId,
        dueOn: input.dueOn ?? null,
      }),
    );
    // The owner is mailed the item, unless they wrote it themselves.
    await raiseMeetingEvent(manager, MeetingEvent.ACTION_ITEM_ADDED, { municipalityId: meeting.municipalityId, meetingId: meeting.id, actorId: caller.staff.id, actionItemId: item.id });
    return item;
  }

  /** The owner or the coordinator marks an item done; doing it twice changes nothing. */
  async complete(principal: Principal, id: string): Promise<ActionItem> {
    const manager = await this.db.manager();
    const item = await manager.findOne(ActionItem, { where: { id } });
    if (!item) throw notFound('The action item');
    const caller = await this.access.caller(principal);
    const coordinates = this.access.activeMembership(caller, item.networkId)?.role === MembershipRole.COORDINATOR;
    if (item.ownerId !== caller.staff.id && !coordinates && !caller.isAdmin) {
      throw new AppError(ErrorCode.Forbidden, 'Only the owner or the coordinator can mark this action item done');
    }
    if (item.status === ActionItemStatus.DONE) return item;
    Object.assign(item, { status: ActionItemStatus.DONE, completedAt: now() });
    return manager.save(ActionItem, item);
  }

  /** A network's action items, newest first, keyset-paginated on (created_at, id). */
  async list(principal: Principal, networkId: string, status: ActionItemStatus | undefined, page: PageInput): Promise<Page<ActionItem>> {
    await this.access.assertMember(principal, networkId);
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const manager = await this.db.manager();
    const query = manager
      .createQueryBuilder(ActionItem, 'a')
      .where('a.network_id = :networkId', { networkId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1);
    if (status) query.andWhere('a.status = :status', { status });
    if (page.after) {
      const [createdAt, id] = decodeCursor(page.after, ['timestamp', 'uuid']);
      query.andWhere('(a.created_at, a.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(await query.getMany(), first, (row) => [row.createdAt.toISOString(), row.id]);
  }

  /** Items agreed at a meeting; batched across meetings. */
  agreedAt(meetingId: string): Promise<ActionItem[]> {
    return this.db
      .loader<string, ActionItem[]>('actionItemsOfMeeting', async (meetingIds) => {
        const manager = await this.db.manager();
        const rows = await manager.find(ActionItem, { where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC' } });
        return groupByKeys(meetingIds, rows, (row) => row.meetingId);
      })
      .load(meetingId);
  }

  /**
   * Open items from the network's earlier meetings: they appear on every
   * later meeting's agenda until done. Batched: one statement for all meetings.
   */
  async followUps(meeting: Meeting): Promise<ActionItem[]> {
    const open = await this.db
      .loader<string, (ActionItem & { meeting: Meeting })[]>('openActionItemsOfNetwork', async (networkIds) => {
        const manager = await this.db.manager();
        const rows = await manager
          .createQueryBuilder(ActionItem, 'a')
          .innerJoinAndSelect('a.meeting', 'origin')
          .where('a.network_id IN (:...networkIds)', { networkIds })
          .andWhere('a.status = :open', { open: ActionItemStatus.OPEN })
          .orderBy('a.created_at', 'ASC')
          .getMany();
        return groupByKeys(networkIds, rows as (ActionItem & { meeting: Meeting })[], (row) => row.networkId);
      })
      .load(meeting.networkId);
    return open.filter((item) => item.meeting.startsAt.getTime() < meeting.startsAt.getTime());
  }
}
