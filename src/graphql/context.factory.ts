import { Injectable } from '@nestjs/common';
import { TokenVerifier } from '../auth/token-verifier.service';
import { GraphQLContext, ScopedRequest } from './graphql-context';

@Injectable()
export class GraphQLContextFactory {
  constructor(private readonly tokens: TokenVerifier) {}

  async create(req: ScopedRequest): Promise<GraphQLContext> {
    const unitOfWork = req.unitOfWork;
    if (!unitOfWork) throw new Error('request-scope middleware did not run before GraphQL');
    const context: GraphQLContext = { req, requestId: String(req.id ?? ''), unitOfWork };
    const authentication = await this.tokens.authenticate(req.headers.authorization);
    if ('principal' in authentication) {
      context.principal = authentication.principal;
      // The only place the tenant is chosen: from the verified token.
      unitOfWork.setTenant(authentication.principal.municipalityId);
    } else if ('error' in authentication) {
      context.authError = authentication.error;
    }
    return context;
  }
}
