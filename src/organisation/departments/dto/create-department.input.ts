import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, MaxLength } from 'class-validator';
import { Discipline } from '../discipline.enum';
import { Guarded } from '../../../platform/graphql/text-input';

@InputType()
export class CreateDepartmentInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @Guarded()
  name: string;

  @Field(() => Discipline)
  @IsEnum(Discipline)
  discipline: Discipline;
}
