import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../errors/app-error';
import { UNSTORABLE_MESSAGE } from './request-hygiene';

/** Codes GraphQL and Apollo themselves assign to a malformed request; their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side and the request was not carried out';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database connection was lost and the request was not carried out; try again in a moment';

/**
 * A lost or refused database connection (SQLSTATE class 08, or 57P01-57P03:
 * terminated by an administrator, crash, or the server not accepting
 * connections yet). The transaction was rolled back, so retrying is safe.
 */
export function isConnectionLoss(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string; name?: string };
  // TypeORM releases a transaction's runner when its connection dies; the next statement then reports this.
  if (e?.name === 'QueryRunnerAlreadyReleasedError' || e?.name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  const code = e?.driverError?.code ?? e?.code;
  if (typeof code === 'string' && (/^08/.test(code) || /^57P0[123]$/.test(code))) return true;
  return /Connection terminated|connection (timeout|terminated)|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect/i.test(e?.message ?? '');
}

/** True when the error is expected and its message may reach the client. */
export function isClientSafe(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError || isConnectionLoss(original)) return true;
  return original instanceof GraphQLError && original === error && REQUEST_ERROR_CODES.has(String(original.extensions.code));
}

/**
 * Apollo's formatError: expected errors keep their code and message; anything
 * else is masked (it is logged with the request id by the error-logging
 * plugin). Values echoed by GraphQL's variable coercion are removed, since
 * they may be personal data.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isConnectionLoss(original)) {
    return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.ServiceUnavailable } };
  }
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
  }
  let code = String(formatted.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED');
  if (isClientSafe(error) || (!formatted.extensions?.code && original === error && error instanceof GraphQLError)) {
    if (TOKEN_LIMIT.test(formatted.message)) {
      // graphql-js names the limit; like the other limits, it is not revealed.
      return { message: 'The query is larger than this service accepts', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    }
    // Apollo gives every validation error its code; a literal that cannot be stored is bad input.
    if (formatted.message.includes(UNSTORABLE_MESSAGE)) code = ErrorCode.BadUserInput;
    return { message: withoutEchoedValues(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.Internal } };
}

/**
 * GraphQL's coercion messages quote the rejected value. Rebuilt from the
 * variable name and path only, so no part of a value (a CPR number typed
 * into the wrong field, say) can come back in an error.
 */
export function withoutEchoedValues(message: string): string {
  const variable = /^Variable "(\$\w+)" got invalid value/.exec(message);
  if (variable) {
    const path = / at "([\w.[\]]+)"; /.exec(message);
    return `Variable "${variable[1]}" got an invalid value${path ? ` at "${path[1]}"` : ''}; check its type in the schema`;
  }
  return message
    .replace(/(Expected value of type "[^"]+", found) .*$/s, '$1 an invalid value.')
    .replace(/^Value ".*" does not exist in "(\w+)" enum\..*$/s, 'The value is not one of the "$1" enum.')
    .replace(/^(Enum "\w+"|\w+) cannot represent .*?value: .*$/s, '$1 cannot represent this value.')
    .replace(/^Unknown operation named ".*"\.?$/s, 'No operation has the given operationName.')
    // Anything else still quoting a long run of digits (a CPR number as an alias or name, say) loses it.
    .replace(/"[^"]*\d{4,}[^"]*"/g, '"…"')
    // and no run of six digits (a CPR number's date) survives anywhere in a message.
    .replace(/\d{6,}/g, '…');
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more th\w+ \d+ tokens/;
