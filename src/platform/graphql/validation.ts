import { Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError, ErrorCode } from '../errors/app-error';

/**
 * Input validation for every resolver argument. Refusals carry the field paths
 * and the rules broken, never the values (they may be personal data).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const summary = fields.map((field) => field.message).join('; ');
      return new AppError(ErrorCode.BadUserInput, `The input is not valid: ${summary}`, { fields });
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: message.replace(error.property, field) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Checks an `ID` argument is a UUID, so a malformed id is a clear
 * BAD_USER_INPUT rather than a database error. An omitted optional id passes
 * (GraphQL itself refuses a missing required one).
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string | undefined, string | undefined> {
  transform(value: string | undefined): string | undefined {
    if (value === undefined || value === null) return value;
    if (!isUUID(value)) throw new AppError(ErrorCode.BadUserInput, 'The id is not a valid identifier');
    return value;
  }
}

/** Bounds for an Int argument that is not part of an input type (a page size, a number of months). */
export class IntRangePipe implements PipeTransform<number | undefined, number | undefined> {
  constructor(
    private readonly name: string,
    private readonly min: number,
    private readonly max: number,
  ) {}

  transform(value: number | undefined): number | undefined {
    if (value === undefined || value === null) return value;
    if (!Number.isInteger(value) || value < this.min || value > this.max) {
      throw new AppError(ErrorCode.BadUserInput, `${this.name} must be a whole number from ${this.min} to ${this.max}`, { field: this.name });
    }
    return value;
  }
}

/** A length cap for a String argument that is not part of an input type and is never stored. */
export class MaxLengthPipe implements PipeTransform<string | undefined, string | undefined> {
  constructor(
    private readonly name: string,
    private readonly maxLength: number,
  ) {}

  transform(value: string | undefined): string | undefined {
    if (typeof value === 'string' && value.length > this.maxLength) {
      throw new AppError(ErrorCode.BadUserInput, `${this.name} must be at most ${this.maxLength} characters`, { field: this.name });
    }
    return value;
  }
}
