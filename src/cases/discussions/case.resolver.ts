import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MaxLengthPipe } from '../../platform/graphql/validation';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Page, PageInput } from '../../platform/graphql/pagination';
import { ParseIdPipe } from '../../platform/graphql/validation';
import { MeetingModel } from '../../networks/meetings/meeting.model';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { ActionCardModel } from '../../guidance/preparedness/preparedness.model';
import { PreparednessService } from '../../guidance/preparedness/preparedness.service';
import { StaffService } from '../../organisation/staff/staff.service';
import { AnonymisationPreviewModel, CaseModel, CasePage, CaseResponseModel, CreateCaseInput, RecordCaseOutcomeInput, RespondToCaseInput } from './case.model';
import { CaseService } from './case.service';
import { NetworkAccessService } from '../../networks/networks/network-access.service';
import { GraphQLContext } from '../../platform/graphql/graphql-context';
import { NoArgs, principalOf } from '../../platform/graphql/field-resolver-context';

@Resolver(() => CaseModel)
export class CaseResolver {
  constructor(
    private readonly cases: CaseService,
    private readonly staff: StaffService,
    private readonly access: NetworkAccessService,
  ) {}

  @Allow(Role.STAFF)
  @Query(() => AnonymisationPreviewModel, { description: 'What the anonymisation guard finds in a text, and the text redacted' })
  previewAnonymisation(@Args('text', new MaxLengthPipe('text', 50_000)) text: string): AnonymisationPreviewModel {
    return this.cases.preview(text);
  }

  @Allow(Role.STAFF)
  @Query(() => CaseModel)
  caseDiscussion(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<CaseModel> {
    return this.cases.get(principal, id);
  }

  @Allow(Role.STAFF)
  @Query(() => CasePage, { description: "A network's cases, newest first (members only)" })
  caseDiscussions(
    @CurrentPrincipal() principal: Principal,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<Page<CaseModel>> {
    return this.cases.list(principal, networkId, page ?? {});
  }

  @Allow(Role.STAFF)
  @Mutation(() => CaseModel, { description: 'Member: bring an anonymised case to the network; refused with PERSONAL_DATA_DETECTED if it identifies anyone' })
  createCaseDiscussion(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateCaseInput): Promise<CaseModel> {
    return this.cases.create(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => CaseResponseModel, { description: 'Member: advice on a case (scanned like the case)' })
  respondToCase(@CurrentPrincipal() principal: Principal, @Args('input') input: RespondToCaseInput): Promise<CaseResponseModel> {
    return this.cases.respond(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => CaseResponseModel, { description: 'Presenter: mark advice as used (or not)' })
  markAdviceUsed(
    @CurrentPrincipal() principal: Principal,
    @Args('responseId', { type: () => ID }, ParseIdPipe) responseId: string,
    @Args('used', { type: () => Boolean, defaultValue: true }) used: boolean,
  ): Promise<CaseResponseModel> {
    return this.cases.markAdviceUsed(principal, responseId, used);
  }

  @Allow(Role.STAFF)
  @Mutation(() => CaseModel, { description: 'Presenter: what happened next (scanned), and close the case' })
  recordCaseOutcome(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordCaseOutcomeInput): Promise<CaseModel> {
    return this.cases.recordOutcome(principal, input);
  }

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => [CaseResponseModel])
  responses(kase: CaseModel, _args: NoArgs, context: GraphQLContext): Promise<CaseResponseModel[]> {
    const principal = principalOf(context);
    // The parent is the case row, whose network decides (cases are for the network's current members).
    return this.access.networkContent(principal, (kase as CaseModel & { networkId: string }).networkId, () => this.cases.responses(kase.id));
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  presenter(kase: CaseModel): Promise<StaffMemberModel> {
    return this.staff.load(kase.presenterId);
  }
}

@Resolver(() => CaseResponseModel)
export class CaseResponseResolver {
  constructor(
    private readonly staff: StaffService,
    private readonly preparedness: PreparednessService,
  ) {}

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel, { description: 'The member who gave the advice' })
  author(response: CaseResponseModel): Promise<StaffMemberModel> {
    return this.staff.load(response.authorId);
  }

  @FieldAccess(FieldRule.PUBLISHED)
  @ResolveField(() => ActionCardModel, { nullable: true, description: 'The action card the advice points to' })
  async actionCard(response: CaseResponseModel): Promise<ActionCardModel | null> {
    return response.actionCardId ? this.preparedness.card(response.actionCardId) : null;
  }
}

@Resolver(() => MeetingModel)
export class MeetingCasesResolver {
  constructor(
    private readonly caseService: CaseService,
    private readonly access: NetworkAccessService,
  ) {}

  @FieldAccess(FieldRule.NETWORK_CONTENT)
  @ResolveField(() => [CaseModel], { description: 'Cases brought for this meeting (the coordinator places them on the agenda as case-discussion items)' })
  cases(meeting: MeetingModel, _args: NoArgs, context: GraphQLContext): Promise<CaseModel[]> {
    const principal = principalOf(context);
    return this.access.networkContent(principal, meeting.networkId, () => this.caseService.forMeeting(meeting.id));
  }
}
