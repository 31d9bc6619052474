import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AttendanceService } from '../../networks/attendance/attendance.service';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { DepartmentService } from '../../organisation/departments/department.service';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { MeetingStatus } from '../../networks/meetings/meeting-status.enum';
import { Meeting } from '../../networks/meetings/meeting.entity';
import { MeetingService } from '../../networks/meetings/meeting.service';
import { NetworkAccessService } from '../../networks/networks/network-access.service';
import { StaffService } from '../../organisation/staff/staff.service';
import { Talk, TalkRating, TalkStatus } from './talk.entity';
import { RateTalkInput, RatingSummaryModel, TopicCoverageModel } from './talk.model';
import { TalkService } from './talk.service';
import { now } from '../../platform/clock/clock';

/** Topics the networks in the source document work with; the coverage view shows which a network has not had a talk on. */
export const KNOWN_TOPICS = ['digital control', 'forced marriage', 'dialogue tools', 'patriark risk assessment', 'honour-related violence', 'being taken abroad', 'economic control', 'civil society and local actors'];
const HELD: MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED];

@Injectable()
export class TalkFeedbackService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly talks: TalkService,
    private readonly meetings: MeetingService,
    private readonly attendance: AttendanceService,
    private readonly access: NetworkAccessService,
    private readonly staff: StaffService,
    private readonly departments: DepartmentService,
  ) {}

  /** An attendee rates a talk that was given (1-5, once; rating again replaces it). */
  async rate(principal: Principal, input: RateTalkInput): Promise<TalkRating> {
    const talk = await this.talks.load(input.talkId);
    const { meeting, caller } = await this.meetings.getVisible(principal, talk.meetingId);
    if (!HELD.includes(meeting.status) || talk.status !== TalkStatus.CONFIRMED) {
      throw new AppError('TALK_NOT_HELD', 'A talk can be rated once it has been given');
    }
    if (!(await this.attendance.invitations(meeting)).some((i) => i.staffUserId === caller.staff.id && i.present !== false)) {
      throw new AppError(ErrorCode.Forbidden, 'Only those who attended the meeting can rate its talks');
    }
    const manager = await this.db.manager();
    await manager.upsert(TalkRating, { municipalityId: talk.municipalityId, talkId: talk.id, staffUserId: caller.staff.id, score: input.score, comment: input.comment ?? null }, ['municipalityId', 'talkId', 'staffUserId']);
    return manager.findOneByOrFail(TalkRating, { talkId: talk.id, staffUserId: caller.staff.id });
  }

  /** Coordinator: results for one talk. */
  async forTalk(principal: Principal, talkId: string): Promise<RatingSummaryModel> {
    const talk = await this.talks.load(talkId);
    await this.meetings.getForCoordinator(principal, talk.meetingId);
    return this.summary([talk.id]);
  }

  /** Coordinator: results across all of a speaker's talks in the municipality. */
  async forSpeaker(principal: Principal, speakerId: string): Promise<RatingSummaryModel> {
    await this.access.assertAnyCoordinator(principal);
    const manager = await this.db.manager();
    const talks = await manager.find(Talk, { where: { speakerId }, select: { id: true } });
    return this.summary(talks.map((t) => t.id));
  }

  /** Coordinator: topics the network has had talks on in the last `months`, the known ones it has not, and who came. */
  async coverage(principal: Principal, networkId: string, months: number): Promise<TopicCoverageModel> {
    await this.access.assertCoordinator(principal, networkId);
    const since = new Date(now().getTime() - months * 30.4 * 24 * 3600_000);
    const manager = await this.db.manager();
    const talks = await manager
      .createQueryBuilder(Talk, 't')
      .innerJoinAndSelect('t.meeting', 'm')
      .where('m.network_id = :networkId AND t.starts_at >= :since AND t.status = :confirmed', { networkId, since, confirmed: TalkStatus.CONFIRMED })
      .orderBy('t.starts_at')
      .getMany();
    const covered = [...new Set(talks.flatMap((t) => t.tags))].sort();
    const withAttendance = await Promise.all(
      talks.map(async (talk) => ({ talkId: talk.id, topic: talk.topic, disciplines: (await this.disciplinesPresent(talk.meeting!)).join(', ') })),
    );
    return { covered, notCovered: KNOWN_TOPICS.filter((topic) => !covered.includes(topic)), talks: withAttendance };
  }

  private async disciplinesPresent(meeting: Meeting): Promise<string[]> {
    const present = (await this.attendance.invitations(meeting)).filter((i) => i.present);
    const staff = await Promise.all(present.map((i) => this.staff.load(i.staffUserId)));
    const departments = await Promise.all(staff.map((s) => this.departments.load(s.departmentId)));
    return [...new Set(departments.map((d) => d.discipline))].sort();
  }

  private async summary(talkIds: string[]): Promise<RatingSummaryModel> {
    if (talkIds.length === 0) return { count: 0, average: null, comments: [] };
    const manager = await this.db.manager();
    const ratings = await manager.find(TalkRating, { where: { talkId: In(talkIds) }, order: { createdAt: 'ASC' } });
    const total = ratings.reduce((sum, r) => sum + r.score, 0);
    return {
      count: ratings.length,
      average: ratings.length ? Math.round((total / ratings.length) * 100) / 100 : null,
      comments: ratings.map((r) => r.comment).filter((c): c is string => !!c),
    };
  }
}
