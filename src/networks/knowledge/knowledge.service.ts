import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { AttendanceService } from '../attendance/attendance.service';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { DepartmentService } from '../../organisation/departments/department.service';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, toPage } from '../../platform/graphql/pagination';
import { MeetingService } from '../meetings/meeting.service';
import { NetworkAccessService } from '../networks/network-access.service';
import { KnowledgeTakeBack } from './knowledge-takeback.entity';
import { DepartmentTakeBackInput, RecordKnowledgeTakeBackInput } from './knowledge.model';
import { groupByKeys } from '../../platform/database/loader-registry';
import { now } from '../../platform/clock/clock';

@Injectable()
export class KnowledgeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly meetings: MeetingService,
    private readonly attendance: AttendanceService,
    private readonly departments: DepartmentService,
    private readonly access: NetworkAccessService,
  ) {}

  /** An invitee records (or rewrites) what they bring back; their department is copied at the time. */
  async record(principal: Principal, input: RecordKnowledgeTakeBackInput): Promise<KnowledgeTakeBack> {
    const { meeting, caller } = await this.meetings.getVisible(principal, input.meetingId);
    if (!(await this.attendance.inviteeIds(meeting)).includes(caller.staff.id)) {
      throw new AppError(ErrorCode.Forbidden, 'Only members invited to the meeting can record what they bring back from it');
    }
    if (meeting.startsAt.getTime() > now().getTime()) {
      throw new AppError('MEETING_NOT_STARTED', 'Knowledge can be recorded once the meeting has started');
    }
    const manager = await this.db.manager();
    await manager.upsert(
      KnowledgeTakeBack,
      { municipalityId: meeting.municipalityId, meetingId: meeting.id, staffUserId: caller.staff.id, departmentId: caller.staff.departmentId, text: input.text },
      ['municipalityId', 'meetingId', 'staffUserId'],
    );
    return manager.findOneByOrFail(KnowledgeTakeBack, { meetingId: meeting.id, staffUserId: caller.staff.id });
  }

  /** What a department's members brought back over a period, newest first. For its own staff and the admin. */
  async forDepartment(principal: Principal, input: DepartmentTakeBackInput): Promise<Page<KnowledgeTakeBack>> {
    const [caller] = await Promise.all([this.access.caller(principal), this.departments.get(input.departmentId)]);
    if (!caller.isAdmin && caller.staff.departmentId !== input.departmentId) {
      throw new AppError(ErrorCode.Forbidden, "Only the department's own staff can list what its members brought back");
    }
    const first = input.first ?? DEFAULT_PAGE_SIZE;
    const manager = await this.db.manager();
    const query = manager
      .createQueryBuilder(KnowledgeTakeBack, 'k')
      .where('k.department_id = :departmentId', { departmentId: input.departmentId })
      .orderBy('k.created_at', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(first + 1);
    if (input.from) query.andWhere('k.created_at >= :from', { from: input.from });
    if (input.to) query.andWhere('k.created_at < :to', { to: input.to });
    if (input.after) {
      const [createdAt, id] = decodeCursor(input.after, ['timestamp', 'uuid']);
      query.andWhere('(k.created_at, k.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(await query.getMany(), first, (row) => [row.createdAt.toISOString(), row.id]);
  }

  forMeeting(meetingId: string): Promise<KnowledgeTakeBack[]> {
    return this.db
      .loader<string, KnowledgeTakeBack[]>('takeBackOfMeeting', async (meetingIds) => {
        const manager = await this.db.manager();
        const rows = await manager.find(KnowledgeTakeBack, { where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC' } });
        return groupByKeys(meetingIds, rows, (row) => row.meetingId);
      })
      .load(meetingId);
  }
}
