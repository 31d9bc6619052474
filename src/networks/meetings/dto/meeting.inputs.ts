import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsNotEmpty, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageInput } from '../../../platform/graphql/pagination';

/** Where meetings take place; shared by single meetings, series and rescheduling. */
@InputType({ isAbstract: true })
abstract class MeetingPlaceInput {
  @Field({ nullable: true, description: 'Where the meeting takes place (when rescheduling: leave out to keep it)' })
  @IsOptional()
  @MaxLength(300)
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(1000)
  onlineUrl?: string;
}

/** When a single meeting takes place; shared by scheduling and rescheduling. */
@InputType({ isAbstract: true })
abstract class MeetingSlotInput extends MeetingPlaceInput {
  @Field()
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;
}

@InputType()
export class ScheduleMeetingInput extends MeetingSlotInput {
  @Field(() => ID)
  @IsUUID()
  networkId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;
}

@InputType()
export class ScheduleMeetingSeriesInput extends MeetingPlaceInput {
  @Field(() => ID)
  @IsUUID()
  networkId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field({ description: 'The first meeting; later ones keep its local (Europe/Copenhagen) time of day' })
  @IsDate()
  firstStartsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(15)
  @Max(600)
  durationMinutes: number;

  @Field({ nullable: true, description: "RRULE parts; defaults to the network's cadence" })
  @IsOptional()
  @MaxLength(500)
  rrule?: string;

}

@InputType()
export class RescheduleMeetingInput extends MeetingSlotInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;
}

@InputType()
export class MeetingListInput extends PageInput {
  @Field({ nullable: true, description: 'Only meetings starting at or after this instant' })
  @IsOptional()
  @IsDate()
  from?: Date;
}
