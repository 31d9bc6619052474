import { Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { assertStillPlanned, assertTransition } from '../meetings/meeting-status';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { coversDate, localDate, NetworkAccessService } from '../networks/network-access.service';
import { Attendance } from './attendance.entity';
import { InvitationModel, RecordAttendanceInput, RespondToInvitationInput } from './attendance.model';
import { groupByKeys } from '../../platform/database/loader-registry';
import { now } from '../../platform/clock/clock';
import { leanSelect } from '../../platform/database/lean-read';

@Injectable()
export class AttendanceService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly meetings: MeetingService,
    private readonly access: NetworkAccessService,
  ) {}

  /** Staff ids invited to a meeting: the members on its date. */
  async inviteeIds(meeting: Meeting): Promise<string[]> {
    const memberships = await this.access.allMemberships(meeting.networkId);
    const day = localDate(meeting.startsAt);
    return [...new Set(memberships.filter((m) => coversDate(m, day)).map((m) => m.staffUserId))];
  }

  /** Invitations with answers and presence; batched across meetings. */
  async invitations(meeting: Meeting): Promise<InvitationModel[]> {
    const [invitees, answers] = await Promise.all([this.inviteeIds(meeting), this.answers(meeting.id)]);
    return invitees.map((staffUserId) => {
      const answer = answers.find((a) => a.staffUserId === staffUserId);
      return { staffUserId, rsvp: answer?.rsvp ?? null, respondedAt: answer?.respondedAt ?? null, present: answer?.present ?? null };
    });
  }

  async respond(principal: Principal, input: RespondToInvitationInput): Promise<InvitationModel> {
    const { meeting, caller } = await this.meetings.getVisible(principal, input.meetingId);
    assertStillPlanned(meeting.status, 'take answers to its invitation');
    if (!(await this.inviteeIds(meeting)).includes(caller.staff.id)) {
      throw new AppError(ErrorCode.Forbidden, 'You are not invited to this meeting');
    }
    const answer = await this.upsert(meeting, caller.staff.id, { rsvp: input.rsvp, respondedAt: now() });
    return { staffUserId: caller.staff.id, rsvp: answer.rsvp, respondedAt: answer.respondedAt, present: answer.present };
  }

  /** Coordinator: who was there. Marks the meeting held. */
  async record(principal: Principal, input: RecordAttendanceInput): Promise<Meeting> {
    const { meeting } = await this.meetings.getForCoordinator(principal, input.meetingId);
    assertTransition(meeting.status, MeetingStatus.HELD, 'be recorded as held');
    if (meeting.startsAt.getTime() > now().getTime()) {
      throw new AppError('MEETING_NOT_STARTED', 'Attendance can be recorded once the meeting has started');
    }
    const invitees = await this.inviteeIds(meeting);
    const strangers = input.presentStaffMemberIds.filter((id) => !invitees.includes(id));
    if (strangers.length > 0) {
      throw new AppError(ErrorCode.BadUserInput, 'Someone recorded as present was not invited to this meeting', { staffMemberIds: strangers });
    }
    const manager = await this.db.manager();
    const present = new Set(input.presentStaffMemberIds);
    await manager.upsert(
      Attendance,
      invitees.map((staffUserId) => ({ municipalityId: meeting.municipalityId, meetingId: meeting.id, staffUserId, present: present.has(staffUserId) })),
      ['municipalityId', 'meetingId', 'staffUserId'],
    );
    return this.meetings.setStatus(meeting, MeetingStatus.HELD);
  }

  private answers(meetingId: string): Promise<Attendance[]> {
    return this.db
      .loader<string, Attendance[]>('attendanceOfMeeting', async (meetingIds) => {
        const manager = await this.db.manager();
        const rows = await leanSelect(manager, Attendance, 't.meeting_id = ANY($1)', [meetingIds]);
        return groupByKeys(meetingIds, rows, (row) => row.meetingId);
      })
      .load(meetingId);
  }

  /** Insert or update only the given columns of one member's attendance row. */
  private async upsert(meeting: Meeting, staffUserId: string, changes: Partial<Attendance>): Promise<Attendance> {
    const manager = await this.db.manager();
    await manager.upsert(Attendance, { municipalityId: meeting.municipalityId, meetingId: meeting.id, staffUserId, ...changes }, ['municipalityId', 'meetingId', 'staffUserId']);
    return manager.findOneByOrFail(Attendance, { meetingId: meeting.id, staffUserId });
  }
}
