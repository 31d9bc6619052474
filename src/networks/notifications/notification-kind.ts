import { registerEnumType } from '@nestjs/graphql';

/** What a member can be mailed about; each can be turned off on its own (and by the List-Unsubscribe link of its mails). */
export enum NotificationKind {
  AGENDA_PUBLISHED = 'agenda_published',
  MINUTES_FOR_APPROVAL = 'minutes_for_approval',
  MEETING_REMINDER = 'meeting_reminder',
  ACTION_ITEMS = 'action_items',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'A kind of mail to members' });

/** The preference column each kind is switched by. */
export const PREFERENCE_OF = {
  [NotificationKind.AGENDA_PUBLISHED]: 'agendaPublished',
  [NotificationKind.MINUTES_FOR_APPROVAL]: 'minutesForApproval',
  [NotificationKind.MEETING_REMINDER]: 'meetingReminder',
  [NotificationKind.ACTION_ITEMS]: 'actionItems',
} as const;
