import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Municipality', { description: 'The municipality (tenant) the caller belongs to' })
export class MunicipalityModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Danish municipality code (kommunekode)' })
  code: string;

  @Field()
  name: string;
}
