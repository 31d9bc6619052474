import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { Metrics } from '../metrics/metrics.service';
import { metricsPlugin } from '../metrics/metrics.plugin';
import { tracingPlugin } from '../telemetry/tracing.plugin';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { GraphQLContextFactory } from './context.factory';
import { formatError } from './error-formatting';
import { ScopedRequest } from './graphql-context';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { unitOfWorkPlugin } from './unit-of-work.plugin';
import { digitRunNameRule, unstorableLiteralRule } from './request-hygiene';
import { idempotencyPlugin } from '../idempotency/idempotency.plugin';

/**
 * Limits sized for the deepest legitimate query (network -> meetings ->
 * agenda items -> talks -> speaker ...) with room to spare. exposeLimits is
 * off so a refusal does not tell an attacker where the line is.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 4000,
  maxCost: 20_000,
  maxDirectives: 30,
};

function armor() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: false, flattenFragments: true, ignoreIntrospection: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false },
    // Off: armor's token limit parses the document a second time and throws a
    // syntax error from inside Apollo's hook, which Apollo answers with a 500.
    // graphql-js enforces the same limit in its own parse (parseOptions below).
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Provides the context factory to the GraphQL module's async options. */
@Module({ providers: [GraphQLContextFactory], exports: [GraphQLContextFactory] })
class GraphQLContextModule {}

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [GraphQLContextModule],
      inject: [APP_CONFIG, GraphQLContextFactory, Metrics],
      useFactory: (config: AppConfig, contexts: GraphQLContextFactory, metrics: Metrics): ApolloDriverConfig => {
        const protection = armor();
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: config.graphql.introspection,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          csrfPrevention: true,
          // Order matters: the idempotency plugin stores its answer before the unit-of-work plugin commits.
          plugins: [
            // Answers are per user and never cached by HTTP caches; without this, Apollo hooks every field resolution to compute cache hints (~5 % of CPU under load).
            ApolloServerPluginCacheControlDisabled(),
            metricsPlugin(metrics),
            tracingPlugin(),
            ...protection.plugins,
            idempotencyPlugin(config.crypto.cprHashSecret, config.idempotency.ttlSeconds),
            unitOfWorkPlugin({ exposeDiagnostics: config.graphql.exposeDiagnostics }),
          ],
          validationRules: [...protection.validationRules, unstorableLiteralRule, digitRunNameRule],
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          // Not offered: a client sending a persisted-query hash gets PERSISTED_QUERY_NOT_SUPPORTED.
          persistedQueries: false,
          formatError,
          context: ({ req }: { req: ScopedRequest }) => contexts.create(req),
        };
      },
    }),
  ],
})
export class GraphQLModule {}
