import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Principal } from '../auth/principal';
import { principalOf } from './field-resolver-context';
import { GraphQLContext } from './graphql-context';

/** The verified caller. Only on operations the guard let through with a role, so it is always set. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => principalOf(GqlExecutionContext.create(context).getContext<GraphQLContext>()));
