import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { TextScreening } from '../../privacy/anonymisation/text-screening.service';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { INVALID_STATUS_TRANSITION } from '../meetings/meeting-status';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { Caller, NetworkAccessService } from '../networks/network-access.service';
import { MinutesStatus, MinutesVersion, StoredMinutesFinding } from './minutes-version.entity';
import { AcknowledgeMinutesFindingInput, MinutesFindingModel, SaveMinutesInput } from './minutes.model';
import { groupByKeys } from '../../platform/database/loader-registry';
import { now } from '../../platform/clock/clock';
import { MeetingEvent, raiseMeetingEvent } from '../meetings/meeting-events';

export const MinutesErrorCode = {
  Approved: 'MINUTES_APPROVED',
  NotCirculated: 'MINUTES_NOT_CIRCULATED',
  FindingsUnresolved: 'MINUTES_FINDINGS_UNRESOLVED',
} as const;

/**
 * Minutes go draft -> circulated -> approved by the coordinator. Approved
 * minutes never change (the database refuses it too); saving after approval
 * starts a correction: a new version with a change note, the old one kept.
 *
 * Minutes of a meeting with case discussions are the likeliest place for a
 * citizen's name, and a secretary writes them in one go: a draft is saved
 * with the anonymisation guard's findings (kind, place, masked preview), and
 * is not circulated or approved until each finding is removed from the text or
 * acknowledged by the coordinator with a reason.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly meetings: MeetingService,
    private readonly access: NetworkAccessService,
    private readonly screening: TextScreening,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async save(principal: Principal, input: SaveMinutesInput): Promise<MinutesVersion> {
    const { meeting, caller } = await this.meetings.getVisible(principal, input.meetingId);
    this.assertCurrentMember(caller, meeting);
    if (meeting.status !== MeetingStatus.HELD && meeting.status !== MeetingStatus.MINUTES_APPROVED) {
      throw new AppError(INVALID_STATUS_TRANSITION, 'Minutes can be written once the meeting has been held', { status: meeting.status });
    }
    const manager = await this.db.manager();
    const latest = await this.latestForUpdate(meeting.id);
    const text = { body: input.body, decisions: input.decisions, authorId: caller.staff.id, updatedAt: now(), findings: await this.screen(input) };
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

  /** The draft goes to the members for approval; they are mailed a link to it (MeetingEvent.MINUTES_CIRCULATED). */
  async circulate(principal: Principal, meetingId: string): Promise<MinutesVersion> {
    const { meeting, caller } = await this.meetings.getForCoordinator(principal, meetingId);
    const latest = await this.latestForUpdate(meeting.id);
    if (!latest) throw new AppError(ErrorCode.NotFound, 'There are no minutes to circulate yet');
    if (latest.status === MinutesStatus.APPROVED) throw new AppError(MinutesErrorCode.Approved, 'These minutes are already approved');
    if (latest.status === MinutesStatus.CIRCULATED) return latest;
    assertFindingsResolved(latest, 'circulated');
    latest.status = MinutesStatus.CIRCULATED;
    latest.circulatedAt = now();
    const manager = await this.db.manager();
    const circulated = await manager.save(MinutesVersion, latest);
    await raiseMeetingEvent(manager, MeetingEvent.MINUTES_CIRCULATED, { municipalityId: meeting.municipalityId, meetingId: meeting.id, actorId: caller.staff.id });
    return circulated;
  }

  async approve(principal: Principal, meetingId: string): Promise<MinutesVersion> {
    const { meeting, caller } = await this.meetings.getForCoordinator(principal, meetingId);
    const latest = await this.latestForUpdate(meeting.id);
    if (!latest) throw new AppError(ErrorCode.NotFound, 'There are no minutes to approve yet');
    if (latest.status === MinutesStatus.APPROVED) throw new AppError(MinutesErrorCode.Approved, 'These minutes are already approved');
    if (latest.status !== MinutesStatus.CIRCULATED) {
      throw new AppError(MinutesErrorCode.NotCirculated, 'Minutes must be circulated to the attendees before they are approved');
    }
    assertFindingsResolved(latest, 'approved');
    Object.assign(latest, { status: MinutesStatus.APPROVED, approvedAt: now(), approvedById: caller.staff.id });
    const approved = await (await this.db.manager()).save(MinutesVersion, latest);
    if (meeting.status === MeetingStatus.HELD) await this.meetings.setStatus(meeting, MeetingStatus.MINUTES_APPROVED);
    return approved;
  }

  /** Coordinator: a finding is not a citizen's identifier (the presenter's name, the town hall's address), for this reason. */
  async acknowledgeFinding(principal: Principal, input: AcknowledgeMinutesFindingInput): Promise<MinutesVersion> {
    const { meeting, caller } = await this.meetings.getForCoordinator(principal, input.meetingId);
    const latest = await this.latestForUpdate(meeting.id);
    if (!latest) throw new AppError(ErrorCode.NotFound, 'There are no minutes yet');
    if (latest.status === MinutesStatus.APPROVED) throw new AppError(MinutesErrorCode.Approved, 'These minutes are already approved');
    if (!latest.findings.some((finding) => finding.id === input.findingId)) throw new AppError(ErrorCode.NotFound, 'The current minutes have no such finding; it may have been removed by an edit');
    const acknowledgement = { findingId: input.findingId, reason: input.reason.trim(), byId: caller.staff.id, at: now().toISOString() };
    latest.findingAcknowledgements = [...latest.findingAcknowledgements.filter((known) => known.findingId !== input.findingId), acknowledgement];
    return (await this.db.manager()).save(MinutesVersion, latest);
  }

  /** The guard's findings in the minutes' texts, each with an id that stays while the same value stays in the same field. */
  private async screen(input: SaveMinutesInput): Promise<StoredMinutesFinding[]> {
    const texts: Record<string, string> = { body: input.body };
    input.decisions.forEach((decision, index) => (texts[`decisions[${index}]`] = decision));
    if (input.changeNote) texts.changeNote = input.changeNote;
    const findings = await this.screening.findings(texts);
    return findings.map((finding) => ({
      id: createHmac('sha256', this.config.crypto.cprHashSecret)
        .update(`minutes-finding\0${finding.field}\0${finding.kind}\0${texts[finding.field].slice(finding.start, finding.end)}`)
        .digest('hex')
        .slice(0, 32),
      field: finding.field,
      kind: finding.kind,
      start: finding.start,
      end: finding.end,
      preview: finding.preview,
    }));
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

/** The findings of a version with the coordinator's acknowledgements applied. */
export function findingsOf(version: Pick<MinutesVersion, 'findings' | 'findingAcknowledgements'>): MinutesFindingModel[] {
  return version.findings.map((finding) => {
    const acknowledgement = version.findingAcknowledgements.find((known) => known.findingId === finding.id);
    return {
      ...finding,
      acknowledged: !!acknowledgement,
      reason: acknowledgement?.reason ?? null,
      acknowledgedAt: acknowledgement ? new Date(acknowledgement.at) : null,
      acknowledgedById: acknowledgement?.byId ?? null,
    };
  });
}

function assertFindingsResolved(version: MinutesVersion, action: 'circulated' | 'approved'): void {
  const open = findingsOf(version).filter((finding) => !finding.acknowledged);
  if (open.length === 0) return;
  throw new AppError(
    MinutesErrorCode.FindingsUnresolved,
    `The minutes contain ${open.length} possible identifier${open.length === 1 ? '' : 's'} (${[...new Set(open.map((f) => f.kind))].join(', ')}) that must be removed, or acknowledged by the coordinator with a reason, before they are ${action}`,
    { findings: open.map(({ id, field, kind, start, end, preview }) => ({ id, field, kind, start, end, preview })) },
  );
}
