import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Typed GraphQL documents: gql.tada reads the schema's introspection
 * (generated from ../schema.gql by `gql.tada generate output`, which the
 * build and the type check run first), so a query that does not fit the API
 * fails the type check, and its result type follows from the query text.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; ID: string };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';
