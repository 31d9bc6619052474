import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageInput, PageOf } from '../../platform/graphql/pagination';
import { Guarded } from '../../platform/graphql/text-input';
import { IsWithinServiceYears } from '../../platform/graphql/local-date';

@ObjectType('KnowledgeTakeBack', { description: 'What a member carries back from a meeting to their own department' })
export class KnowledgeTakeBackModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field()
  createdAt: Date;

  @Field(() => ID)
  meetingId: string;

  staffUserId: string;
  departmentId: string;
}

export const KnowledgeTakeBackPage = PageOf(KnowledgeTakeBackModel, 'KnowledgeTakeBackPage');

@InputType()
export class RecordKnowledgeTakeBackInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(5000)
  @Guarded()
  text: string;
}

@InputType()
export class DepartmentTakeBackInput extends PageInput {
  @Field(() => ID)
  @IsUUID()
  departmentId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  @IsWithinServiceYears()
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  @IsWithinServiceYears()
  to?: Date;
}
