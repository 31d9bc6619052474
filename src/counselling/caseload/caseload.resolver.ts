import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldAccess, FieldRule } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { Page } from '../../platform/graphql/pagination';
import { ParseIdPipe } from '../../platform/graphql/validation';
import { StaffMemberModel } from '../../organisation/staff/staff-member.model';
import { StaffService } from '../../organisation/staff/staff.service';
import { EscalationStatus } from './caseload.enums';
import {
  CaseloadInput,
  CloseCounsellingCaseInput,
  CounsellingCaseModel,
  CounsellingCasePage,
  EscalationModel,
  OpenCounsellingCaseInput,
  RecordRiskAssessmentInput,
  ReferCaseInput,
  RespondToEscalationInput,
  RiskAssessmentModel,
  UpdateCounsellingCaseInput,
} from './caseload.model';
import { CaseloadService } from './caseload.service';
import { EscalationService } from './escalation.service';
import { RiskAssessmentService } from './risk-assessment.service';

@Resolver(() => CounsellingCaseModel)
export class CaseloadResolver {
  constructor(
    private readonly cases: CaseloadService,
    private readonly referrals: EscalationService,
    private readonly risks: RiskAssessmentService,
    private readonly staff: StaffService,
  ) {}

  @Allow(Role.STAFF)
  @Mutation(() => CounsellingCaseModel, { description: 'A team member opens a case in their caseload' })
  openCounsellingCase(@CurrentPrincipal() principal: Principal, @Args('input') input: OpenCounsellingCaseInput): Promise<CounsellingCaseModel> {
    return this.cases.open(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => CounsellingCaseModel, { description: "Changes an open case's categories (e.g. the counsellor took it over)" })
  updateCounsellingCase(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateCounsellingCaseInput): Promise<CounsellingCaseModel> {
    return this.cases.update(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => CounsellingCaseModel, { description: 'Closes a case with its outcome (job, education, neither)' })
  closeCounsellingCase(@CurrentPrincipal() principal: Principal, @Args('input') input: CloseCounsellingCaseInput): Promise<CounsellingCaseModel> {
    return this.cases.close(principal, input);
  }

  @Allow(Role.STAFF)
  @Query(() => CounsellingCaseModel, { description: "One case of the caller's team" })
  counsellingCase(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<CounsellingCaseModel> {
    return this.cases.get(principal, id);
  }

  @Allow(Role.STAFF)
  @Query(() => CounsellingCasePage, { description: "The team's caseload, newest first (its members only)" })
  caseload(@CurrentPrincipal() principal: Principal, @Args('input') input: CaseloadInput): Promise<Page<CounsellingCaseModel>> {
    return this.cases.list(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => EscalationModel, { description: 'Refers a case to a specialist team or a safety consultant' })
  referCase(@CurrentPrincipal() principal: Principal, @Args('input') input: ReferCaseInput): Promise<EscalationModel> {
    return this.referrals.refer(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => EscalationModel, { description: "The receiving team's answer to a referral (or the referring team recording a consultant's)" })
  respondToEscalation(@CurrentPrincipal() principal: Principal, @Args('input') input: RespondToEscalationInput): Promise<EscalationModel> {
    return this.referrals.respond(principal, input);
  }

  @Allow(Role.STAFF)
  @Query(() => [EscalationModel], { description: 'Referrals to a specialist team (its members only)' })
  escalationsToTeam(
    @CurrentPrincipal() principal: Principal,
    @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string,
    @Args('status', { type: () => EscalationStatus, nullable: true }) status?: EscalationStatus,
  ): Promise<EscalationModel[]> {
    return this.referrals.toTeam(principal, teamId, status);
  }

  @Allow(Role.STAFF)
  @Mutation(() => RiskAssessmentModel, { description: 'Records a PATRIARK assessment; needs a valid PATRIARK certification' })
  recordRiskAssessment(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordRiskAssessmentInput): Promise<RiskAssessmentModel> {
    return this.risks.record(principal, input);
  }

  @FieldAccess(FieldRule.COLLEAGUE)
  @ResolveField(() => StaffMemberModel)
  counsellor(kase: CounsellingCaseModel): Promise<StaffMemberModel> {
    return this.staff.load(kase.counsellorId);
  }

  @FieldAccess(FieldRule.TEAM_CASEWORK)
  @ResolveField(() => [EscalationModel])
  escalations(kase: CounsellingCaseModel): Promise<EscalationModel[]> {
    return this.referrals.forCase(kase.id);
  }

  @FieldAccess(FieldRule.TEAM_CASEWORK)
  @ResolveField(() => [RiskAssessmentModel])
  riskAssessments(kase: CounsellingCaseModel): Promise<RiskAssessmentModel[]> {
    return this.risks.forCase(kase.id);
  }
}
