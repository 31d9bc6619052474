import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { RoleGrantInput, RoleGrantModel } from './role-grant.model';
import { RoleGrantService } from './role-grant.service';

@Resolver(() => RoleGrantModel)
export class RoleGrantResolver {
  constructor(private readonly grants: RoleGrantService) {}

  @Allow(Role.MUNICIPALITY_ADMIN, Role.DATA_PROTECTION_OFFICER)
  @Query(() => [RoleGrantModel], { description: 'Who holds municipality admin and data-protection officer now' })
  roleGrants(): Promise<RoleGrantModel[]> {
    return this.grants.active();
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => RoleGrantModel, { description: 'Grants a role to an active member of staff (recorded in the ledger)' })
  grantRole(@CurrentPrincipal() principal: Principal, @Args('input') input: RoleGrantInput): Promise<RoleGrantModel> {
    return this.grants.grant(principal, input.staffId, input.role);
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => RoleGrantModel, { description: 'Withdraws a role from the next request on (recorded in the ledger); the last admin cannot be withdrawn' })
  revokeRole(@CurrentPrincipal() principal: Principal, @Args('input') input: RoleGrantInput): Promise<RoleGrantModel> {
    return this.grants.revoke(principal, input.staffId, input.role);
  }
}
