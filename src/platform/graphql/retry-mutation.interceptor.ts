import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { GraphQLContext } from './graphql-context';

export const MAX_ATTEMPTS = 3;
const RETRYABLE = new Set(['40P01', '40001']); // deadlock_detected, serialization_failure

/**
 * Runs each mutation in a savepoint of the request's transaction. When
 * PostgreSQL picks it as a deadlock victim (or reports a serialization
 * failure), the savepoint is rolled back, which releases its locks, and the
 * mutation runs again, with fresh loaders (so it re-reads what it changes): at
 * most MAX_ATTEMPTS times, with a short jittered wait.
 */
@Injectable()
export class RetryMutationInterceptor implements NestInterceptor {
  private readonly logger = new Logger(RetryMutationInterceptor.name);

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const graphqlContext = gql.getContext<GraphQLContext>();
    if (gql.getInfo()?.parentType?.name !== 'Mutation' || !graphqlContext.unitOfWork?.municipalityId) return next.handle();
    return from(this.withRetries(graphqlContext, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async withRetries(context: GraphQLContext, run: () => Promise<unknown>): Promise<unknown> {
    const manager = await context.unitOfWork.manager();
    for (let attempt = 1; ; attempt++) {
      await manager.query('SAVEPOINT mutation_attempt');
      try {
        // Not released: COMMIT releases it, and a later mutation's savepoint of the same name is the one a retry rolls back to (the newest), so RELEASE was a round trip for nothing.
        return await run();
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT mutation_attempt');
        // The rollback undid the rows; the loaders still hold what the attempt read and changed.
        context.unitOfWork.resetLoaders();
        this.logger.warn({ msg: 'retrying mutation', requestId: context.requestId, sqlState: code, attempt });
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
      }
    }
  }
}
