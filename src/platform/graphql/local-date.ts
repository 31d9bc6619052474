import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** A calendar date, YYYY-MM-DD, that exists (date columns hold Danish local dates). */
export const IsLocalDate = () => applyDecorators(Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date, YYYY-MM-DD' }), IsISO8601({ strict: true }));
