import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { DepartmentModel } from '../../organisation/departments/department.model';
import { DepartmentService } from '../../organisation/departments/department.service';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Page } from '../../platform/graphql/pagination';
import { MeetingModel } from '../meetings/meeting.model';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { DepartmentTakeBackInput, KnowledgeTakeBackModel, KnowledgeTakeBackPage, RecordKnowledgeTakeBackInput } from './knowledge.model';
import { KnowledgeService } from './knowledge.service';
import { NetworkAccessService } from '../networks/network-access.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

@Resolver(() => KnowledgeTakeBackModel)
export class KnowledgeResolver {
  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly staff: StaffService,
    private readonly departments: DepartmentService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => KnowledgeTakeBackModel, { description: 'An invitee records what they bring back to their department' })
  recordKnowledgeTakeBack(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordKnowledgeTakeBackInput): Promise<KnowledgeTakeBackModel> {
    return this.knowledge.record(principal, input);
  }

  @Allow(Role.STAFF)
  @Query(() => KnowledgeTakeBackPage, { description: "What a department's members brought back over a period (its own staff and the admin)" })
  departmentKnowledgeTakeBack(@CurrentPrincipal() principal: Principal, @Args('input') input: DepartmentTakeBackInput): Promise<Page<KnowledgeTakeBackModel>> {
    return this.knowledge.forDepartment(principal, input);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  staffMember(entry: KnowledgeTakeBackModel): Promise<StaffMemberModel> {
    return this.staff.load(entry.staffUserId);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => DepartmentModel)
  department(entry: KnowledgeTakeBackModel): Promise<DepartmentModel> {
    return this.departments.load(entry.departmentId);
  }
}

@Resolver(() => MeetingModel)
export class MeetingKnowledgeResolver {
  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly access: NetworkAccessService,
  ) {}

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => [KnowledgeTakeBackModel])
  knowledgeTakeBack(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<KnowledgeTakeBackModel[]> {
    const principal = principalOf(context);
    return this.access.meetingContent(principal, meeting, () => this.knowledge.forMeeting(meeting.id));
  }
}
