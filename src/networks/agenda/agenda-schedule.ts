import { AppError } from '../../platform/errors/app-error';

export const AgendaErrorCode = {
  Overrun: 'AGENDA_OVERRUN',
  Overlap: 'AGENDA_OVERLAP',
} as const;

export interface AgendaEntry {
  title: string;
  durationMinutes: number;
  /** A set start (an external speaker's slot); otherwise the item follows the previous one. */
  fixedStart?: Date | null;
}

export interface ScheduledEntry {
  startsAt: Date;
  endsAt: Date;
}

const MINUTE = 60_000;

/**
 * Places agenda items one after another from the meeting's start; an item
 * with a fixed start begins then. Refuses an agenda whose items overlap or
 * that runs past the meeting's end, saying by how many minutes.
 */
export function scheduleAgenda(meeting: { startsAt: Date; endsAt: Date }, entries: AgendaEntry[]): ScheduledEntry[] {
  let cursor = meeting.startsAt.getTime();
  return entries.map((entry, index) => {
    const fixed = entry.fixedStart?.getTime();
    if (fixed !== undefined && fixed < meeting.startsAt.getTime()) {
      const minutes = Math.ceil((meeting.startsAt.getTime() - fixed) / MINUTE);
      throw new AppError(AgendaErrorCode.Overrun, `Item ${index + 1} ("${entry.title}") starts ${minutes} minutes before the meeting`, {
        item: index + 1,
        minutes,
      });
    }
    if (fixed !== undefined && fixed < cursor) {
      const minutes = Math.ceil((cursor - fixed) / MINUTE);
      throw new AppError(AgendaErrorCode.Overlap, `Item ${index + 1} ("${entry.title}") overlaps the item before it by ${minutes} minutes`, {
        item: index + 1,
        minutes,
      });
    }
    const startsAt = fixed ?? cursor;
    cursor = startsAt + entry.durationMinutes * MINUTE;
    if (cursor > meeting.endsAt.getTime()) {
      const minutes = Math.ceil((cursor - meeting.endsAt.getTime()) / MINUTE);
      throw new AppError(AgendaErrorCode.Overrun, `The agenda runs ${minutes} minutes past the end of the meeting (at item ${index + 1}, "${entry.title}")`, {
        item: index + 1,
        minutes,
      });
    }
    return { startsAt: new Date(startsAt), endsAt: new Date(cursor) };
  });
}
