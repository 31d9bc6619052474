import { Body, Controller, Get, Header, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../platform/auth/allow.decorator';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { SessionIssuer } from '../sessions/session-issuer';
import { SignedInPeople } from '../sessions/signed-in-people';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Development sign-in: pick a person and be them. Never in production (the
 * configuration refuses DEV_SIGN_IN there and these routes answer 404).
 * Public by design, and only because it does not exist where it would matter.
 */
@Controller('auth/dev')
export class DevSignInController {
  constructor(
    private readonly people: SignedInPeople,
    private readonly issuer: SessionIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('people')
  @Header('cache-control', 'no-store')
  async list(@Res() res: Response): Promise<void> {
    if (!this.config.web.devSignIn) return notAvailable(res);
    const people = await this.people.everyone();
    res.json({ people: people.map(({ staffId, displayName, department, municipalityId, municipality, roles }) => ({ staffId, displayName, department, municipalityId, municipality, roles })) });
  }

  @Public()
  @Post('sign-in')
  async signIn(@Req() req: Request, @Res() res: Response, @Body() body: unknown): Promise<void> {
    if (!this.config.web.devSignIn) return notAvailable(res);
    // JSON only (a cross-site HTML form cannot send it), with a staff id and nothing else read.
    const { staffId, municipalityId } = (req.is('application/json') && body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const valid = typeof staffId === 'string' && UUID.test(staffId) && typeof municipalityId === 'string' && UUID.test(municipalityId);
    const person = valid ? await this.people.byStaffId(municipalityId, staffId) : null;
    if (!person) {
      res.status(400).json({ errors: [{ message: 'Choose one of the people on the list', extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    await this.issuer.signIn(req, res, person);
    res.status(204).end();
  }
}

function notAvailable(res: Response): void {
  res.status(404).json({ errors: [{ message: 'Development sign-in is not available here', extensions: { code: 'NOT_FOUND' } }] });
}
