import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { CaseStatus } from '../../cases/discussions/case.enums';
import { IsLocalDate } from '../../platform/graphql/local-date';
import { PageInput, PageOf } from '../../platform/graphql/pagination';
import { CaseloadAgeBand, CaseloadOutcome, CounsellorRole, EscalationReason, EscalationStatus, EscalationTarget, RiskLevel, TargetGroup } from './caseload.enums';
import { Formatted, Guarded } from '../../platform/graphql/text-input';

@ObjectType('CounsellingCase', { description: "A concrete citizen case in a counsellor's caseload: a reference and categories, never an identity" })
export class CounsellingCaseModel {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field(() => ID)
  teamId: string;

  @Field({ description: 'YYYY-MM-DD' })
  openedOn: string;

  @Field(() => CounsellorRole)
  counsellorRole: CounsellorRole;

  @Field(() => TargetGroup)
  targetGroup: TargetGroup;

  @Field(() => CaseloadAgeBand)
  ageBand: CaseloadAgeBand;

  @Field(() => Boolean, { nullable: true, description: 'Negative social control assessed as a barrier to employment; null until assessed' })
  barrierToEmployment: boolean | null;

  @Field(() => CaseStatus)
  status: CaseStatus;

  @Field(() => String, { nullable: true })
  closedOn: string | null;

  @Field(() => CaseloadOutcome, { nullable: true })
  outcome: CaseloadOutcome | null;

  counsellorId: string;
}

export const CounsellingCasePage = PageOf(CounsellingCaseModel, 'CounsellingCasePage');

@ObjectType('Escalation', { description: 'A case referred to a specialist team or a safety consultant' })
export class EscalationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => EscalationTarget)
  target: EscalationTarget;

  @Field(() => ID, { nullable: true })
  targetTeamId: string | null;

  @Field(() => [EscalationReason])
  reasons: EscalationReason[];

  @Field(() => EscalationStatus)
  status: EscalationStatus;

  @Field(() => String, { nullable: true })
  response: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field()
  createdAt: Date;

  referredById: string;
}

@ObjectType('RiskAssessment', { description: 'A PATRIARK risk assessment' })
export class RiskAssessmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field()
  assessedOn: string;

  @Field(() => RiskLevel)
  level: RiskLevel;

  @Field()
  nextReviewOn: string;

  assessedById: string;
}

@InputType()
export class CaseCategoriesInput {
  @Field(() => CounsellorRole)
  @IsEnum(CounsellorRole)
  counsellorRole: CounsellorRole;

  @Field(() => TargetGroup)
  @IsEnum(TargetGroup)
  targetGroup: TargetGroup;

  @Field(() => CaseloadAgeBand)
  @IsEnum(CaseloadAgeBand)
  ageBand: CaseloadAgeBand;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  barrierToEmployment?: boolean;
}

@InputType()
export class OpenCounsellingCaseInput extends CaseCategoriesInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  openedOn?: string;

  @Field(() => ID, { nullable: true, description: 'The inquiry about a concrete case that this case comes from' })
  @IsOptional()
  @IsUUID()
  inquiryId?: string;
}

@InputType()
export class UpdateCounsellingCaseInput extends CaseCategoriesInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;
}

@InputType()
export class CloseCounsellingCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => CaseloadOutcome)
  @IsEnum(CaseloadOutcome)
  outcome: CaseloadOutcome;

  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  closedOn?: string;
}

@InputType()
export class CaseloadInput extends PageInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => CaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;
}

@InputType()
export class ReferCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => EscalationTarget)
  @IsEnum(EscalationTarget)
  target: EscalationTarget;

  @Field(() => ID, { nullable: true, description: "The municipality's specialist team, if it works in this product; its members answer" })
  @IsOptional()
  @IsUUID()
  targetTeamId?: string;

  @Field(() => [EscalationReason])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(EscalationReason, { each: true })
  @ArrayMaxSize(50)
  reasons: EscalationReason[];
}

const ANSWERS = [EscalationStatus.ACCEPTED, EscalationStatus.DECLINED, EscalationStatus.COMPLETED] as const;

@InputType()
export class RespondToEscalationInput {
  @Field(() => ID)
  @IsUUID()
  escalationId: string;

  @Field(() => EscalationStatus, { description: 'ACCEPTED or DECLINED, later COMPLETED' })
  @IsIn(ANSWERS)
  status: EscalationStatus;

  @Field({ nullable: true, description: 'Checked for direct identifiers like every case text' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(4000)
  @Guarded()
  response?: string;
}

@InputType()
export class RecordRiskAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  assessedOn: string;

  @Field(() => RiskLevel)
  @IsEnum(RiskLevel)
  level: RiskLevel;

  @Field({ description: 'YYYY-MM-DD, after assessedOn' })
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  nextReviewOn: string;
}
