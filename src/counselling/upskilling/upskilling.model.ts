import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DepartmentModel } from '../../organisation/departments/department.model';
import { IsLocalDate } from '../../platform/graphql/local-date';
import { PeriodInput } from '../../platform/graphql/period';
import { Formatted, Guarded } from '../../platform/graphql/text-input';

@ObjectType('Workshop', { description: 'A workshop or talk a resource person gave to a department' })
export class WorkshopModel {
  @Field(() => ID)
  id: string;

  @Field()
  heldOn: string;

  @Field(() => Int)
  participants: number;

  @Field()
  topic: string;

  givenById: string;
  departmentId: string;
}

@ObjectType('KnowledgeNeed', { description: 'A need for knowledge noted for a department' })
export class KnowledgeNeedModel {
  @Field(() => ID)
  id: string;

  @Field()
  notedOn: string;

  @Field()
  topic: string;

  @Field(() => ID, { nullable: true, description: 'The workshop that met it; null while open' })
  metByWorkshopId: string | null;

  departmentId: string;
  notedById: string;
}

@ObjectType('DepartmentUpskilling', { description: "A department's workshops over a period and its open knowledge needs" })
export class DepartmentUpskillingModel {
  @Field(() => DepartmentModel)
  department: DepartmentModel;

  @Field(() => Int)
  workshops: number;

  @Field(() => Int)
  participants: number;

  @Field(() => [KnowledgeNeedModel])
  openNeeds: KnowledgeNeedModel[];
}

@InputType()
export class RecordWorkshopInput {
  @Field(() => ID)
  @IsUUID()
  departmentId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  heldOn: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000)
  participants: number;

  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  @Guarded()
  topic: string;

  @Field(() => [ID], { defaultValue: [], description: "The department's knowledge needs this workshop met" })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  meetsNeedIds: string[];
}

@InputType()
export class NoteKnowledgeNeedInput {
  @Field(() => ID)
  @IsUUID()
  departmentId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  @Guarded()
  topic: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  notedOn?: string;
}

@InputType()
export class UpskillingOverviewInput extends PeriodInput {}
