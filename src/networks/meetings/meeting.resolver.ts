import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { MAX_PAGE_SIZE, Page } from '../../platform/graphql/pagination';
import { GuardedTextArg } from '../../privacy/anonymisation/guarded-input.pipe';
import { IntRangePipe, ParseIdPipe } from '../../platform/graphql/validation';
import { NetworkAccessService } from '../networks/network-access.service';
import { NetworkModel } from '../networks/network.model';
import { MeetingListInput, RescheduleMeetingInput, ScheduleMeetingInput, ScheduleMeetingSeriesInput } from './dto/meeting.inputs';
import { MeetingModel, MeetingPage, MeetingSeriesModel } from './meeting.model';
import { MeetingService } from './meeting.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

const MAX_UPCOMING = 20;

@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly meetings: MeetingService,
    private readonly access: NetworkAccessService,
  ) {}

  @Allow(Role.STAFF)
  @Query(() => MeetingModel)
  async meeting(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<MeetingModel> {
    return (await this.meetings.getVisible(principal, id)).meeting;
  }

  @Allow(Role.STAFF)
  @Mutation(() => MeetingModel, { description: 'Coordinator: a single meeting' })
  scheduleMeeting(@CurrentPrincipal() principal: Principal, @Args('input') input: ScheduleMeetingInput): Promise<MeetingModel> {
    return this.meetings.schedule(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => MeetingSeriesModel, { description: 'Coordinator: a recurring meeting (RRULE, Europe/Copenhagen)' })
  scheduleMeetingSeries(@CurrentPrincipal() principal: Principal, @Args('input') input: ScheduleMeetingSeriesInput): Promise<MeetingSeriesModel> {
    return this.meetings.scheduleSeries(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => MeetingModel, { description: 'Coordinator: move one meeting; fixed-time agenda items move with it' })
  rescheduleMeeting(@CurrentPrincipal() principal: Principal, @Args('input') input: RescheduleMeetingInput): Promise<MeetingModel> {
    return this.meetings.reschedule(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => MeetingModel, { description: 'Coordinator: cancel one meeting (the rest of its series stays)' })
  cancelMeeting(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('reason', { nullable: true }, new GuardedTextArg('reason', 500)) reason?: string,
  ): Promise<MeetingModel> {
    return this.meetings.cancel(principal, id, reason);
  }

  @Allow(Role.STAFF)
  @Mutation(() => MeetingModel, { description: 'Coordinator: planned -> agenda published' })
  publishAgenda(@CurrentPrincipal() principal: Principal, @Args('meetingId', { type: () => ID }, ParseIdPipe) meetingId: string): Promise<MeetingModel> {
    return this.meetings.publishAgenda(principal, meetingId);
  }

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => NetworkModel)
  network(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<NetworkModel> {
    const principal = principalOf(context);
    // The network itself (name, purpose) goes with a meeting one may see; what hangs off it checks again.
    return this.access.meetingContent(principal, meeting, () => this.access.network(meeting.networkId));
  }
}

/** Meeting fields on Network: each decides access itself, whichever way the network was reached. */
@Resolver(() => NetworkModel)
export class NetworkMeetingsResolver {
  constructor(
    private readonly meetingService: MeetingService,
    private readonly access: NetworkAccessService,
  ) {}

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => [MeetingModel], { description: `The next meetings (at most ${MAX_UPCOMING}), cancelled ones included` })
  upcomingMeetings(
    @CurrentPrincipal() principal: Principal,
    @Parent() network: NetworkModel,
    @Args('limit', { type: () => Int, defaultValue: 5 }, new IntRangePipe('limit', 1, MAX_PAGE_SIZE)) limit: number,
  ): Promise<MeetingModel[]> {
    return this.access.networkContent(principal, network.id, () => this.meetingService.upcoming(network.id, Math.min(limit, MAX_UPCOMING)));
  }

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => MeetingPage)
  meetings(@CurrentPrincipal() principal: Principal, @Parent() network: NetworkModel, @Args('page', { nullable: true }) page?: MeetingListInput): Promise<Page<MeetingModel>> {
    return this.access.networkContent(principal, network.id, () => this.meetingService.list(network.id, page ?? {}));
  }
}
