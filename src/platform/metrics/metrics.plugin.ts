import { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationDefinitionNode } from 'graphql';
import { Metrics } from './metrics.service';

/** "meeting", "saveMinutes", "meeting+me": the root fields of a validated operation, so only names the schema defines. */
export function rootFieldsOf(operation: OperationDefinitionNode): string {
  const names = operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD && selection.name.value !== '__typename' ? [selection.name.value] : []));
  const unique = [...new Set(names)].sort();
  if (unique.length === 0) return 'none';
  return unique.length > 3 ? 'several' : unique.join('+');
}

/** Counts and times each GraphQL request by root field, type and result code. Requests that do not parse or validate count as `invalid`. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'invalid';
      let type = 'unknown';
      return {
        async didResolveOperation({ operation: resolved }) {
          if (!resolved) return;
          operation = rootFieldsOf(resolved);
          type = resolved.operation;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
          metrics.graphqlRequests.inc({ operation, type, code });
          metrics.graphqlDuration.observe({ operation, type }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
