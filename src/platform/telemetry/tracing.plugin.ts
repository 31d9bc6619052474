import { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { rootFieldsOf } from '../metrics/metrics.plugin';

const tracer = trace.getTracer('nsk-networks');

/**
 * One span per GraphQL request, named by its type and root fields
 * (`graphql query meeting`), never by the operation name or the variables a
 * client sent. Without tracing configured the API's tracer does nothing.
 */
export function tracingPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const span = tracer.startSpan('graphql');
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          const fields = rootFieldsOf(operation);
          span.updateName(`graphql ${operation.operation} ${fields}`);
          span.setAttributes({ 'graphql.operation.type': operation.operation, 'nsk.graphql.root_fields': fields });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.length) {
            span.setAttribute('error.type', String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
  };
}
