import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AgendaItemType } from './agenda-item-type.enum';
import { Guarded } from '../../platform/graphql/text-input';
import { IsWithinServiceYears } from '../../platform/graphql/local-date';

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1-based position on the agenda' })
  position: number;

  @Field(() => AgendaItemType)
  type: AgendaItemType;

  @Field()
  title: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field({ description: 'Computed by the server from the meeting start, the order and the durations' })
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'True when the item starts at a set time rather than after the previous item' })
  fixedTime: boolean;

  @Field(() => ID, { nullable: true, description: "The external talk this item is (its time is the talk's)" })
  talkId: string | null;

  presenterId: string | null;
}

@InputType()
export class AgendaItemInput {
  @Field(() => AgendaItemType)
  @IsEnum(AgendaItemType)
  type: AgendaItemType;

  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  @Guarded()
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes: number;

  @Field(() => ID, { nullable: true, description: 'A member of the network' })
  @IsOptional()
  @IsUUID()
  presenterId?: string;

  @Field({ nullable: true, description: "A set start, e.g. an external speaker's slot" })
  @IsOptional()
  @IsDate()
  @IsWithinServiceYears()
  fixedStart?: Date;

  @Field(() => ID, { nullable: true, description: "Keeps an external talk's item in place; its time and duration come from the talk" })
  @IsOptional()
  @IsUUID()
  talkId?: string;
}

@InputType()
export class SetAgendaInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => [AgendaItemInput])
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  items: AgendaItemInput[];
}
