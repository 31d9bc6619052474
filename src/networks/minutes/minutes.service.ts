import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { INVALID_STATUS_TRANSITION } from '../meetings/meeting-status';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { Caller, NetworkAccessService } from '../networks/network-access.service';
import { MinutesStatus, MinutesVersion } from './minutes-version.entity';
import { SaveMinutesInput } from './minutes.model';
import { groupByKeys } from '../../platform/database/loader-registry';
import { now } from '../../platform/clock/clock';

export const MinutesErrorCode = {
  Approved: 'MINUTES_APPROVED',
  NotCirculated: 'MINUTES_NOT_CIRCULATED',
} as const;

/**
 * Minutes go draft -> circulated -> approved by the coordinator. Approved
 * minutes never change (the database refuses it too); saving after approval
 * starts a correction: a new version with a change note, the old one kept.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly meetings: MeetingService,
    private readonly access: NetworkAccessService,
  ) {}

  async save(principal: Principal, input: SaveMinutesInput): Promise<MinutesVersion> {
    const { meeting, caller } = await this.meetings.getVisible(principal, input.meetingId);
    this.assertCurrentMember(caller, meeting);
    if (meeting.status !== MeetingStatus.HELD && meeting.status !== MeetingStatus.MINUTES_APPROVED) {
      throw new AppError(INVALID_STATUS_TRANSITION, 'Minutes can be written once the meeting has been held', { status: meeting.status });
    }
    const manager = await this.db.manager();
    const latest = await this.latestForUpdate(meeting.id);
    const text = { body: input.body, decisions: input.decisions, authorId: caller.staff.id, updatedAt: now() };
    if (!latest || latest.status === MinutesStatus.APPROVED) {
      if (latest && !input.changeNote?.trim()) {
        throw new AppError(
          MinutesErrorCode.Approved,
          'These minutes are approved and cannot be changed; save a correction with a change note saying what was corrected and why',
          { version: latest.version },
        );
      }
      return manager.save(
        MinutesVersion,
        manager.create(MinutesVersion, {
          ...text,
          municipalityId: meeting.municipalityId,
          meetingId: meeting.id,
          version: (latest?.version ?? 0) + 1,
          status: MinutesStatus.DRAFT,
          changeNote: input.changeNote?.trim() || null,
        }),
      );
    }
    // A draft, or circulated minutes being edited again: back to draft, to be circulated anew.
    Object.assign(latest, text, { status: MinutesStatus.DRAFT, circulatedAt: null, changeNote: input.changeNote?.trim() || latest.changeNote });
    return manager.save(MinutesVersion, latest);
  }

  async circulate(principal: Principal, meetingId: string): Promise<MinutesVersion> {
    const { meeting } = await this.meetings.getForCoordinator(principal, meetingId);
    const latest = await this.latestForUpdate(meeting.id);
    if (!latest) throw new AppError(ErrorCode.NotFound, 'There are no minutes to circulate yet');
    if (latest.status === MinutesStatus.APPROVED) throw new AppError(MinutesErrorCode.Approved, 'These minutes are already approved');
    if (latest.status === MinutesStatus.CIRCULATED) return latest;
    latest.status = MinutesStatus.CIRCULATED;
    latest.circulatedAt = now();
    return (await this.db.manager()).save(MinutesVersion, latest);
  }

  async approve(principal: Principal, meetingId: string): Promise<MinutesVersion> {
    const { meeting, caller } = await this.meetings.getForCoordinator(principal, meetingId);
    const latest = await this.latestForUpdate(meeting.id);
    if (!latest) throw new AppError(ErrorCode.NotFound, 'There are no minutes to approve yet');
    if (latest.status === MinutesStatus.APPROVED) throw new AppError(MinutesErrorCode.Approved, 'These minutes are already approved');
    if (latest.status !== MinutesStatus.CIRCULATED) {
      throw new AppError(MinutesErrorCode.NotCirculated, 'Minutes must be circulated to the attendees before they are approved');
    }
    Object.assign(latest, { status: MinutesStatus.APPROVED, approvedAt: now(), approvedById: caller.staff.id });
    const approved = await (await this.db.manager()).save(MinutesVersion, latest);
    if (meeting.status === MeetingStatus.HELD) await this.meetings.setStatus(meeting, MeetingStatus.MINUTES_APPROVED);
    return approved;
  }

  /** Every version of a meeting's minutes, oldest first; batched across meetings. */
  versions(meetingId: string): Promise<MinutesVersion[]> {
    return this.db
      .loader<string, MinutesVersion[]>('minutesOfMeeting', async (meetingIds) => {
        const manager = await this.db.manager();
        const rows = await manager.find(MinutesVersion, { where: { meetingId: In([...meetingIds]) }, order: { version: 'ASC' } });
        return groupByKeys(meetingIds, rows, (row) => row.meetingId);
      })
      .load(meetingId);
  }

  /** Locks the meeting's latest version, so two saves cannot both create version n+1. */
  private async latestForUpdate(meetingId: string): Promise<MinutesVersion | null> {
    const manager = await this.db.manager();
    return manager.findOne(MinutesVersion, { where: { meetingId }, order: { version: 'DESC' }, lock: { mode: 'pessimistic_write' } });
  }

  private assertCurrentMember(caller: Caller, meeting: Meeting): void {
    if (!caller.isAdmin && !this.access.activeMembership(caller, meeting.networkId)) {
      throw new AppError(ErrorCode.Forbidden, 'Only current members of the network can write minutes');
    }
  }
}
