import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, MaxLength, ValidateBy } from 'class-validator';

/**
 * The years this service keeps dates for. Anything outside is a typo or a
 * probe (year -1, year 275760), refused as BAD_USER_INPUT before it reaches
 * PostgreSQL or a recurrence rule.
 */
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2099-12-31';
const FIRST_INSTANT = Date.parse(`${FIRST_DATE}T00:00:00Z`);
const END_INSTANT = Date.parse('2100-01-01T00:00:00Z');

/** A calendar date, YYYY-MM-DD, that exists and lies within the service's years (date columns hold Danish local dates). */
export const IsLocalDate = () =>
  applyDecorators(
    MaxLength(10),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date, YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
    ValidateBy({
      name: 'isWithinServiceYears',
      validator: { validate: (value: unknown) => typeof value === 'string' && value >= FIRST_DATE && value <= LAST_DATE, defaultMessage: () => `$property must be between ${FIRST_DATE} and ${LAST_DATE}` },
    }),
  );

/** A point in time within the service's years (for DateTime inputs, after IsDate). */
export const IsWithinServiceYears = () =>
  ValidateBy({
    name: 'isWithinServiceYears',
    validator: {
      validate: (value: unknown) => value instanceof Date && value.getTime() >= FIRST_INSTANT && value.getTime() < END_INSTANT,
      defaultMessage: () => `$property must be between ${FIRST_DATE} and ${LAST_DATE}`,
    },
  });
