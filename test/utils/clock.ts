/**
 * The tests' calendar. Fixed month-and-day dates keep what they test (winter
 * and summer time, a weekday, the order of events), and the year is always
 * the one after the machine's clock, so no test date slides into the past
 * and starts failing on a date nobody chose.
 */
export const NEXT_YEAR = new Date().getUTCFullYear() + 1;

/** `MM-DD...` in the next year, e.g. inNextYear('02-09T09:00') -> '2028-02-09T09:00'. */
export const inNextYear = (rest: string): string => `${NEXT_YEAR}-${rest}`;
