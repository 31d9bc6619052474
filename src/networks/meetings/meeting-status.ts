import { AppError } from '../../platform/errors/app-error';
import { MeetingStatus } from './meeting-status.enum';

const ALLOWED: Record<MeetingStatus, MeetingStatus[]> = {
  [MeetingStatus.PLANNED]: [MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD, MeetingStatus.CANCELLED],
  [MeetingStatus.AGENDA_PUBLISHED]: [MeetingStatus.HELD, MeetingStatus.CANCELLED],
  [MeetingStatus.HELD]: [MeetingStatus.MINUTES_APPROVED],
  [MeetingStatus.MINUTES_APPROVED]: [],
  [MeetingStatus.CANCELLED]: [],
};

const LABEL: Record<MeetingStatus, string> = {
  [MeetingStatus.PLANNED]: 'planned',
  [MeetingStatus.AGENDA_PUBLISHED]: 'has its agenda published',
  [MeetingStatus.HELD]: 'has been held',
  [MeetingStatus.MINUTES_APPROVED]: 'has approved minutes',
  [MeetingStatus.CANCELLED]: 'is cancelled',
};

export const MEETING_CANCELLED = 'MEETING_CANCELLED';
export const INVALID_STATUS_TRANSITION = 'INVALID_STATUS_TRANSITION';

/** Refuses a status change the meeting's life cycle does not allow, naming where it stands. */
export function assertTransition(from: MeetingStatus, to: MeetingStatus, action: string): void {
  if (ALLOWED[from].includes(to)) return;
  const code = from === MeetingStatus.CANCELLED ? MEETING_CANCELLED : INVALID_STATUS_TRANSITION;
  throw new AppError(code, `The meeting ${LABEL[from]}, so it cannot ${action}`, { status: from });
}

/** Meetings that can still be prepared (agenda, time, invitations). */
export function assertStillPlanned(status: MeetingStatus, action: string): void {
  if (status === MeetingStatus.PLANNED || status === MeetingStatus.AGENDA_PUBLISHED) return;
  const code = status === MeetingStatus.CANCELLED ? MEETING_CANCELLED : INVALID_STATUS_TRANSITION;
  throw new AppError(code, `The meeting ${LABEL[status]}, so it cannot ${action}`, { status });
}
