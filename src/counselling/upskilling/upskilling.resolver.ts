import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { DepartmentModel } from '../../organisation/departments/department.model';
import { DepartmentService } from '../../organisation/departments/department.service';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { DepartmentUpskillingModel, KnowledgeNeedModel, NoteKnowledgeNeedInput, RecordWorkshopInput, UpskillingOverviewInput, WorkshopModel } from './upskilling.model';
import { UpskillingService } from './upskilling.service';

@Resolver(() => WorkshopModel)
export class WorkshopResolver {
  constructor(
    private readonly upskilling: UpskillingService,
    private readonly staff: StaffService,
    private readonly departments: DepartmentService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => WorkshopModel, { description: 'A resource person records a workshop or talk given to a department' })
  recordWorkshop(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordWorkshopInput): Promise<WorkshopModel> {
    return this.upskilling.recordWorkshop(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => KnowledgeNeedModel, { description: 'Notes a need for knowledge in a department' })
  noteKnowledgeNeed(@CurrentPrincipal() principal: Principal, @Args('input') input: NoteKnowledgeNeedInput): Promise<KnowledgeNeedModel> {
    return this.upskilling.noteNeed(principal, input);
  }

  @Allow(Role.STAFF)
  @Query(() => [DepartmentUpskillingModel], { description: 'Per department: workshops in the period and open knowledge needs, to target upskilling' })
  upskillingOverview(@CurrentPrincipal() principal: Principal, @Args('input') input: UpskillingOverviewInput): Promise<DepartmentUpskillingModel[]> {
    return this.upskilling.overview(principal, input);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  givenBy(workshop: WorkshopModel): Promise<StaffMemberModel> {
    return this.staff.load(workshop.givenById);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => DepartmentModel)
  department(workshop: WorkshopModel): Promise<DepartmentModel> {
    return this.departments.load(workshop.departmentId);
  }
}
