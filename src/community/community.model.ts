import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Formatted, Guarded, PersonalData } from '../platform/graphql/text-input';
import { ContactEmail, ContactPhone } from '../platform/graphql/contact-input';

const LOCAL_ACTOR_CONTACT = "a local actor's contact: sealed with AES-256-GCM, shown to the holder, coordinators and the admin";
import { IsLocalDate } from '../platform/graphql/local-date';
import { EngagementKind, LocalActorKind } from './community.enums';

@ObjectType('HousingArea', { description: 'A housing area and the housing social plan it is part of' })
export class HousingAreaModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  socialPlan: string | null;
}

@ObjectType('LocalActorContact', { description: "A local actor's contact details (sealed at rest): for the one who holds the relationship, coordinators and the admin" })
export class LocalActorContactModel {
  @Field(() => String, { nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType('LocalActor', { description: 'Someone outside the municipality it works with locally: neighbourhood mothers, a father group, housing staff, a faith community, a GP' })
export class LocalActorModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => LocalActorKind)
  kind: LocalActorKind;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field()
  notes: string;

  holderId: string | null;
  municipalityId: string;
  contactSealed: Buffer;
}

@ObjectType('Engagement', { description: 'A dialogue meeting, joint activity, norm-change initiative or referral route with local actors' })
export class EngagementModel {
  @Field(() => ID)
  id: string;

  @Field(() => EngagementKind)
  kind: EngagementKind;

  @Field({ description: 'YYYY-MM-DD' })
  occurredOn: string;

  @Field()
  topic: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  followUp: string | null;

  housingAreaId: string | null;
}

@ObjectType('CivilSocietyGoal', { description: "A goal of the municipality's strategy for working with civil society" })
export class CivilSocietyGoalModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  localActorIds: string[];
}

@InputType()
export class CreateHousingAreaInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @Guarded()
  name: string;

  @Field({ nullable: true, description: 'The housing social plan (boligsocial helhedsplan)' })
  @IsOptional()
  @MaxLength(200)
  @Guarded()
  socialPlan?: string;
}

@InputType()
export class CreateLocalActorInput {
  @Field({ description: 'As the municipality knows them, e.g. "Bydelsmødrene i Taastrupgaard" or a GP\'s practice' })
  @IsNotEmpty()
  @MaxLength(200)
  @PersonalData("a local actor's name (can be a person, e.g. a GP or an imam), shown to the municipality's staff under row-level security")
  name: string;

  @Field(() => LocalActorKind)
  @IsEnum(LocalActorKind)
  kind: LocalActorKind;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  @Guarded()
  organisation?: string;

  @Field(() => [ID], { defaultValue: [], description: 'The housing areas the actor works in' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  housingAreaIds: string[];

  @Field(() => ID, { nullable: true, description: 'The staff member who holds the relationship (default: the caller)' })
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  @PersonalData(LOCAL_ACTOR_CONTACT)
  contactPerson?: string;

  @Field({ nullable: true })
  @IsOptional()
  @ContactEmail(LOCAL_ACTOR_CONTACT)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @ContactPhone(LOCAL_ACTOR_CONTACT)
  phone?: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  @Guarded()
  notes: string;
}

@InputType()
export class RecordEngagementInput {
  @Field(() => EngagementKind)
  @IsEnum(EngagementKind)
  kind: EngagementKind;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  occurredOn: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  @Guarded()
  topic: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  @Guarded()
  summary: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  @Guarded()
  followUp?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  housingAreaId?: string;

  @Field(() => [ID], { description: 'The local actors who took part (at least one)' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  localActorIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Other staff who took part (the caller is always included)' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  staffMemberIds: string[];
}

@InputType()
export class AddCivilSocietyGoalInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  @Guarded()
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  @Guarded()
  description: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  localActorIds: string[];
}
