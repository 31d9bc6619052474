import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimits } from './rate-limits';
import { TokenVerifier } from '../auth/token-verifier.service';
import { PRINCIPAL_DIRECTORY, PrincipalDirectory } from '../auth/principal';
import { SESSION_AUTHENTICATOR, SessionAuthenticator } from '../auth/session-authentication';
import { AppError, ErrorCode } from '../errors/app-error';
import { isConnectionLoss, DATABASE_UNAVAILABLE_MESSAGE } from './error-formatting';
import { GraphQLContext, ScopedRequest } from './graphql-context';
import { RequestEndedError } from '../database/unit-of-work';

export const NOT_ACTIVE_STAFF_MESSAGE = 'Your account is not registered as active staff in this municipality';

@Injectable()
export class GraphQLContextFactory implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly limits: RateLimits;

  constructor(
    private readonly tokens: TokenVerifier,
    @Inject(PRINCIPAL_DIRECTORY) private readonly directory: PrincipalDirectory,
    @Inject(SESSION_AUTHENTICATOR) private readonly sessions: SessionAuthenticator,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = new RateLimits({ ...config.limits, keySecret: config.crypto.cprHashSecret });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Redis away at start: the instance serves on its own counters after 2 s rather than waiting for it.
    await this.limits.whenReady(2_000);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.limits.close();
  }

  /** The per-address limiter, for the HTTP layer (same counters for the whole application). */
  addressMiddleware() {
    return this.limits.addressMiddleware();
  }

  async create(req: ScopedRequest): Promise<GraphQLContext> {
    const unitOfWork = req.unitOfWork;
    if (!unitOfWork) throw new Error('request-scope middleware did not run before GraphQL');
    const context: GraphQLContext = { req, requestId: String(req.id ?? ''), unitOfWork };
    // A bearer token (API clients) wins; a browser is known by its session cookie (and must prove the page is ours: CSRF).
    const authentication = req.headers.authorization
      ? await this.tokens.authenticate(req.headers.authorization)
      : ((await this.sessions.authenticate(req)) ?? { anonymous: true as const });
    if ('claims' in authentication) {
      const { claims } = authentication;
      // The only place the tenant is chosen: from the verified token.
      unitOfWork.setTenant(claims.municipalityId);
      context.rateLimited = await this.limits.forUser(`${claims.municipalityId}:${claims.subject}`);
      // Who the caller is comes from the municipality's records, looked up in this request's transaction.
      try {
        const principal = await this.directory.resolve(claims);
        if (principal) context.principal = principal;
        else context.authError = new AppError(ErrorCode.Forbidden, NOT_ACTIVE_STAFF_MESSAGE);
      } catch (error) {
        // A client that already left, or a lost connection: a coded refusal, not a failed context (which Apollo answers 500).
        if (!isConnectionLoss(error) && !(error instanceof AppError) && !(error instanceof RequestEndedError)) throw error;
        context.authError = error instanceof AppError ? error : new AppError(ErrorCode.ServiceUnavailable, DATABASE_UNAVAILABLE_MESSAGE);
      }
    } else if ('error' in authentication) {
      context.authError = authentication.error;
    }
    return context;
  }
}
