import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, MaxLength } from 'class-validator';
import { Discipline } from '../discipline.enum';

@InputType()
export class CreateDepartmentInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => Discipline)
  @IsEnum(Discipline)
  discipline: Discipline;
}
