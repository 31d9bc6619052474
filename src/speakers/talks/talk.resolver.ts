import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { IntRangePipe, ParseIdPipe } from '../../platform/graphql/validation';
import { MeetingStatus } from '../../networks/meetings/meeting-status.enum';
import { MeetingModel } from '../../networks/meetings/meeting.model';
import { MeetingService } from '../../networks/meetings/meeting.service';
import { SpeakerModel } from '../speakers/speaker.model';
import { SpeakerService } from '../speakers/speaker.service';
import { Talk, TalkStatus } from './talk.entity';
import { TalkFeedbackService } from './talk-feedback.service';
import { InviteSpeakerInput, RateTalkInput, RatingSummaryModel, TalkModel, TalkStatusChangeModel, TopicCoverageModel } from './talk.model';
import { TalkService } from './talk.service';
import { NetworkAccessService } from '../../networks/networks/network-access.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

@Resolver(() => TalkModel)
export class TalkResolver {
  constructor(
    private readonly talks: TalkService,
    private readonly feedback: TalkFeedbackService,
    private readonly speakers: SpeakerService,
    private readonly meetings: MeetingService,
    private readonly access: NetworkAccessService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => TalkModel, { description: 'Coordinator: invite a speaker to a slot; the speaker is e-mailed with an iCalendar invitation' })
  inviteSpeaker(@CurrentPrincipal() principal: Principal, @Args('input') input: InviteSpeakerInput): Promise<TalkModel> {
    return this.talks.invite(principal, input).then(toModel(MeetingStatus.PLANNED));
  }

  @Allow(Role.STAFF)
  @Mutation(() => TalkModel, { description: 'Coordinator: cancel a talk; the speaker is told' })
  cancelTalk(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<TalkModel> {
    return this.talks.cancel(principal, id).then(toModel(MeetingStatus.PLANNED));
  }

  @Allow(Role.STAFF)
  @Mutation(() => Int, { description: 'An attendee rates a talk 1-5 (returns the score)' })
  async rateTalk(@CurrentPrincipal() principal: Principal, @Args('input') input: RateTalkInput): Promise<number> {
    return (await this.feedback.rate(principal, input)).score;
  }

  @Allow(Role.STAFF)
  @Query(() => RatingSummaryModel, { description: 'Coordinator: ratings of one talk' })
  talkRatings(@CurrentPrincipal() principal: Principal, @Args('talkId', { type: () => ID }, ParseIdPipe) talkId: string): Promise<RatingSummaryModel> {
    return this.feedback.forTalk(principal, talkId);
  }

  @Allow(Role.STAFF)
  @Query(() => RatingSummaryModel, { description: "Coordinator: ratings across a speaker's talks" })
  speakerRatings(@CurrentPrincipal() principal: Principal, @Args('speakerId', { type: () => ID }, ParseIdPipe) speakerId: string): Promise<RatingSummaryModel> {
    return this.feedback.forSpeaker(principal, speakerId);
  }

  @Allow(Role.STAFF)
  @Query(() => TopicCoverageModel, { description: 'Coordinator: topics covered by talks in the last months, those not, and who attended' })
  talkCoverage(
    @CurrentPrincipal() principal: Principal,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('months', { type: () => Int, defaultValue: 12 }, new IntRangePipe('months', 1, 120)) months: number,
  ): Promise<TopicCoverageModel> {
    return this.feedback.coverage(principal, networkId, Math.min(Math.max(months, 1), 60));
  }

  @FieldAccess(FieldRule.DIRECTORY)
  @ResolveField(() => SpeakerModel)
  speaker(talk: TalkModel): Promise<SpeakerModel> {
    return this.speakers.load(talk.speakerId);
  }

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => MeetingModel)
  async meeting(talk: TalkModel, _args: NoArgs, context: GraphQLContext): Promise<MeetingModel> {
    const principal = principalOf(context);
    const meeting = await this.meetings.load(talk.meetingId);
    return this.access.meetingContent(principal, meeting, async () => meeting);
  }

  @FieldAccess(FieldRule.TALK_HISTORY)
  @ResolveField(() => [TalkStatusChangeModel])
  statusHistory(talk: TalkModel): Promise<TalkStatusChangeModel[]> {
    return this.talks.history(talk.id);
  }
}

@Resolver(() => MeetingModel)
export class MeetingTalksResolver {
  constructor(
    private readonly talkService: TalkService,
    private readonly access: NetworkAccessService,
  ) {}

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => [TalkModel], { description: 'External talks in this meeting, cancelled ones included' })
  talks(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<TalkModel[]> {
    const principal = principalOf(context);
    return this.access.meetingContent(principal, meeting, async () => (await this.talkService.forMeeting(meeting.id)).map(toModel(meeting.status)));
  }
}

const toModel = (meetingStatus: MeetingStatus) => (talk: Talk): TalkModel => ({
  ...talk,
  held: talk.status === TalkStatus.CONFIRMED && (meetingStatus === MeetingStatus.HELD || meetingStatus === MeetingStatus.MINUTES_APPROVED),
});
