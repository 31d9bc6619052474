import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', { description: 'A calendar subscription (Outlook, Google Calendar) without a bearer token' })
export class CalendarFeedModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "One network's meetings; null for all the owner's networks" })
  networkId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType('NewCalendarFeed', { description: 'Shown once: only a hash of the secret in the URL is kept' })
export class NewCalendarFeedModel {
  @Field(() => CalendarFeedModel)
  feed: CalendarFeedModel;

  @Field({ description: 'Path to subscribe to, relative to the service, e.g. /calendar/<secret>.ics' })
  path: string;
}
