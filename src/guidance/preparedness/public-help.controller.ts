import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Public } from '../../platform/auth/allow.decorator';
import { webStylesheet } from '../../platform/web-client/web-client';
import { renderPublicHelp } from './public-help.page';
import { PublicHelpService } from './public-help.service';

/** Public by design: what a municipality publishes on where to turn, for citizens and staff alike. */
@Controller('hjaelp')
export class PublicHelpController {
  constructor(private readonly help: PublicHelpService) {}

  @Public()
  @Get(':code')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  @Header('content-security-policy', "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
  @Header('x-content-type-options', 'nosniff')
  async page(@Param('code') code: string): Promise<string> {
    const help = await this.help.forCode(code);
    if (!help) throw new NotFoundException({ errors: [{ message: 'No such municipality', extensions: { code: 'NOT_FOUND' } }] });
    return renderPublicHelp(help, webStylesheet());
  }
}
