import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../platform/auth/allow.decorator';
import { LinkPageHeaders, renderLinkPage } from '../../platform/web-client/link-page';
import { webStylesheet } from '../../platform/web-client/web-client';
import { LinkErrorCode } from './talk-links';
import { renderReplyDone, renderReplyForm, renderReplyRefused } from './talk-reply.page';
import { TalkStatus } from './talk.entity';
import { TalkService } from './talk.service';

const STATUS_BY_CODE: Record<string, number> = { [LinkErrorCode.Invalid]: 400, [LinkErrorCode.Expired]: 410, [LinkErrorCode.Used]: 409 };

/**
 * Where a speaker's confirm/decline link lands. The signed token is the
 * credential (there is no account). Mail security scanners open every link
 * in a mail, so GET and HEAD only show the talk with a button; the button's
 * POST records the answer. Every answer is a Danish page.
 */
@Controller('talks')
export class TalkResponseController {
  constructor(private readonly talks: TalkService) {}

  @Public()
  @Get('respond')
  @LinkPageHeaders()
  async show(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const value = typeof token === 'string' ? token : '';
    return this.refusalPage(res, async () => renderReplyForm(await this.talks.describeLink(value), value, webStylesheet()));
  }

  @Public()
  @Post('respond')
  @HttpCode(200)
  @LinkPageHeaders()
  async answer(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.refusalPage(res, async () => {
      const { status } = await this.talks.respond(typeof token === 'string' ? token : '');
      return renderReplyDone(status === TalkStatus.CONFIRMED, webStylesheet());
    });
  }

  /** A refused link is a Danish page with the status that says why; anything else is a real error. */
  private refusalPage(res: Response, work: () => Promise<string>): Promise<string> {
    return renderLinkPage(res, STATUS_BY_CODE, (code) => renderReplyRefused(code, webStylesheet()), work);
  }
}
