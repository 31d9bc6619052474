import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Discipline } from '../../organisation/departments/discipline.enum';
import { IsLocalDate } from '../../platform/graphql/local-date';
import { PageInput, PageOf } from '../../platform/graphql/pagination';
import { InquiryChannel, InquirySource, InquirySubject } from './inquiry.enums';
import { Formatted } from '../../platform/graphql/text-input';

@ObjectType('Inquiry', { description: 'An inquiry to a resource person or counsellor. It never holds who the citizen is.' })
export class InquiryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  teamId: string;

  @Field({ description: 'YYYY-MM-DD' })
  receivedOn: string;

  @Field(() => InquiryChannel)
  channel: InquiryChannel;

  @Field(() => InquirySource)
  source: InquirySource;

  @Field(() => Discipline, { nullable: true, description: "For a colleague: their discipline" })
  askerDiscipline: Discipline | null;

  @Field(() => InquirySubject)
  subject: InquirySubject;

  @Field(() => ID, { nullable: true, description: 'The caseload case it led to' })
  caseId: string | null;

  receivedById: string;
  askerDepartmentId: string | null;
}

export const InquiryPage = PageOf(InquiryModel, 'InquiryPage');

@InputType()
export class LogInquiryInput {
  @Field(() => ID, { description: 'The team (a network) the inquiry came to' })
  @IsUUID()
  teamId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  receivedOn?: string;

  @Field(() => InquiryChannel)
  @IsEnum(InquiryChannel)
  channel: InquiryChannel;

  @Field(() => InquirySource)
  @IsEnum(InquirySource)
  source: InquirySource;

  @Field(() => ID, { nullable: true, description: "Only for a colleague: their department (its discipline is taken from it)" })
  @IsOptional()
  @IsUUID()
  askerDepartmentId?: string;

  @Field(() => Discipline, { nullable: true, description: 'Only for a colleague, when the department is not given' })
  @IsOptional()
  @IsEnum(Discipline)
  askerDiscipline?: Discipline;

  @Field(() => InquirySubject)
  @IsEnum(InquirySubject)
  subject: InquirySubject;
}

@InputType()
export class InquiryListInput extends PageInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, inclusive' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, inclusive' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  to?: string;
}
