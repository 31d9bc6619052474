import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ConcernLevel, ContactKind, PersonConcerned } from './preparedness.enums';
import { Guarded, PersonalData } from '../../platform/graphql/text-input';

@ObjectType('ActionCardContact')
export class CardContactModel {
  @Field(() => ContactKind)
  kind: ContactKind;

  @Field()
  name: string;

  @Field({ description: "A service's phone number or address" })
  howToReach: string;
}

@ObjectType('ActionCard', { description: 'What to do in one situation: the steps in order, whom to contact, the legal notes' })
export class ActionCardModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field(() => ConcernLevel, { nullable: true, description: 'Null: whether suspicion or knowledge' })
  concernLevel: ConcernLevel | null;

  @Field(() => PersonConcerned, { nullable: true, description: 'Null: child or adult' })
  personConcerned: PersonConcerned | null;

  @Field(() => Boolean, { nullable: true, description: 'Null: with or without acute danger' })
  acuteDanger: boolean | null;

  @Field(() => [String])
  steps: string[];

  @Field(() => [CardContactModel])
  contacts: CardContactModel[];

  @Field(() => [String])
  legalNotes: string[];
}

@ObjectType('PreparednessPlan', { description: "One published version of the municipality's preparedness plan" })
export class PreparednessPlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field()
  changeNote: string;

  @Field({ description: 'When this version was published' })
  createdAt: Date;

  publishedById: string;
}

@InputType()
export class CardContactInput {
  @Field(() => ContactKind)
  @IsEnum(ContactKind)
  kind: ContactKind;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @PersonalData('a contact point the municipality chose to publish (a service, its phone or address), never a citizen')
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(300)
  @PersonalData('a contact point the municipality chose to publish (a service, its phone or address), never a citizen')
  howToReach: string;
}

@InputType()
export class ActionCardInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @Guarded()
  title: string;

  @Field(() => ConcernLevel, { nullable: true })
  @IsOptional()
  @IsEnum(ConcernLevel)
  concernLevel?: ConcernLevel;

  @Field(() => PersonConcerned, { nullable: true })
  @IsOptional()
  @IsEnum(PersonConcerned)
  personConcerned?: PersonConcerned;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  acuteDanger?: boolean;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  @Guarded()
  steps: string[];

  @Field(() => [CardContactInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CardContactInput)
  contacts: CardContactInput[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  @Guarded()
  legalNotes: string[];
}

@InputType()
export class PublishPreparednessPlanInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @Guarded()
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  @Guarded()
  changeNote: string;

  @Field(() => [ActionCardInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ActionCardInput)
  cards: ActionCardInput[];
}

@InputType({ description: 'The situation questions: answer what you know' })
export class SituationInput {
  @Field(() => ConcernLevel)
  @IsEnum(ConcernLevel)
  concernLevel: ConcernLevel;

  @Field(() => PersonConcerned)
  @IsEnum(PersonConcerned)
  personConcerned: PersonConcerned;

  @Field()
  @IsBoolean()
  acuteDanger: boolean;
}
