import { EntityManager } from 'typeorm';
import { enqueueJob } from '../../platform/jobs/enqueue-job';

/**
 * What happens to a meeting that others act on (member notifications): each
 * is a job queued in the transaction of the change, so it is acted on if and
 * only if the change commits, and by whichever instance is free. The areas
 * that act register a task under the event's name; this area knows none of them.
 */
export enum MeetingEvent {
  AGENDA_PUBLISHED = 'meetings.agenda-published',
  MINUTES_CIRCULATED = 'meetings.minutes-circulated',
  ACTION_ITEM_ADDED = 'meetings.action-item-added',
}

export interface MeetingEventPayload {
  municipalityId: string;
  meetingId: string;
  /** The staff member who made the change: not told about it. */
  actorId: string;
  /** For ACTION_ITEM_ADDED. */
  actionItemId?: string;
}

export function raiseMeetingEvent(manager: EntityManager, event: MeetingEvent, payload: MeetingEventPayload): Promise<void> {
  return enqueueJob(manager, event, { ...payload } as Record<string, string>, { maxAttempts: 5 });
}
