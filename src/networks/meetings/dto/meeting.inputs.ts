import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsNotEmpty, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min, Matches } from 'class-validator';
import { PageInput } from '../../../platform/graphql/pagination';
import { Formatted, Guarded } from '../../../platform/graphql/text-input';
import { IsWithinServiceYears } from '../../../platform/graphql/local-date';

/** Where meetings take place; shared by single meetings, series and rescheduling. */
@InputType({ isAbstract: true })
abstract class MeetingPlaceInput {
  @Field({ nullable: true, description: 'Where the meeting takes place (when rescheduling: leave out to keep it)' })
  @IsOptional()
  @MaxLength(300)
  @Guarded()
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(1000)
  @Formatted('an http(s) URL')
  onlineUrl?: string;
}

/** When a single meeting takes place; shared by scheduling and rescheduling. */
@InputType({ isAbstract: true })
abstract class MeetingSlotInput extends MeetingPlaceInput {
  @Field()
  @IsDate()
  @IsWithinServiceYears()
  startsAt: Date;

  @Field()
  @IsDate()
  @IsWithinServiceYears()
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
  @Guarded()
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
  @Guarded()
  title: string;

  @Field({ description: 'The first meeting; later ones keep its local (Europe/Copenhagen) time of day' })
  @IsDate()
  @IsWithinServiceYears()
  firstStartsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(15)
  @Max(600)
  durationMinutes: number;

  @Field({ nullable: true, description: "RRULE parts; defaults to the network's cadence" })
  @IsOptional()
  @MaxLength(500)
  @Matches(/^[A-Za-z0-9=;,:+-]+$/, { message: '$property must be RRULE parts, e.g. FREQ=MONTHLY;INTERVAL=2' })
  @Formatted('RRULE parts (FREQ=MONTHLY;INTERVAL=2 ...)')
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
  @IsWithinServiceYears()
  from?: Date;
}
