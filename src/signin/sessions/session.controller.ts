import { Controller, Get, Header, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../platform/auth/allow.decorator';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { CSRF_REFUSED, sessionToken } from './cookie-session-authenticator';
import { CSRF_HEADER } from './session-cookie';
import { SessionIssuer } from './session-issuer';
import { SignedInPeople } from './signed-in-people';
import { WebSessions } from './web-sessions';

/**
 * The web client's view of its session. Public: these routes are how a
 * browser without a session learns how to get one.
 */
@Controller('auth')
export class SessionController {
  constructor(
    private readonly sessions: WebSessions,
    private readonly people: SignedInPeople,
    private readonly issuer: SessionIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Who is signed in and the CSRF token for their requests, or how to sign in. */
  @Public()
  @Get('session')
  @Header('cache-control', 'no-store')
  async session(@Req() req: Request) {
    const methods = { dev: this.config.web.devSignIn, oidc: Boolean(this.config.web.oidc) };
    const token = sessionToken(req.headers);
    const owner = await this.sessions.resume(token);
    const person = owner && (await this.people.byStaffId(owner.municipalityId, owner.staffId));
    if (!token || !person) return { signedIn: false, methods };
    return {
      signedIn: true,
      csrfToken: this.sessions.csrfToken(token),
      idleMinutes: this.config.web.sessionIdleMinutes,
      // Role names as the GraphQL schema spells them.
      person: { staffId: person.staffId, displayName: person.displayName, department: person.department, municipality: person.municipality, roles: person.roles.map((role) => role.toUpperCase()) },
    };
  }

  @Public()
  @Post('sign-out')
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = sessionToken(req.headers);
    const presented = req.headers[CSRF_HEADER];
    if (token && !this.sessions.csrfMatches(token, typeof presented === 'string' ? presented : undefined)) {
      res.status(403).json({ errors: [{ message: 'Sign-out must come from the web client (X-CSRF-Token)', extensions: { code: CSRF_REFUSED } }] });
      return;
    }
    await this.issuer.signOut(req, res);
    res.status(204).end();
  }
}
