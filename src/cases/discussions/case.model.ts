import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Discipline } from '../../organisation/departments/discipline.enum';
import { PageOf } from '../../platform/graphql/pagination';
import { Affected, AgeBand, CaseStatus, ConcernCategory } from './case.enums';
import { Guarded } from '../../platform/graphql/text-input';

@ObjectType('CaseDiscussion', { description: 'An anonymised case brought to the network for sparring' })
export class CaseModel {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field(() => ID, { nullable: true })
  meetingId: string | null;

  @Field(() => Discipline)
  presentingDiscipline: Discipline;

  @Field(() => [ConcernCategory])
  concernCategories: ConcernCategory[];

  @Field(() => AgeBand)
  ageBand: AgeBand;

  @Field(() => [Affected])
  affected: Affected[];

  @Field(() => String, { nullable: true, description: 'Removed after the retention period' })
  narrative: string | null;

  @Field(() => String, { nullable: true })
  actionsTaken: string | null;

  @Field(() => String, { nullable: true })
  question: string | null;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => CaseStatus)
  status: CaseStatus;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true })
  textRemovedAt: Date | null;

  @Field()
  createdAt: Date;

  presenterId: string;
}

export const CasePage = PageOf(CaseModel, 'CaseDiscussionPage');

@ObjectType('CaseResponse')
export class CaseResponseModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Removed after the retention period' })
  advice: string | null;

  @Field(() => Discipline)
  authorDiscipline: Discipline;

  @Field()
  used: boolean;

  @Field()
  createdAt: Date;

  authorId: string;
  actionCardId: string | null;
}

@ObjectType('AnonymisationFinding')
export class FindingModel {
  @Field(() => String, { nullable: true })
  field?: string;

  @Field()
  kind: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field()
  preview: string;
}

@ObjectType('AnonymisationPreview')
export class AnonymisationPreviewModel {
  @Field(() => [FindingModel])
  findings: FindingModel[];

  @Field({ description: 'The text with findings replaced by [NAVN], [CPR], [TLF], [EMAIL], [ADRESSE], [FØDSELSDATO]' })
  redacted: string;

  @Field({ description: 'Exact age + named institution + named housing area: must be acknowledged when saving' })
  quasiIdentifierWarning: boolean;
}

@InputType()
export class CreateCaseInput {
  @Field(() => ID)
  @IsUUID()
  networkId: string;

  @Field(() => ID, { nullable: true, description: "The meeting whose agenda it is for; leave out for written sparring" })
  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @Field(() => [ConcernCategory])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(ConcernCategory, { each: true })
  @ArrayMaxSize(50)
  concernCategories: ConcernCategory[];

  @Field(() => AgeBand)
  @IsEnum(AgeBand)
  ageBand: AgeBand;

  @Field(() => [Affected])
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsEnum(Affected, { each: true })
  affected: Affected[];

  @Field()
  @IsNotEmpty()
  @MaxLength(20_000)
  @Guarded()
  narrative: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  @Guarded()
  actionsTaken: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(2000)
  @Guarded()
  question: string;

  @Field({ defaultValue: false, description: 'Acknowledges a quasi-identifier warning from the preview' })
  @IsBoolean()
  acknowledgeQuasiIdentifiers: boolean;
}

@InputType()
export class RespondToCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(5000)
  @Guarded()
  advice: string;

  @Field(() => ID, { nullable: true, description: "An action card of the municipality's preparedness plan that the advice points to" })
  @IsOptional()
  @IsUUID()
  actionCardId?: string;
}

@InputType()
export class RecordCaseOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field({ description: 'What happened next, without identifiers' })
  @IsNotEmpty()
  @MaxLength(5000)
  @Guarded()
  outcome: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  close: boolean;
}
