import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AgendaService } from '../../networks/agenda/agenda.service';
import { Principal } from '../../platform/auth/principal';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError } from '../../platform/errors/app-error';
import { assertStillPlanned } from '../../networks/meetings/meeting-status';
import { Meeting } from '../../networks/meetings/meeting.entity';
import { MeetingService } from '../../networks/meetings/meeting.service';
import { NetworkAccessService } from '../../networks/networks/network-access.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { Speaker } from '../speakers/speaker.entity';
import { SpeakerService } from '../speakers/speaker.service';
import { LinkErrorCode, signTalkLink, TalkAnswer, verifyTalkLink } from './talk-links';
import { talkCancelMail, talkRequestMail } from './talk-mail';
import { BOOKED, Talk, TalkStatus, TalkStatusChange } from './talk.entity';
import { InviteSpeakerInput } from './talk.model';
import { groupByKeys } from '../../platform/database/loader-registry';
import { now } from '../../platform/clock/clock';
import { leanSelect } from '../../platform/database/lean-read';

const MINUTE = 60_000;
/** A link works until the talk starts, and at most this long. */
const LINK_LIFETIME_MS = 60 * 24 * 3600_000;

@Injectable()
export class TalkService implements OnModuleInit {
  constructor(
    private readonly db: TenantDatabase,
    private readonly meetings: MeetingService,
    private readonly agendas: AgendaService,
    private readonly speakers: SpeakerService,
    private readonly access: NetworkAccessService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // A moved meeting moves its talks (the agenda items have moved already); a cancelled one cancels them. Speakers are told.
    this.meetings.addChangeListener({
      rescheduled: (meeting, shiftMs) => this.followMeeting(meeting, (talk) => this.shift(talk, meeting, shiftMs)),
      cancelled: (meeting) => this.followMeeting(meeting, (talk) => this.setStatus(talk, TalkStatus.CANCELLED, null).then(() => this.tellCancelled(talk, meeting))),
    });
  }

  /**
   * Coordinator: invite a speaker to a slot in a meeting. Refused when the
   * slot is outside the meeting or over another item, or when the speaker
   * already gives a talk at an overlapping time in any network of the
   * municipality. The speaker's row lock makes the check race-free.
   */
  async invite(principal: Principal, input: InviteSpeakerInput): Promise<Talk> {
    const { meeting, caller } = await this.meetings.getForCoordinator(principal, input.meetingId);
    assertStillPlanned(meeting.status, 'take an external talk');
    const manager = await this.db.manager();
    const speaker = await this.speakers.lock(manager, input.speakerId);
    const startsAt = input.startsAt;
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * MINUTE);
    await this.assertSpeakerFree(manager, speaker, startsAt, endsAt);
    const talk = await manager.save(
      Talk,
      manager.create(Talk, {
        municipalityId: meeting.municipalityId,
        meetingId: meeting.id,
        speakerId: speaker.id,
        topic: input.topic,
        tags: input.tags?.map((tag) => tag.trim().toLowerCase()) ?? speaker.topics,
        startsAt,
        endsAt,
        invitedById: caller.staff.id,
      }),
    );
    await this.agendas.insertTalkItem(meeting, { title: `Oplæg: ${input.topic} (${speaker.name})`, durationMinutes: input.durationMinutes, fixedStart: startsAt, talkId: talk.id });
    await this.recordChange(manager, talk, null, TalkStatus.INVITED, caller.staff.id);
    await this.tellRequested(talk, meeting, speaker, false);
    return talk;
  }

  async cancel(principal: Principal, talkId: string): Promise<Talk> {
    const talk = await this.load(talkId);
    const { meeting, caller } = await this.meetings.getForCoordinator(principal, talk.meetingId);
    if (!BOOKED.includes(talk.status)) throw new AppError('INVALID_STATUS_TRANSITION', `The talk is ${talk.status}, so it cannot be cancelled`);
    await this.agendas.removeTalkItem(meeting, talk.id);
    await this.setStatus(talk, TalkStatus.CANCELLED, caller.staff.id);
    await this.tellCancelled(talk, meeting);
    return talk;
  }

  /** The speaker's answer through a signed link: once, before it expires, while the talk is still an invitation. */
  /**
   * What a reply link is about, without changing anything: mail scanners open
   * every link (GET and HEAD), so only the page's POST records the answer.
   * Refuses a link that is invalid, expired or already used, as `respond` would.
   */
  async describeLink(token: string): Promise<{ answer: TalkAnswer; topic: string; startsAt: Date; endsAt: Date; meetingTitle: string; place: string | null }> {
    const claims = await verifyTalkLink(this.config.linkSecret, token);
    return this.db.runAsTenant(claims.municipalityId, async (manager) => {
      const talk = await manager.findOne(Talk, { where: { id: claims.talkId } });
      if (!talk) throw new AppError(LinkErrorCode.Invalid, 'This link is not valid');
      if (talk.respondedAt || talk.status !== TalkStatus.INVITED) throw new AppError(LinkErrorCode.Used, 'This link has already been used; please contact the coordinator');
      const meeting = await manager.findOneOrFail(Meeting, { where: { id: talk.meetingId } });
      return { answer: claims.answer, topic: talk.topic, startsAt: talk.startsAt, endsAt: talk.endsAt, meetingTitle: meeting.title, place: meeting.place };
    });
  }

  async respond(token: string): Promise<{ status: TalkStatus }> {
    const claims = await verifyTalkLink(this.config.linkSecret, token);
    return this.db.runAsTenant(claims.municipalityId, async (manager) => {
      const talk = await manager.createQueryBuilder(Talk, 't').where('t.id = :id', { id: claims.talkId }).setLock('pessimistic_write').getOne();
      if (!talk) throw new AppError(LinkErrorCode.Invalid, 'This link is not valid');
      if (talk.respondedAt) throw new AppError(LinkErrorCode.Used, 'This link has already been used; please contact the coordinator');
      if (talk.status !== TalkStatus.INVITED) throw new AppError(LinkErrorCode.Used, `The talk is ${talk.status}; this link no longer applies`);
      talk.respondedAt = now();
      await this.setStatus(talk, claims.answer === 'confirm' ? TalkStatus.CONFIRMED : TalkStatus.DECLINED, null);
      return { status: talk.status };
    });
  }

  load(id: string): Promise<Talk> {
    return this.db.byIdLoader(Talk, 'The talk').load(id);
  }

  async forMeeting(meetingId: string): Promise<Talk[]> {
    return this.db
      .loader<string, Talk[]>('talksOfMeeting', async (meetingIds) => {
        const manager = await this.db.manager();
        const rows = await leanSelect(manager, Talk, 't.meeting_id = ANY($1)', [meetingIds], 'ORDER BY t.starts_at');
        return groupByKeys(meetingIds, rows, (row) => row.meetingId);
      })
      .load(meetingId);
  }

  async history(talkId: string): Promise<TalkStatusChange[]> {
    const manager = await this.db.manager();
    return manager.find(TalkStatusChange, { where: { talkId }, order: { createdAt: 'ASC' } });
  }

  private async assertSpeakerFree(manager: EntityManager, speaker: Speaker, startsAt: Date, endsAt: Date): Promise<void> {
    const clash = await manager
      .createQueryBuilder(Talk, 't')
      .where('t.speaker_id = :speakerId', { speakerId: speaker.id })
      .andWhere('t.status IN (:...booked)', { booked: BOOKED })
      .andWhere('t.starts_at < :endsAt AND t.ends_at > :startsAt', { startsAt, endsAt })
      .getOne();
    if (clash) {
      throw new AppError('SPEAKER_DOUBLE_BOOKED', `${speaker.name} already gives a talk at an overlapping time (${clash.startsAt.toISOString()} - ${clash.endsAt.toISOString()})`, {
        talkId: clash.id,
      });
    }
  }

  private async followMeeting(meeting: Meeting, change: (talk: Talk) => Promise<void>): Promise<void> {
    const manager = await this.db.manager();
    const talks = await manager.find(Talk, { where: { meetingId: meeting.id, status: In(BOOKED) } });
    for (const talk of talks) await change(talk);
  }

  private async shift(talk: Talk, meeting: Meeting, shiftMs: number): Promise<void> {
    const manager = await this.db.manager();
    const speaker = await this.speakers.lock(manager, talk.speakerId);
    talk.startsAt = new Date(talk.startsAt.getTime() + shiftMs);
    talk.endsAt = new Date(talk.endsAt.getTime() + shiftMs);
    await manager.update(Talk, { id: talk.id }, { startsAt: talk.startsAt, endsAt: talk.endsAt, sequence: talk.sequence + 1 });
    talk.sequence += 1;
    const others = await manager
      .createQueryBuilder(Talk, 't')
      .where('t.speaker_id = :speakerId AND t.id <> :id AND t.status IN (:...booked)', { speakerId: speaker.id, id: talk.id, booked: BOOKED })
      .andWhere('t.starts_at < :endsAt AND t.ends_at > :startsAt', { startsAt: talk.startsAt, endsAt: talk.endsAt })
      .getCount();
    if (others > 0) throw new AppError('SPEAKER_DOUBLE_BOOKED', `Moving the meeting would double-book ${speaker.name}; move or cancel the talk first`, { talkId: talk.id });
    await this.tellRequested(talk, meeting, speaker, true);
  }

  private async setStatus(talk: Talk, to: TalkStatus, changedById: string | null): Promise<void> {
    const manager = await this.db.manager();
    const from = talk.status;
    talk.status = to;
    if (to === TalkStatus.CANCELLED) talk.sequence += 1;
    await manager.update(Talk, { id: talk.id }, { status: to, sequence: talk.sequence, respondedAt: talk.respondedAt });
    await this.recordChange(manager, talk, from, to, changedById);
  }

  private async recordChange(manager: EntityManager, talk: Talk, from: TalkStatus | null, to: TalkStatus, changedById: string | null): Promise<void> {
    await manager.insert(TalkStatusChange, { municipalityId: talk.municipalityId, talkId: talk.id, fromStatus: from, toStatus: to, changedById });
  }

  private async tellRequested(talk: Talk, meeting: Meeting, speaker: Speaker, update: boolean): Promise<void> {
    const expiresAt = new Date(Math.min(talk.startsAt.getTime(), now().getTime() + LINK_LIFETIME_MS));
    const link = async (answer: TalkAnswer) =>
      `${this.config.publicBaseUrl}/talks/respond?token=${await signTalkLink(this.config.linkSecret, { talkId: talk.id, municipalityId: talk.municipalityId, answer }, expiresAt)}`;
    const links = talk.status === TalkStatus.INVITED && !talk.respondedAt ? { confirm: await link('confirm'), decline: await link('decline') } : undefined;
    await this.outbox.enqueue(await this.db.manager(), talkRequestMail(await this.mailContext(talk, meeting, speaker, links), update));
  }

  private async tellCancelled(talk: Talk, meeting: Meeting): Promise<void> {
    const speaker = await this.speakers.load(talk.speakerId);
    await this.outbox.enqueue(await this.db.manager(), talkCancelMail(await this.mailContext(talk, meeting, speaker)));
  }

  private async mailContext(talk: Talk, meeting: Meeting, speaker: Speaker, links?: { confirm: string; decline: string }) {
    const network = await this.access.network(meeting.networkId);
    return { talk, meeting, networkName: network.name, speaker: { name: speaker.name, email: this.speakers.contact(speaker).email }, organizer: this.config.mail.from, links };
  }
}

