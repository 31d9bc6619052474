import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IntRangePipe } from '../../platform/graphql/validation';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { ActionCardModel, PreparednessPlanModel, PublishPreparednessPlanInput, SituationInput } from './preparedness.model';
import { PreparednessService } from './preparedness.service';

@Resolver(() => PreparednessPlanModel)
export class PreparednessResolver {
  constructor(
    private readonly preparedness: PreparednessService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => PreparednessPlanModel, { description: 'Admin: publishes the next version of the preparedness plan with all its action cards' })
  publishPreparednessPlan(@CurrentPrincipal() principal: Principal, @Args('input') input: PublishPreparednessPlanInput): Promise<PreparednessPlanModel> {
    return this.preparedness.publish(principal, input);
  }

  @Allow(Role.STAFF)
  @Query(() => PreparednessPlanModel, { description: 'The current plan, or an earlier version' })
  preparednessPlan(@Args('version', { type: () => Int, nullable: true }, new IntRangePipe('version', 1, 100_000)) version?: number): Promise<PreparednessPlanModel> {
    return this.preparedness.plan(version ?? undefined);
  }

  @Allow(Role.STAFF)
  @Query(() => [PreparednessPlanModel], { description: 'Every published version, newest first' })
  preparednessPlanVersions(): Promise<PreparednessPlanModel[]> {
    return this.preparedness.versions();
  }

  @Allow(Role.STAFF)
  @Query(() => [ActionCardModel], { description: "The current plan's action cards that fit the situation, most specific first" })
  findActionCards(@Args('situation') situation: SituationInput): Promise<ActionCardModel[]> {
    return this.preparedness.find(situation);
  }

  @FieldAccess(FieldRule.PUBLISHED)
  @ResolveField(() => [ActionCardModel])
  cards(plan: PreparednessPlanModel): Promise<ActionCardModel[]> {
    return this.preparedness.cards(plan.id);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  publishedBy(plan: PreparednessPlanModel): Promise<StaffMemberModel> {
    return this.staff.load(plan.publishedById);
  }
}
