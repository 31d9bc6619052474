import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../platform/auth/allow.decorator';
import { Principal } from '../platform/auth/principal';
import { Role } from '../platform/auth/role.enum';
import { CurrentPrincipal } from '../platform/graphql/current-principal.decorator';
import { ParseIdPipe } from '../platform/graphql/validation';
import { StaffMemberModel } from '../organisation/staff/staff-member.model';
import { StaffService } from '../organisation/staff/staff.service';
import { NetworkModel } from '../networks/networks/network.model';
import { NetworkAccessService } from '../networks/networks/network-access.service';
import { CommunityService } from './community.service';
import {
  AddCivilSocietyGoalInput,
  CivilSocietyGoalModel,
  CreateHousingAreaInput,
  CreateLocalActorInput,
  EngagementModel,
  HousingAreaModel,
  LocalActorContactModel,
  LocalActorModel,
  RecordEngagementInput,
} from './community.model';
import { GraphQLContext } from '../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../platform/graphql/field-resolver-context';

@Resolver(() => HousingAreaModel)
export class HousingAreaResolver {
  constructor(private readonly community: CommunityService) {}

  @Allow(Role.STAFF)
  @Query(() => [HousingAreaModel], { description: "The municipality's housing areas" })
  housingAreas(): Promise<HousingAreaModel[]> {
    return this.community.housingAreas();
  }

  @Allow(Role.STAFF)
  @Query(() => HousingAreaModel, { description: 'One housing area: ask for localActors { holder recentEngagements } to see who we know there' })
  housingArea(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<HousingAreaModel> {
    return this.community.housingArea(id);
  }

  @Allow(Role.STAFF)
  @Mutation(() => HousingAreaModel, { description: 'Coordinator or admin: register a housing area and its housing social plan' })
  createHousingArea(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateHousingAreaInput): Promise<HousingAreaModel> {
    return this.community.createHousingArea(principal, input);
  }

  @FieldAccess(FieldRule.COMMUNITY)
  @ResolveField(() => [LocalActorModel], { description: 'The local actors who work in the area' })
  localActors(area: HousingAreaModel): Promise<LocalActorModel[]> {
    return this.community.actorsInArea(area.id);
  }

  @FieldAccess(FieldRule.COMMUNITY)
  @ResolveField(() => [EngagementModel], { description: 'Engagements in the area, newest first (at most 200)' })
  engagements(area: HousingAreaModel): Promise<EngagementModel[]> {
    return this.community.engagementsInArea(area.id);
  }
}

@Resolver(() => LocalActorModel)
export class LocalActorResolver {
  constructor(
    private readonly community: CommunityService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.STAFF)
  @Query(() => [LocalActorModel], { description: 'The local actors the municipality works with' })
  localActors(): Promise<LocalActorModel[]> {
    return this.community.localActors();
  }

  @Allow(Role.STAFF)
  @Mutation(() => LocalActorModel, { description: 'Record a local actor (the caller holds the relationship unless they name a colleague)' })
  createLocalActor(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateLocalActorInput): Promise<LocalActorModel> {
    return this.community.createLocalActor(principal, input);
  }

  @FieldAccess(FieldRule.COMMUNITY)
  @ResolveField(() => [HousingAreaModel])
  housingAreas(actor: LocalActorModel): Promise<HousingAreaModel[]> {
    return this.community.areasOfActor(actor.id);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel, { nullable: true, description: 'The staff member who holds the relationship' })
  async holder(actor: LocalActorModel): Promise<StaffMemberModel | null> {
    return actor.holderId ? this.staff.load(actor.holderId) : null;
  }

  @FieldAccess(FieldRule.COMMUNITY)
  @ResolveField(() => [EngagementModel], { description: 'The newest engagements with the actor (at most three)' })
  recentEngagements(actor: LocalActorModel): Promise<EngagementModel[]> {
    return this.community.recentEngagements(actor.id);
  }

  @FieldAccess(FieldRule.LOCAL_ACTOR_CONTACT)
  @ResolveField(() => LocalActorContactModel)
  contact(actor: LocalActorModel, _args: NoArgs, context: GraphQLContext): Promise<LocalActorContactModel> {
    const principal = principalOf(context);
    return this.community.contactFor(principal, actor as never);
  }
}

@Resolver(() => EngagementModel)
export class EngagementResolver {
  constructor(
    private readonly community: CommunityService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.STAFF)
  @Query(() => [EngagementModel], { description: 'Engagements with local actors, newest first (at most 200)' })
  engagements(@Args('housingAreaId', { type: () => ID, nullable: true }, ParseIdPipe) housingAreaId?: string): Promise<EngagementModel[]> {
    return this.community.engagements(housingAreaId);
  }

  @Allow(Role.STAFF)
  @Mutation(() => EngagementModel, { description: 'Record a dialogue meeting, joint activity, norm-change initiative or referral route with local actors' })
  recordEngagement(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordEngagementInput): Promise<EngagementModel> {
    return this.community.recordEngagement(principal, input);
  }

  @FieldAccess(FieldRule.COMMUNITY)
  @ResolveField(() => [LocalActorModel])
  async localActors(engagement: EngagementModel): Promise<LocalActorModel[]> {
    return (await this.community.participants(engagement.id)).flatMap((p) => (p.localActor ? [p.localActor] : []));
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => [StaffMemberModel])
  async staffMembers(engagement: EngagementModel): Promise<StaffMemberModel[]> {
    const ids = (await this.community.participants(engagement.id)).flatMap((p) => (p.staffUserId ? [p.staffUserId] : []));
    return Promise.all(ids.map((id) => this.staff.load(id)));
  }

  @FieldAccess(FieldRule.COMMUNITY)
  @ResolveField(() => HousingAreaModel, { nullable: true })
  async housingArea(engagement: EngagementModel): Promise<HousingAreaModel | null> {
    return engagement.housingAreaId ? this.community.housingArea(engagement.housingAreaId) : null;
  }
}

@Resolver(() => CivilSocietyGoalModel)
export class CivilSocietyGoalResolver {
  constructor(private readonly community: CommunityService) {}

  @Allow(Role.STAFF)
  @Query(() => [CivilSocietyGoalModel], { description: "The goals of the municipality's strategy for working with civil society" })
  civilSocietyStrategy(): Promise<CivilSocietyGoalModel[]> {
    return this.community.civilSocietyGoals();
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => CivilSocietyGoalModel, { description: 'Admin: add a goal to the civil-society strategy, with the actors it involves' })
  addCivilSocietyGoal(@CurrentPrincipal() principal: Principal, @Args('input') input: AddCivilSocietyGoalInput): Promise<CivilSocietyGoalModel> {
    return this.community.addCivilSocietyGoal(principal, input);
  }

  @FieldAccess(FieldRule.COMMUNITY)
  @ResolveField(() => [LocalActorModel])
  localActors(goal: CivilSocietyGoalModel): Promise<LocalActorModel[]> {
    return this.community.actorsById(goal.localActorIds);
  }
}

/** Working groups: a network's housing areas and its participants without an account. */
@Resolver(() => NetworkModel)
export class NetworkCommunityResolver {
  constructor(
    private readonly community: CommunityService,
    private readonly access: NetworkAccessService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => NetworkModel, { description: 'Coordinator: a local actor (no account) takes part in the network' })
  async addLocalActorToNetwork(
    @CurrentPrincipal() principal: Principal,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('localActorId', { type: () => ID }, ParseIdPipe) localActorId: string,
  ): Promise<NetworkModel> {
    await this.community.addLocalActorToNetwork(principal, networkId, localActorId);
    return this.access.network(networkId);
  }

  @Allow(Role.STAFF)
  @Mutation(() => NetworkModel, { description: "Coordinator: the housing area the network works on (it is the area's working group)" })
  async linkNetworkToHousingArea(
    @CurrentPrincipal() principal: Principal,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('housingAreaId', { type: () => ID }, ParseIdPipe) housingAreaId: string,
  ): Promise<NetworkModel> {
    await this.community.linkNetworkToHousingArea(principal, networkId, housingAreaId);
    return this.access.network(networkId);
  }

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => [LocalActorModel], { description: 'Local actors who take part without an account' })
  localActors(network: NetworkModel, _args: NoArgs, context: GraphQLContext): Promise<LocalActorModel[]> {
    const principal = principalOf(context);
    return this.access.networkContent(principal, network.id, () => this.community.networkActors(network.id));
  }

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => [HousingAreaModel], { description: 'The housing areas the network works on' })
  housingAreas(network: NetworkModel, _args: NoArgs, context: GraphQLContext): Promise<HousingAreaModel[]> {
    const principal = principalOf(context);
    return this.access.networkContent(principal, network.id, () => this.community.networkAreas(network.id));
  }
}
