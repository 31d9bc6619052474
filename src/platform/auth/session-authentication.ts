import type { IncomingHttpHeaders } from 'node:http';
import type { Authentication } from './token-verifier.service';

/**
 * Authenticates a browser's request by its session cookie. Null when the
 * request carries no session cookie (it may still carry a bearer token, or
 * nothing). Provided by the sign-in area; the platform knows only this.
 */
export interface SessionAuthenticator {
  authenticate(request: { method?: string; headers: IncomingHttpHeaders }): Promise<Authentication | null>;
}

export const SESSION_AUTHENTICATOR = Symbol('SessionAuthenticator');
