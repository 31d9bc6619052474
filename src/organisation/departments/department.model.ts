import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Discipline } from './discipline.enum';

@ObjectType('Department')
export class DepartmentModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Discipline)
  discipline: Discipline;
}
