import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/app-error';
import { DATABASE_UNAVAILABLE_MESSAGE, INTERNAL_ERROR_MESSAGE, isClientSafe, isConnectionLoss } from './error-formatting';
import { GraphQLContext } from './graphql-context';
import { RequestEndedError } from '../database/unit-of-work';

/**
 * Ends each request's unit of work: commit when the operation succeeded,
 * roll back when any error occurred. A mutation request is all-or-nothing,
 * so after a rollback its data is withheld (it would describe writes that no
 * longer exist); so is the data of any request whose ledger entries (a read of
 * personal data is recorded) were rolled back with it: an audited read either
 * commits its entry or returns nothing. Also logs internal errors with the request id and adds the
 * id to masked errors so support can find the log line.
 */
export function unitOfWorkPlugin(options: { exposeDiagnostics: boolean }): ApolloServerPlugin<GraphQLContext> {
  const logger = new Logger('GraphQL');
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.rateLimited) throw contextValue.rateLimited;
        },
        async didEncounterErrors({ contextValue, errors }) {
          // A client that left is not a fault of the service: what its resolvers hit afterwards is not logged as one.
          if (contextValue.unitOfWork.endedByClient) {
            logger.log({ msg: 'client left before the answer; its work was rolled back', requestId: contextValue.requestId });
            return;
          }
          for (const error of errors) {
            if (isClientSafe(error) || unwrapResolverError(error) instanceof RequestEndedError) continue;
            logger.error({ msg: 'internal error', requestId: contextValue.requestId, err: describe(unwrapResolverError(error)) });
          }
        },
        async willSendResponse(requestContext) {
          await finishUnitOfWork(requestContext, logger);
          const { response, contextValue } = requestContext;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = result.errors?.map((error) => withReference(error, contextValue.requestId));
          if (options.exposeDiagnostics) {
            result.extensions = { ...result.extensions, diagnostics: { sqlStatements: contextValue.unitOfWork.statementCount } };
          }
        },
      };
    },
  };
}

async function finishUnitOfWork(requestContext: GraphQLRequestContextWillSendResponse<GraphQLContext>, logger: Logger) {
  const { response, contextValue, operation } = requestContext;
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  const succeeded = !body?.errors?.length;
  try {
    await contextValue.unitOfWork.finish(succeeded);
    // Rolled back: a mutation's data describes writes that no longer exist, and a
    // read that was recorded in the ledger lost its record, so neither is released.
    if (!succeeded && body && (operation?.operation === 'mutation' || contextValue.unitOfWork.recordedEvidence)) body.data = null;
  } catch (error) {
    logger.error({ msg: 'commit failed', requestId: contextValue.requestId, err: describe(error) });
    if (body) {
      body.data = null;
      body.errors = [
        isConnectionLoss(error)
          ? { message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.ServiceUnavailable } }
          : { message: INTERNAL_ERROR_MESSAGE, extensions: { code: ErrorCode.Internal } },
      ];
    }
  }
}

function withReference(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  if (error.extensions?.code !== ErrorCode.Internal) return error;
  return { ...error, extensions: { ...error.extensions, reference: requestId } };
}

/**
 * What is logged of an unexpected error. PostgreSQL's messages can quote the
 * offending value (personal data), so for database errors only the SQLSTATE,
 * the constraint and the routine are kept.
 */
export function describe(error: unknown): Record<string, unknown> {
  const e = error as { name?: string; code?: unknown; constraint?: string; routine?: string; stack?: string; message?: string };
  if (typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
    return { type: 'DatabaseError', sqlState: e.code, constraint: e.constraint, routine: e.routine };
  }
  return { type: e?.name ?? typeof error, stack: e?.stack ?? String(error) };
}
