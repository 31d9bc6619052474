import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingModel } from '../meetings/meeting.model';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { InvitationModel, RecordAttendanceInput, RespondToInvitationInput } from './attendance.model';
import { AttendanceService } from './attendance.service';
import { NetworkAccessService } from '../networks/network-access.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

@Resolver(() => InvitationModel)
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => InvitationModel, { description: 'An invited member answers yes, no or maybe' })
  respondToInvitation(@CurrentPrincipal() principal: Principal, @Args('input') input: RespondToInvitationInput): Promise<InvitationModel> {
    return this.attendance.respond(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => MeetingModel, { description: 'Coordinator: record who was present; the meeting becomes held' })
  recordAttendance(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordAttendanceInput): Promise<MeetingModel> {
    return this.attendance.record(principal, input);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  staffMember(invitation: InvitationModel): Promise<StaffMemberModel> {
    return this.staff.load(invitation.staffUserId);
  }
}

@Resolver(() => MeetingModel)
export class MeetingInvitationsResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly access: NetworkAccessService,
  ) {}

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => [InvitationModel])
  invitations(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<InvitationModel[]> {
    const principal = principalOf(context);
    return this.access.meetingContent(principal, meeting, () => this.attendance.invitations(meeting as Meeting));
  }
}
