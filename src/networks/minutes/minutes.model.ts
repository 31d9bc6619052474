import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageOf } from '../../platform/graphql/pagination';
import { ActionItemStatus } from './action-item.entity';
import { MinutesStatus } from './minutes-version.entity';
import { Formatted, Guarded } from '../../platform/graphql/text-input';
import { IsLocalDate } from '../../platform/graphql/local-date';

@ObjectType('MinutesVersion', { description: 'One version of the minutes; approved versions never change' })
export class MinutesVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => MinutesStatus)
  status: MinutesStatus;

  @Field()
  body: string;

  @Field(() => [String])
  decisions: string[];

  @Field(() => String, { nullable: true, description: 'Why this correction was made' })
  changeNote: string | null;

  @Field({ description: 'When this version was created' })
  createdAt: Date;

  @Field({ description: 'When its text last changed (only drafts change)' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  circulatedAt: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  authorId: string;
  approvedById: string | null;
}

@ObjectType('ActionItem')
export class ActionItemModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn: string | null;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => ID, { description: 'The meeting that agreed it' })
  meetingId: string;

  ownerId: string;
}

export const ActionItemPage = PageOf(ActionItemModel, 'ActionItemPage');

@InputType()
export class SaveMinutesInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(50_000)
  @Guarded()
  body: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @MaxLength(2000, { each: true })
  @Guarded()
  decisions: string[];

  @Field({ nullable: true, description: 'Required when correcting approved minutes' })
  @IsOptional()
  @MaxLength(1000)
  @Guarded()
  changeNote?: string;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(1000)
  @Guarded()
  text: string;

  @Field(() => ID, { description: 'A member of the network' })
  @IsUUID()
  ownerId: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  dueOn?: string;
}
