import { Field, InputType } from '@nestjs/graphql';
import { AppError, ErrorCode } from '../errors/app-error';
import { IsLocalDate } from './local-date';
import { Formatted } from './text-input';

/** A period of whole days, both ends included (statistics, upskilling overviews). */
@InputType({ isAbstract: true })
export class PeriodInput {
  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  from: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @IsLocalDate()
  @Formatted('a calendar date, YYYY-MM-DD')
  to: string;
}

export function assertPeriod(period: PeriodInput): void {
  if (period.to < period.from) throw new AppError(ErrorCode.BadUserInput, 'to must not be before from');
}
