import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { INTERNAL_ERROR_MESSAGE } from './error-formatting';
import { describe } from './unit-of-work.plugin';

/**
 * Replaces Nest's default exception handler, which logs the whole error
 * object: for a database error that includes the statement's bound
 * parameters, i.e. personal data. GraphQL errors go back to Apollo (which
 * masks and logs them safely); HTTP errors get a JSON body with a code.
 */
@Catch()
export class SafeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const status = exception.getStatus();
      // Nest's own 404 message quotes the requested path, which is client input.
      const message = status === 404 ? 'Nothing is served at this address' : exception.message;
      response.status(status).type('application/json').json(typeof body === 'object' && body && 'errors' in body ? body : { errors: [{ message, extensions: { code: httpCode(status) } }] });
      return undefined;
    }
    this.logger.error({ msg: 'internal error', err: describe(exception) });
    response.status(500).type('application/json').json({ errors: [{ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    return undefined;
  }
}

function httpCode(status: number): string {
  return { 400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 503: 'SERVICE_UNAVAILABLE' }[status] ?? 'HTTP_ERROR';
}
