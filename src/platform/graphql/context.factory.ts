import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimits } from './rate-limits';
import { TokenVerifier } from '../auth/token-verifier.service';
import { GraphQLContext, ScopedRequest } from './graphql-context';

@Injectable()
export class GraphQLContextFactory {
  private readonly limits: RateLimits;

  constructor(
    private readonly tokens: TokenVerifier,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = new RateLimits(config.limits);
  }

  /** The per-address limiter, for the HTTP layer (same counters for the whole application). */
  addressMiddleware() {
    return this.limits.addressMiddleware();
  }

  async create(req: ScopedRequest): Promise<GraphQLContext> {
    const unitOfWork = req.unitOfWork;
    if (!unitOfWork) throw new Error('request-scope middleware did not run before GraphQL');
    const context: GraphQLContext = { req, requestId: String(req.id ?? ''), unitOfWork };
    const authentication = await this.tokens.authenticate(req.headers.authorization);
    if ('principal' in authentication) {
      context.principal = authentication.principal;
      // The only place the tenant is chosen: from the verified token.
      unitOfWork.setTenant(authentication.principal.municipalityId);
      context.rateLimited = await this.limits.forUser(`${authentication.principal.municipalityId}:${authentication.principal.subject}`);
    } else if ('error' in authentication) {
      context.authError = authentication.error;
    }
    return context;
  }
}
