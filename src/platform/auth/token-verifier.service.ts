import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppError, ErrorCode } from '../errors/app-error';
import { Principal } from './principal';
import { ALL_ROLES, Role } from './role.enum';

/** Claims beyond the registered ones that a token must carry. */
export const MUNICIPALITY_CLAIM = 'municipality_id';
export const ROLES_CLAIM = 'roles';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Authentication = { principal: Principal } | { error: AppError } | { anonymous: true };

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
      return { principal: toPrincipal(payload) };
    } catch (error) {
      return { error: toAuthError(error) };
    }
  }

  private async verify(token: string): Promise<JWTPayload> {
    const options = { issuer: this.config.auth.issuer, audience: this.config.auth.audience, clockTolerance: 30 };
    if (this.jwks) return (await jwtVerify(token, this.jwks, options)).payload;
    if (this.secret) return (await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] })).payload;
    throw unauthenticated('Token verification is not configured');
  }
}

function toPrincipal(payload: JWTPayload): Principal {
  const municipalityId = payload[MUNICIPALITY_CLAIM];
  const roles = payload[ROLES_CLAIM] ?? [Role.STAFF];
  if (!payload.sub) throw unauthenticated('The token has no subject');
  if (typeof municipalityId !== 'string' || !UUID.test(municipalityId)) {
    throw unauthenticated(`The token has no valid ${MUNICIPALITY_CLAIM} claim`);
  }
  if (!Array.isArray(roles) || !roles.every((role) => ALL_ROLES.includes(role as Role))) {
    throw unauthenticated(`The token's ${ROLES_CLAIM} claim holds an unknown role`);
  }
  // Everyone who signs in is staff; admin and DPO are added on top.
  const withStaff = new Set<Role>([Role.STAFF, ...(roles as Role[])]);
  return { subject: payload.sub, municipalityId: municipalityId.toLowerCase(), roles: [...withStaff] };
}

function toAuthError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof errors.JWTExpired) return unauthenticated('The token has expired; sign in again');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return unauthenticated(`The token's ${error.claim} claim is not accepted here`);
  }
  return unauthenticated('The token could not be verified');
}

const unauthenticated = (message: string) => new AppError(ErrorCode.Unauthenticated, message);
