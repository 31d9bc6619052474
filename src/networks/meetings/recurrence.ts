import { DateTime } from 'luxon';
import { Frequency, rrulestr } from 'rrule';
import { AppError, ErrorCode } from '../../platform/errors/app-error';

export const MEETING_TIME_ZONE = 'Europe/Copenhagen';
/** Occurrences are stored ahead of time up to these bounds; see README (meeting series). */
export const MAX_OCCURRENCES = 60;
export const HORIZON_MONTHS = 24;

/**
 * Expands an RFC 5545 RRULE into occurrence start instants. The rule runs on
 * local wall-clock time in `timeZone` (a meeting at 17:00 stays at 17:00
 * across summer and winter time), so rrule works on "floating" times and
 * luxon turns each back into an instant in the zone.
 */
export function expandOccurrences(rule: string, firstStart: Date, timeZone = MEETING_TIME_ZONE): Date[] {
  const local = DateTime.fromJSDate(firstStart, { zone: timeZone });
  const floatingStart = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
  const recurrence = parseRule(rule, floatingStart);
  const horizon = local.plus({ months: HORIZON_MONTHS });
  const floatingHorizon = new Date(Date.UTC(horizon.year, horizon.month - 1, horizon.day, horizon.hour, horizon.minute));
  const floating = recurrence.between(floatingStart, floatingHorizon, true, (_, index) => index < MAX_OCCURRENCES);
  return floating.map((date) =>
    DateTime.fromObject(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes() },
      { zone: timeZone },
    ).toJSDate(),
  );
}

/** Validates a rule as clients may send it: RRULE parts only, no DTSTART, nothing more often than daily. */
export function parseRule(rule: string, floatingStart = new Date(Date.UTC(2026, 0, 1))) {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (/DTSTART|TZID|\n/i.test(text)) {
    throw invalidRule('give only the RRULE parts (e.g. FREQ=MONTHLY;INTERVAL=2); the first meeting sets the start');
  }
  let parsed;
  try {
    parsed = rrulestr(`RRULE:${text}`, { dtstart: floatingStart });
  } catch (error) {
    throw invalidRule((error as Error).message);
  }
  if (parsed.options.freq > Frequency.DAILY) throw invalidRule('meetings cannot recur more often than daily');
  return parsed;
}

const invalidRule = (reason: string) => new AppError(ErrorCode.BadUserInput, `The recurrence rule is not valid: ${reason}`, { field: 'rrule' });
