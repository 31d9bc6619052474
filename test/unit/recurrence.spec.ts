import { DateTime } from 'luxon';
import { AppError } from '../../src/platform/errors/app-error';
import { expandOccurrences, HORIZON_MONTHS, MAX_OCCURRENCES } from '../../src/networks/meetings/recurrence';

const copenhagen = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' }).toJSDate();
const local = (date: Date) => DateTime.fromJSDate(date, { zone: 'Europe/Copenhagen' }).toFormat("yyyy-LL-dd'T'HH:mm ZZ");

describe('meeting recurrence', () => {
  it('every second month at 17:00 local time stays at 17:00 across summer and winter time', () => {
    const starts = expandOccurrences('FREQ=MONTHLY;INTERVAL=2;COUNT=6', copenhagen('2026-01-15T17:00'));
    expect(starts.map(local)).toEqual([
      '2026-01-15T17:00 +01:00',
      '2026-03-15T17:00 +01:00',
      '2026-05-15T17:00 +02:00',
      '2026-07-15T17:00 +02:00',
      '2026-09-15T17:00 +02:00',
      '2026-11-15T17:00 +01:00',
    ]);
    // The instants differ by an hour from a naive UTC repeat.
    expect(starts[2].toISOString()).toBe('2026-05-15T15:00:00.000Z');
    expect(starts[0].toISOString()).toBe('2026-01-15T16:00:00.000Z');
  });

  it('handles a meeting on the day the clocks change', () => {
    // 29 March 2026: clocks go forward at 02:00. A 09:00 meeting is at 07:00 UTC that day, 08:00 UTC the week before.
    const starts = expandOccurrences('FREQ=WEEKLY;COUNT=2', copenhagen('2026-03-22T09:00'));
    expect(starts.map((d) => d.toISOString())).toEqual(['2026-03-22T08:00:00.000Z', '2026-03-29T07:00:00.000Z']);
  });

  it("Aarhus' six network meetings a year: a yearly rule with six months", () => {
    const starts = expandOccurrences('FREQ=YEARLY;BYMONTH=1,3,5,8,10,12;BYDAY=2TU;COUNT=6', copenhagen('2026-01-13T13:00'));
    expect(starts.map(local)).toEqual([
      '2026-01-13T13:00 +01:00',
      '2026-03-10T13:00 +01:00',
      '2026-05-12T13:00 +02:00',
      '2026-08-11T13:00 +02:00',
      '2026-10-13T13:00 +02:00',
      '2026-12-08T13:00 +01:00',
    ]);
  });

  it(`stores an open-ended series up to ${HORIZON_MONTHS} months ahead and at most ${MAX_OCCURRENCES} occurrences`, () => {
    expect(expandOccurrences('FREQ=MONTHLY;INTERVAL=2', copenhagen('2026-01-15T17:00'))).toHaveLength(13);
    expect(expandOccurrences('FREQ=DAILY', copenhagen('2026-01-15T17:00'))).toHaveLength(MAX_OCCURRENCES);
  });

  it.each([
    ['FREQ=HOURLY', 'more often than daily'],
    ['FREQ=FORTNIGHTLY', 'not valid'],
    ['DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY', 'only the RRULE parts'],
  ])('refuses %s with BAD_USER_INPUT', (rule, message) => {
    try {
      expandOccurrences(rule, copenhagen('2026-01-15T17:00'));
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).message).toContain(message);
    }
  });
});
