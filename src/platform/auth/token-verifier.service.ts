import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppError, ErrorCode } from '../errors/app-error';
import { TokenClaims } from './principal';
import { ALL_ROLES, Role } from './role.enum';

/** Claims beyond the registered ones that a token must carry. */
export const MUNICIPALITY_CLAIM = 'municipality_id';
export const ROLES_CLAIM = 'roles';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Authentication = { claims: TokenClaims } | { error: AppError } | { anonymous: true };

/**
 * Verifies bearer tokens with `jose`: against the identity provider's JWKS
 * (OIDC) when AUTH_JWKS_URL is set, otherwise against the development secret
 * (HS256). Never throws: the access guard decides whether a failure matters
 * for the operation being called.
 */
@Injectable()
export class TokenVerifier {
  private readonly jwks?: JWTVerifyGetKey;
  private readonly secret?: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.auth.jwksUrl) this.jwks = createRemoteJWKSet(new URL(config.auth.jwksUrl));
    else if (config.auth.devSecret) this.secret = new TextEncoder().encode(config.auth.devSecret);
  }

  async authenticate(authorization: string | undefined): Promise<Authentication> {
    if (!authorization) return { anonymous: true };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) return { error: unauthenticated('The Authorization header must be "Bearer <token>"') };
    try {
      const payload = await this.verify(match[1]);
      return { claims: toClaims(payload, this.config.auth.maxTokenLifetimeSeconds) };
    } catch (error) {
      return { error: toAuthError(error) };
    }
  }

  private async verify(token: string): Promise<JWTPayload> {
    // exp is required; nbf and iat are honoured by jose within the leeway.
    const options = { issuer: this.config.auth.issuer, audience: this.config.auth.audience, clockTolerance: CLOCK_LEEWAY_SECONDS, requiredClaims: ['exp', 'sub'] };
    if (this.jwks) return (await jwtVerify(token, this.jwks, options)).payload;
    if (this.secret) return (await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] })).payload;
    throw unauthenticated('Token verification is not configured');
  }
}

/** Largest difference between our clock and the identity provider's that a token's times may show. */
export const CLOCK_LEEWAY_SECONDS = 60;

function toClaims(payload: JWTPayload, maxLifetimeSeconds: number): TokenClaims {
  const municipalityId = payload[MUNICIPALITY_CLAIM];
  const roles = payload[ROLES_CLAIM];
  if (!payload.sub) throw unauthenticated('The token has no subject');
  const nowSeconds = Math.floor(Date.now() / 1000);
  // A token is good for at most the configured lifetime: from its iat when it has one, and from now in any case.
  const issuedAt = typeof payload.iat === 'number' ? payload.iat : nowSeconds;
  if (payload.exp! - Math.min(issuedAt, nowSeconds) > maxLifetimeSeconds + CLOCK_LEEWAY_SECONDS) {
    throw unauthenticated('The token lives longer than this service accepts; sign in again');
  }
  if (typeof payload.iat === 'number' && payload.iat > nowSeconds + CLOCK_LEEWAY_SECONDS) throw unauthenticated('The token was issued in the future');
  if (typeof municipalityId !== 'string' || !UUID.test(municipalityId)) {
    throw unauthenticated(`The token has no valid ${MUNICIPALITY_CLAIM} claim`);
  }
  if (roles !== undefined && (!Array.isArray(roles) || !roles.every((role) => ALL_ROLES.includes(role as Role)))) {
    throw unauthenticated(`The token's ${ROLES_CLAIM} claim holds an unknown role`);
  }
  return { subject: payload.sub, municipalityId: municipalityId.toLowerCase(), requestedRoles: roles as Role[] | undefined };
}

function toAuthError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof errors.JWTExpired) return unauthenticated('The token has expired; sign in again');
  if (error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing') {
    return unauthenticated(`The token has no ${error.claim} claim`);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return unauthenticated(`The token's ${error.claim} claim is not accepted here`);
  }
  return unauthenticated('The token could not be verified');
}

const unauthenticated = (message: string) => new AppError(ErrorCode.Unauthenticated, message);
