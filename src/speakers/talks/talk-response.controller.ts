import { Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../platform/auth/allow.decorator';
import { AppError } from '../../platform/errors/app-error';
import { webStylesheet } from '../../platform/web-client/web-client';
import { LinkErrorCode } from './talk-links';
import { renderReplyDone, renderReplyForm, renderReplyRefused } from './talk-reply.page';
import { TalkStatus } from './talk.entity';
import { TalkService } from './talk.service';

const STATUS_BY_CODE: Record<string, number> = { [LinkErrorCode.Invalid]: 400, [LinkErrorCode.Expired]: 410, [LinkErrorCode.Used]: 409 };
const PAGE_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

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
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header('content-security-policy', PAGE_POLICY)
  @Header('referrer-policy', 'no-referrer')
  async show(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const value = typeof token === 'string' ? token : '';
    return this.refusalPage(res, async () => renderReplyForm(await this.talks.describeLink(value), value, webStylesheet()));
  }

  @Public()
  @Post('respond')
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header('content-security-policy', PAGE_POLICY)
  @Header('referrer-policy', 'no-referrer')
  async answer(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.refusalPage(res, async () => {
      const { status } = await this.talks.respond(typeof token === 'string' ? token : '');
      return renderReplyDone(status === TalkStatus.CONFIRMED, webStylesheet());
    });
  }

  /** A refused link is a Danish page with the status that says why; anything else is a real error. */
  private async refusalPage(res: Response, work: () => Promise<string>): Promise<string> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError && STATUS_BY_CODE[error.code]) {
        res.status(STATUS_BY_CODE[error.code]);
        res.setHeader('x-error-code', error.code);
        return renderReplyRefused(error.code, webStylesheet());
      }
      throw error;
    }
  }
}
