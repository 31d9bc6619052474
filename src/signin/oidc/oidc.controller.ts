import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../platform/auth/allow.decorator';
import { LOGIN_COOKIE, readCookie, serializeCookie } from '../sessions/session-cookie';
import { SessionIssuer } from '../sessions/session-issuer';
import { OidcSignIn, PENDING_SIGN_IN_SECONDS } from './oidc-sign-in';

const CALLBACK_PATH = '/auth';

/** The browser's round trip through the identity provider. Public: this is how one signs in. */
@Controller('auth')
export class OidcController {
  constructor(
    private readonly signIn: OidcSignIn,
    private readonly issuer: SessionIssuer,
  ) {}

  @Public()
  @Get('login')
  async login(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo?: string): Promise<void> {
    if (!this.signIn.enabled) return res.redirect(303, '/log-ind?fejl=IKKE_OPSAT');
    try {
      const { url, pending } = await this.signIn.begin(typeof returnTo === 'string' ? returnTo : '/');
      res.append('set-cookie', serializeCookie(LOGIN_COOKIE, pending, { secure: this.issuer.secure(req), maxAgeSeconds: PENDING_SIGN_IN_SECONDS, path: CALLBACK_PATH }));
      res.setHeader('cache-control', 'no-store');
      res.redirect(303, url);
    } catch {
      res.redirect(303, '/log-ind?fejl=UDBYDER_SVARER_IKKE');
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.signIn.enabled) return res.redirect(303, '/log-ind?fejl=IKKE_OPSAT');
    const outcome = await this.signIn.complete(req.originalUrl, readCookie(req.headers, LOGIN_COOKIE));
    res.append('set-cookie', serializeCookie(LOGIN_COOKIE, '', { secure: this.issuer.secure(req), maxAgeSeconds: 0, path: CALLBACK_PATH }));
    res.setHeader('cache-control', 'no-store');
    if ('refused' in outcome) return res.redirect(303, `/log-ind?fejl=${outcome.refused === 'NOT_STAFF' ? 'IKKE_ANSAT' : 'MISLYKKEDES'}`);
    await this.issuer.signIn(req, res, outcome.person);
    res.redirect(303, outcome.returnTo);
  }
}
