import { GraphQLError } from 'graphql';

/**
 * Stable, machine-readable error codes. Clients branch on these; the messages
 * are for people and may change.
 */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/**
 * An expected error: its message is safe to show to the caller and must never
 * contain personal data. Anything that is not an AppError (or one of GraphQL's
 * own validation errors) is masked as INTERNAL_SERVER_ERROR and logged.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode | string, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }

  get code(): string {
    return this.extensions.code as string;
  }
}

export const notFound = (what: string) => new AppError(ErrorCode.NotFound, `${what} was not found`);

/** PostgreSQL unique_violation (23505), optionally on a named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const pg = e?.driverError ?? e;
  return pg?.code === '23505' && (!constraint || pg.constraint === constraint);
}
