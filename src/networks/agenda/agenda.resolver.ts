import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingModel } from '../meetings/meeting.model';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { AgendaItemModel, SetAgendaInput } from './agenda-item.model';
import { AgendaService } from './agenda.service';
import { NetworkAccessService } from '../networks/network-access.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

@Resolver(() => AgendaItemModel)
export class AgendaResolver {
  constructor(
    private readonly agendas: AgendaService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => [AgendaItemModel], { description: "Coordinator: replace the meeting's agenda (in order); refused if it overlaps or runs over" })
  setAgenda(@CurrentPrincipal() principal: Principal, @Args('input') input: SetAgendaInput): Promise<AgendaItemModel[]> {
    return this.agendas.setAgenda(principal, input.meetingId, input.items);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel, { nullable: true })
  presenter(item: AgendaItemModel): Promise<StaffMemberModel> | null {
    return item.presenterId ? this.staff.load(item.presenterId) : null;
  }
}

@Resolver(() => MeetingModel)
export class MeetingAgendaResolver {
  constructor(
    private readonly agendas: AgendaService,
    private readonly access: NetworkAccessService,
  ) {}

  @FieldAccess(FieldRule.MEETING_CONTENT)
  @ResolveField(() => [AgendaItemModel])
  agenda(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<AgendaItemModel[]> {
    const principal = principalOf(context);
    return this.access.meetingContent(principal, meeting, () => this.agendas.agenda(meeting as Meeting));
  }
}
