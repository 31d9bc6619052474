import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { DepartmentModel } from '../../organisation/departments/department.model';
import { DepartmentService } from '../../organisation/departments/department.service';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Page } from '../../platform/graphql/pagination';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { InquiryListInput, InquiryModel, InquiryPage, LogInquiryInput } from './inquiry.model';
import { InquiryService } from './inquiry.service';

@Resolver(() => InquiryModel)
export class InquiryResolver {
  constructor(
    private readonly service: InquiryService,
    private readonly staff: StaffService,
    private readonly departments: DepartmentService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => InquiryModel, { description: "A team member logs an inquiry (no citizen identity is stored)" })
  logInquiry(@CurrentPrincipal() principal: Principal, @Args('input') input: LogInquiryInput): Promise<InquiryModel> {
    return this.service.log(principal, input);
  }

  @Allow(Role.STAFF)
  @Query(() => InquiryPage, { description: "The team's inquiries, newest first (its members only)" })
  inquiries(@CurrentPrincipal() principal: Principal, @Args('input') input: InquiryListInput): Promise<Page<InquiryModel>> {
    return this.service.list(principal, input);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  receivedBy(inquiry: InquiryModel): Promise<StaffMemberModel> {
    return this.staff.load(inquiry.receivedById);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => DepartmentModel, { nullable: true })
  async askerDepartment(inquiry: InquiryModel): Promise<DepartmentModel | null> {
    return inquiry.askerDepartmentId ? this.departments.load(inquiry.askerDepartmentId) : null;
  }
}
