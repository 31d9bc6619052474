import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageOf } from '../../platform/graphql/pagination';
import { MeetingStatus } from './meeting-status.enum';

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => Int, { description: 'iCalendar SEQUENCE; raised on every change of time, place or status' })
  sequence: number;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The series this meeting is an occurrence of' })
  seriesId: string | null;

  @Field(() => Date, { nullable: true, description: 'For an occurrence: the start its series gave it (kept when moved)' })
  recurrenceId: Date | null;

  networkId: string;
}

@ObjectType('MeetingSeries')
export class MeetingSeriesModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  rrule: string;

  @Field()
  timeZone: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => [MeetingModel], { description: 'The occurrences stored so far' })
  meetings: MeetingModel[];
}

export const MeetingPage = PageOf(MeetingModel, 'MeetingPage');
