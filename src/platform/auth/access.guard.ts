import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, ErrorCode } from '../errors/app-error';
import { GraphQLContext } from '../graphql/graphql-context';
import { ACCESS_KEY, AccessDeclaration } from './allow.decorator';
import { hasAnyRole } from './principal';

/**
 * Global guard. Denies by default: a query, mutation or route without an
 * @Allow or @Public declaration is refused, so a forgotten declaration fails
 * closed rather than open.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!declaration) {
      this.logger.error({ msg: 'operation has no access declaration', handler: `${context.getClass().name}.${context.getHandler().name}` });
      throw new AppError(ErrorCode.Forbidden, 'This operation is not available');
    }
    if ('public' in declaration) return true;

    const { principal, authError } = this.caller(context);
    if (!principal) throw authError ?? new AppError(ErrorCode.Unauthenticated, 'Sign in: this operation needs a bearer token');
    if (!hasAnyRole(principal, declaration.roles)) {
      throw new AppError(ErrorCode.Forbidden, `This operation needs the role ${declaration.roles.join(' or ')}`);
    }
    return true;
  }

  private caller(context: ExecutionContext): Partial<Pick<GraphQLContext, 'principal' | 'authError'>> {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<GraphQLContext>();
    return {}; // REST routes carry no bearer token: only @Public ones are reachable.
  }
}
