import { Injectable } from '@nestjs/common';
import { SessionAuthenticator } from '../../platform/auth/session-authentication';
import { Authentication } from '../../platform/auth/token-verifier.service';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { CSRF_HEADER, readCookie, SECURE_SESSION_COOKIE, SESSION_COOKIE } from './session-cookie';
import { WebSessions } from './web-sessions';

export const CSRF_REFUSED = 'CSRF_TOKEN_INVALID';

/**
 * A browser's GraphQL request: the session cookie says who, the CSRF header
 * proves the request comes from our own page. Either missing or wrong is a
 * coded refusal, never a fall-back to anonymous with the cookie ignored.
 */
@Injectable()
export class CookieSessionAuthenticator implements SessionAuthenticator {
  constructor(private readonly sessions: WebSessions) {}

  async authenticate(request: Parameters<SessionAuthenticator['authenticate']>[0]): Promise<Authentication | null> {
    const token = sessionToken(request.headers);
    if (token === undefined) return null;
    const presented = request.headers[CSRF_HEADER];
    if (!this.sessions.csrfMatches(token, typeof presented === 'string' ? presented : undefined)) {
      return { error: new AppError(CSRF_REFUSED, 'This request did not come from the web client (missing or wrong X-CSRF-Token); reload the page') };
    }
    try {
      const owner = await this.sessions.resume(token);
      if (!owner) return { error: new AppError(ErrorCode.Unauthenticated, 'Your session has ended; sign in again') };
      return { claims: { subject: owner.subject, municipalityId: owner.municipalityId } };
    } catch {
      return { error: new AppError(ErrorCode.ServiceUnavailable, 'Sign-in could not be checked just now; try again shortly') };
    }
  }
}

export function sessionToken(headers: Parameters<typeof readCookie>[0]): string | undefined {
  return readCookie(headers, SECURE_SESSION_COOKIE) ?? readCookie(headers, SESSION_COOKIE);
}
