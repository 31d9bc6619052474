import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { SpeakerKind } from './speaker.entity';
import { Guarded, PersonalData, QueryOnly } from '../../platform/graphql/text-input';
import { ContactEmail, ContactPhone } from '../../platform/graphql/contact-input';

const SPEAKER_CONTACT = "a speaker's contact: sealed with AES-256-GCM, shown to coordinators only";

@ObjectType('SpeakerContact', { description: 'Personal data: shown to coordinators only' })
export class SpeakerContactModel {
  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType('Speaker')
export class SpeakerModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => SpeakerKind)
  kind: SpeakerKind;

  @Field(() => [String])
  topics: string[];

  @Field()
  notes: string;

  contactSealed: Buffer;
}

@InputType()
export class CreateSpeakerInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  @PersonalData("an external speaker's name, which the directory exists to show to the municipality's staff (row-level security)")
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  @Guarded()
  organisation?: string;

  @Field(() => SpeakerKind)
  @IsEnum(SpeakerKind)
  kind: SpeakerKind;

  @Field(() => [String], { description: 'Topic tags, e.g. "digital control", "forced marriage", "PATRIARK"' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  @Guarded()
  topics: string[];

  @Field()
  @ContactEmail(SPEAKER_CONTACT)
  email: string;

  @Field({ nullable: true })
  @IsOptional()
  @ContactPhone(SPEAKER_CONTACT)
  phone?: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  @Guarded()
  notes: string;
}

@InputType()
export class SpeakerSearchInput {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(60)
  @QueryOnly('matched against topic tags for this search')
  topic?: string;

  @Field(() => SpeakerKind, { nullable: true })
  @IsOptional()
  @IsEnum(SpeakerKind)
  kind?: SpeakerKind;
}
