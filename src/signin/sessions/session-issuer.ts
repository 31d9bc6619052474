import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { sessionToken } from './cookie-session-authenticator';
import { serializeCookie, sessionCookieName, SESSION_COOKIE, SECURE_SESSION_COOKIE } from './session-cookie';
import { SignedInPerson } from './signed-in-people';
import { WebSessions } from './web-sessions';

/** Starts and ends a browser's session: the database row and the cookie together. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly sessions: WebSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Over https (directly, or behind a proxy TRUST_PROXY believes), and wherever the public address is https. */
  secure(req: Request): boolean {
    return req.secure || this.config.publicBaseUrl.startsWith('https://');
  }

  async signIn(req: Request, res: Response, person: SignedInPerson): Promise<void> {
    // A sign-in always gets a new secret (no fixation), and ends the session the browser had.
    await this.sessions.end(sessionToken(req.headers));
    const { token, maxAgeSeconds } = await this.sessions.start(person);
    const secure = this.secure(req);
    res.append('set-cookie', serializeCookie(sessionCookieName(secure), token, { secure, maxAgeSeconds }));
  }

  async signOut(req: Request, res: Response): Promise<void> {
    await this.sessions.end(sessionToken(req.headers));
    const secure = this.secure(req);
    for (const name of [SESSION_COOKIE, SECURE_SESSION_COOKIE]) {
      if (name === SECURE_SESSION_COOKIE && !secure) continue;
      res.append('set-cookie', serializeCookie(name, '', { secure: name === SECURE_SESSION_COOKIE || secure, maxAgeSeconds: 0 }));
    }
  }
}
