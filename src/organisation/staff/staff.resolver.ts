import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { DepartmentModel } from '../departments/department.model';
import { DepartmentService } from '../departments/department.service';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Page, PageInput } from '../../platform/graphql/pagination';
import { ParseIdPipe } from '../../platform/graphql/validation';
import { CreateStaffMemberInput } from './dto/create-staff-member.input';
import { MeModel, StaffMemberModel, StaffMemberPage } from './staff-member.model';
import { StaffService } from './staff.service';

@Resolver(() => StaffMemberModel)
export class StaffResolver {
  constructor(
    private readonly staff: StaffService,
    private readonly departments: DepartmentService,
  ) {}

  @Allow(Role.STAFF)
  @Query(() => MeModel, { description: 'Who the token belongs to' })
  async me(@CurrentPrincipal() principal: Principal): Promise<MeModel> {
    return { staffMember: await this.staff.current(principal), roles: principal.roles };
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Query(() => StaffMemberPage)
  staffMembers(@Args('page', { nullable: true }) page?: PageInput): Promise<Page<StaffMemberModel>> {
    return this.staff.list(page ?? {});
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => StaffMemberModel)
  createStaffMember(@Args('input') input: CreateStaffMemberInput): Promise<StaffMemberModel> {
    return this.staff.create(input);
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => StaffMemberModel, { description: 'Revokes sign-in; history (authorship) is kept' })
  deactivateStaffMember(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<StaffMemberModel> {
    return this.staff.deactivate(id);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => DepartmentModel)
  department(staff: StaffMemberModel): Promise<DepartmentModel> {
    return this.departments.load(staff.departmentId);
  }
}
