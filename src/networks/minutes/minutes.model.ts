import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageOf } from '../../platform/graphql/pagination';
import { ActionItemStatus } from './action-item.entity';
import { FindingAcknowledgement, MinutesStatus, StoredMinutesFinding } from './minutes-version.entity';
import { Formatted, Guarded, GuardedDraft } from '../../platform/graphql/text-input';
import { IsLocalDate } from '../../platform/graphql/local-date';

@ObjectType('MinutesFinding', {
  description: 'A possible identifier the anonymisation guard found in the minutes: where and of which kind, never the value. Circulation waits until it is removed or acknowledged.',
})
export class MinutesFindingModel {
  @Field(() => ID, { description: 'Stable across edits of the rest of the text' })
  id: string;

  @Field({ description: 'body, decisions[i] or changeNote' })
  field: string;

  @Field({ description: 'cpr, phone, email, address, birth_date or name' })
  kind: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field({ description: 'Two characters and the shape: "Fa****"' })
  preview: string;

  @Field()
  acknowledged: boolean;

  @Field(() => String, { nullable: true, description: "The coordinator's reason, when acknowledged" })
  reason: string | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The coordinator who acknowledged it' })
  acknowledgedById: string | null;
}

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
  findings: StoredMinutesFinding[];
  findingAcknowledgements: FindingAcknowledgement[];
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

  @Field({ description: 'Saved with the findings of the anonymisation guard; circulated once they are resolved' })
  @IsNotEmpty()
  @MaxLength(50_000)
  @GuardedDraft()
  body: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @MaxLength(2000, { each: true })
  @GuardedDraft()
  decisions: string[];

  @Field({ nullable: true, description: 'Required when correcting approved minutes' })
  @IsOptional()
  @MaxLength(1000)
  @GuardedDraft()
  changeNote?: string;
}

@InputType()
export class AcknowledgeMinutesFindingInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => ID)
  @Matches(/^[0-9a-f]{32}$/, { message: 'findingId must be the id of a finding in the current minutes' })
  @Formatted('a finding id: 32 hexadecimal digits')
  findingId: string;

  @Field({ description: 'Why this is not a citizen\'s identifier ("the presenter", "the town hall\'s address"); recorded with who and when' })
  @IsNotEmpty()
  @MaxLength(500)
  @Guarded()
  reason: string;
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
