import { registerEnumType } from '@nestjs/graphql';

/** planned -> agenda published -> held -> minutes approved; planned or agenda published -> cancelled. */
export enum MeetingStatus {
  PLANNED = 'planned',
  AGENDA_PUBLISHED = 'agenda_published',
  HELD = 'held',
  MINUTES_APPROVED = 'minutes_approved',
  CANCELLED = 'cancelled',
}

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
