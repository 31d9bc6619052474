import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { ParseIdPipe } from '../../platform/graphql/validation';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { AddNetworkMemberInput, CreateNetworkInput, EndNetworkMembershipInput } from './dto/network.inputs';
import { MembershipService } from './membership.service';
import { DisciplineCoverageModel, NetworkMemberModel, NetworkModel, SpecialistTeamModel } from './network.model';
import { NetworkService } from './network.service';
import { NetworkAccessService } from './network-access.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

@Resolver(() => NetworkModel)
export class NetworkResolver {
  constructor(
    private readonly networkService: NetworkService,
    private readonly memberships: MembershipService,
    private readonly access: NetworkAccessService,
  ) {}

  @Allow(Role.STAFF)
  @Query(() => [NetworkModel], { description: "The caller's networks (all of them for the municipality admin)" })
  networks(@CurrentPrincipal() principal: Principal): Promise<NetworkModel[]> {
    return this.networkService.listVisible(principal);
  }

  @Allow(Role.STAFF)
  @Query(() => [SpecialistTeamModel], { description: "The municipality's specialist teams (names only), to refer a case to" })
  specialistTeams(): Promise<SpecialistTeamModel[]> {
    return this.networkService.specialistTeams();
  }

  @Allow(Role.STAFF)
  @Query(() => NetworkModel, { description: 'A network the caller is a member of' })
  network(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<NetworkModel> {
    return this.networkService.get(principal, id);
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => NetworkModel)
  createNetwork(@Args('input') input: CreateNetworkInput): Promise<NetworkModel> {
    return this.networkService.create(input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => NetworkMemberModel, { description: 'Coordinator: add a member of staff to the network' })
  addNetworkMember(@CurrentPrincipal() principal: Principal, @Args('input') input: AddNetworkMemberInput): Promise<NetworkMemberModel> {
    return this.memberships.add(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => NetworkMemberModel, { description: 'Coordinator: end a membership (history and authorship are kept)' })
  endNetworkMembership(@CurrentPrincipal() principal: Principal, @Args('input') input: EndNetworkMembershipInput): Promise<NetworkMemberModel> {
    return this.memberships.end(principal, input);
  }

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => [NetworkMemberModel])
  members(@CurrentPrincipal() principal: Principal, @Parent() network: NetworkModel, @Args('includeFormer', { defaultValue: false }) includeFormer: boolean): Promise<NetworkMemberModel[]> {
    return this.access.networkContent(principal, network.id, () => this.memberships.members(network.id, includeFormer));
  }

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => DisciplineCoverageModel)
  disciplineCoverage(network: NetworkModel, _args: NoArgs, context: GraphQLContext): Promise<DisciplineCoverageModel> {
    const principal = principalOf(context);
    return this.access.networkContent(principal, network.id, () => this.networkService.coverage(network.id));
  }
}

@Resolver(() => NetworkMemberModel)
export class NetworkMemberResolver {
  constructor(private readonly staff: StaffService) {}

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  staffMember(member: NetworkMemberModel): Promise<StaffMemberModel> {
    return this.staff.load(member.staffUserId);
  }
}
