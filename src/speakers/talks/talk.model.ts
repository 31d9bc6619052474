import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { TalkStatus } from './talk.entity';
import { Guarded } from '../../platform/graphql/text-input';
import { IsWithinServiceYears } from '../../platform/graphql/local-date';

@ObjectType('Talk')
export class TalkModel {
  @Field(() => ID)
  id: string;

  @Field()
  topic: string;

  @Field(() => [String])
  tags: string[];

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => TalkStatus)
  status: TalkStatus;

  @Field({ description: 'True once the meeting has been held with the talk confirmed' })
  held: boolean;

  @Field(() => Int)
  sequence: number;

  @Field(() => ID)
  meetingId: string;

  speakerId: string;
}

@ObjectType('TalkStatusChange', { description: 'Who changed the status, and when; no staff member means the speaker, through the link' })
export class TalkStatusChangeModel {
  @Field(() => TalkStatus, { nullable: true })
  fromStatus: TalkStatus | null;

  @Field(() => TalkStatus)
  toStatus: TalkStatus;

  @Field()
  createdAt: Date;

  changedById: string | null;
}

@ObjectType('RatingSummary')
export class RatingSummaryModel {
  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true })
  average: number | null;

  @Field(() => [String])
  comments: string[];
}

@ObjectType('TopicCoverage')
export class TopicCoverageModel {
  @Field(() => [String], { description: 'Topics the network has had talks on in the period' })
  covered: string[];

  @Field(() => [String], { description: 'Known topics it has not' })
  notCovered: string[];

  @Field(() => [TalkAttendanceModel])
  talks: TalkAttendanceModel[];
}

@ObjectType('TalkAttendance')
export class TalkAttendanceModel {
  @Field(() => ID)
  talkId: string;

  @Field()
  topic: string;

  @Field({ description: 'Disciplines of the members present' })
  disciplines: string;
}

@InputType()
export class InviteSpeakerInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => ID)
  @IsUUID()
  speakerId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  @Guarded()
  topic: string;

  @Field({ description: 'Start of the slot; the talk becomes a fixed-time item of the agenda' })
  @IsDate()
  @IsWithinServiceYears()
  startsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(10)
  @Max(240)
  durationMinutes: number;

  @Field(() => [String], { nullable: true, description: "Topic tags for the coverage view; defaults to the speaker's" })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  @Guarded()
  tags?: string[];
}

@InputType()
export class RateTalkInput {
  @Field(() => ID)
  @IsUUID()
  talkId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  @Guarded()
  comment?: string;
}
