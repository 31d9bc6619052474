import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Page, PageInput } from '../../platform/graphql/pagination';
import { ParseIdPipe } from '../../platform/graphql/validation';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingModel } from '../meetings/meeting.model';
import { NetworkModel } from '../networks/network.model';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { ActionItemStatus } from './action-item.entity';
import { ActionItemService } from './action-item.service';
import { AcknowledgeMinutesFindingInput, ActionItemModel, ActionItemPage, AddActionItemInput, MinutesFindingModel, MinutesVersionModel, SaveMinutesInput } from './minutes.model';
import { findingsOf, MinutesService } from './minutes.service';
import { NetworkAccessService } from '../networks/network-access.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

@Resolver(() => MinutesVersionModel)
export class MinutesResolver {
  constructor(
    private readonly minutes: MinutesService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => MinutesVersionModel, { description: 'Member: write or edit the draft; after approval, save a correction (needs a change note)' })
  saveMinutes(@CurrentPrincipal() principal: Principal, @Args('input') input: SaveMinutesInput): Promise<MinutesVersionModel> {
    return this.minutes.save(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => MinutesVersionModel, { description: 'Coordinator: circulate the draft to the attendees' })
  circulateMinutes(@CurrentPrincipal() principal: Principal, @Args('meetingId', { type: () => ID }, ParseIdPipe) meetingId: string): Promise<MinutesVersionModel> {
    return this.minutes.circulate(principal, meetingId);
  }

  @Allow(Role.STAFF)
  @Mutation(() => MinutesVersionModel, { description: 'Coordinator: approve circulated minutes; they can no longer change' })
  approveMinutes(@CurrentPrincipal() principal: Principal, @Args('meetingId', { type: () => ID }, ParseIdPipe) meetingId: string): Promise<MinutesVersionModel> {
    return this.minutes.approve(principal, meetingId);
  }

  @Allow(Role.STAFF)
  @Mutation(() => MinutesVersionModel, { description: "Coordinator: acknowledge a finding of the anonymisation guard as not a citizen's identifier, with a reason (recorded)" })
  acknowledgeMinutesFinding(@CurrentPrincipal() principal: Principal, @Args('input') input: AcknowledgeMinutesFindingInput): Promise<MinutesVersionModel> {
    return this.minutes.acknowledgeFinding(principal, input);
  }

  // Part of the minutes themselves, reached only through a meeting one may see.
  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => [MinutesFindingModel], { description: 'Possible identifiers in this version, acknowledged or not; circulation waits for all' })
  findings(version: MinutesVersionModel): MinutesFindingModel[] {
    return findingsOf(version);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel, { description: 'Who wrote this version (kept after they leave the network)' })
  author(version: MinutesVersionModel): Promise<StaffMemberModel> {
    return this.staff.load(version.authorId);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel, { nullable: true })
  approvedBy(version: MinutesVersionModel): Promise<StaffMemberModel> | null {
    return version.approvedById ? this.staff.load(version.approvedById) : null;
  }
}

@Resolver(() => ActionItemModel)
export class ActionItemResolver {
  constructor(
    private readonly actionItems: ActionItemService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => ActionItemModel, { description: 'Member: record an action item agreed at a held meeting' })
  addActionItem(@CurrentPrincipal() principal: Principal, @Args('input') input: AddActionItemInput): Promise<ActionItemModel> {
    return this.actionItems.add(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => ActionItemModel, { description: 'Owner or coordinator: mark done' })
  completeActionItem(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<ActionItemModel> {
    return this.actionItems.complete(principal, id);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  owner(item: ActionItemModel): Promise<StaffMemberModel> {
    return this.staff.load(item.ownerId);
  }
}

@Resolver(() => MeetingModel)
export class MeetingMinutesResolver {
  constructor(
    private readonly minutesService: MinutesService,
    private readonly actionItemService: ActionItemService,
    private readonly access: NetworkAccessService,
  ) {}

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => MinutesVersionModel, { nullable: true, description: 'The latest version' })
  minutes(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<MinutesVersionModel | null> {
    const principal = principalOf(context);
    return this.access.meetingContent(principal, meeting, async () => (await this.minutesService.versions(meeting.id)).at(-1) ?? null);
  }

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => [MinutesVersionModel], { description: 'Every version, oldest first' })
  minutesHistory(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<MinutesVersionModel[]> {
    const principal = principalOf(context);
    return this.access.meetingContent(principal, meeting, () => this.minutesService.versions(meeting.id));
  }

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => [ActionItemModel], { description: 'Action items agreed at this meeting' })
  actionItems(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<ActionItemModel[]> {
    const principal = principalOf(context);
    return this.access.meetingContent(principal, meeting, () => this.actionItemService.agreedAt(meeting.id));
  }

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => [ActionItemModel], { description: "Open action items from the network's earlier meetings: on the agenda until done" })
  followUps(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<ActionItemModel[]> {
    const principal = principalOf(context);
    // Follow-ups are the network's open work, not this meeting's: current members only.
    return this.access.networkContent(principal, meeting.networkId, () => this.actionItemService.followUps(meeting as Meeting));
  }
}

@Resolver(() => NetworkModel)
export class NetworkActionItemsResolver {
  constructor(private readonly actionItemService: ActionItemService) {}

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => ActionItemPage)
  actionItems(
    @CurrentPrincipal() principal: Principal,
    @Parent() network: NetworkModel,
    @Args('status', { type: () => ActionItemStatus, nullable: true }) status?: ActionItemStatus,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<Page<ActionItemModel>> {
    return this.actionItemService.list(principal, network.id, status, page ?? {});
  }
}
