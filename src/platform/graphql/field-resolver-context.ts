import { Principal } from '../auth/principal';
import { GraphQLContext } from './graphql-context';

/**
 * Field resolvers take GraphQL's own arguments, (parent, args, context),
 * without @Parent() or @CurrentPrincipal(): @nestjs/graphql then hands the
 * method to graphql-js as it is, instead of wrapping every call in its
 * execution context, parameter pipes and interceptor chain (several promises
 * per value; a preparation read resolves ~800 fields). Field resolvers run
 * no guards or interceptors here (fieldResolverEnhancers is empty), and the
 * global pipes never looked at a parent or the principal (ClientInputPipes),
 * so nothing else changes. Field resolvers with @Args keep the decorators:
 * client input goes through the pipes.
 */
export type NoArgs = Record<string, never>;

/** The verified caller. Only on operations the guard let through with a role, so it is always set. */
export function principalOf(context: GraphQLContext): Principal {
  if (!context.principal) throw new Error('A field needing the caller was reached by an operation without a role declaration');
  return context.principal;
}
