import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../platform/auth/allow.decorator';
import { LinkPageHeaders, renderLinkPage } from '../../platform/web-client/link-page';
import { webStylesheet } from '../../platform/web-client/web-client';
import { NotificationService } from './notification.service';
import { renderUnsubscribed, renderUnsubscribeForm, renderUnsubscribeRefused } from './unsubscribe.page';
import { UnsubscribeErrorCode } from './unsubscribe-links';

const STATUS_BY_CODE: Record<string, number> = { [UnsubscribeErrorCode.Invalid]: 400, [UnsubscribeErrorCode.Expired]: 410 };

/**
 * The List-Unsubscribe link of member notifications. The signed token is the
 * credential (who, which kind). GET and HEAD show a page with a button and
 * change nothing, since mail scanners open links; a POST unsubscribes, which
 * is both that button and a mail client's one-click unsubscribe (RFC 8058:
 * a POST of `List-Unsubscribe=One-Click`, no cookies, no page). Doing it
 * twice changes nothing. Every answer is a Danish page.
 */
@Controller('notifikationer')
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationService) {}

  @Public()
  @Get('afmeld')
  @LinkPageHeaders()
  async show(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const value = typeof token === 'string' ? token : '';
    return this.refusalPage(res, async () => renderUnsubscribeForm(await this.notifications.describeUnsubscribe(value), value, webStylesheet()));
  }

  @Public()
  @Post('afmeld')
  @HttpCode(200)
  @LinkPageHeaders()
  async unsubscribe(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.refusalPage(res, async () => renderUnsubscribed(await this.notifications.unsubscribe(typeof token === 'string' ? token : ''), webStylesheet()));
  }

  private refusalPage(res: Response, work: () => Promise<string>): Promise<string> {
    return renderLinkPage(res, STATUS_BY_CODE, (code) => renderUnsubscribeRefused(code, webStylesheet()), work);
  }
}
