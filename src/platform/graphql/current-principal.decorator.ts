import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Principal } from '../auth/principal';
import { GraphQLContext } from './graphql-context';

/** The verified caller. Only on operations the guard let through with a role, so it is always set. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = GqlExecutionContext.create(context).getContext<GraphQLContext>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on an operation without a role declaration');
  return principal;
});
