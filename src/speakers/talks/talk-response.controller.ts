import { Controller, Get, Header, HttpException, Query } from '@nestjs/common';
import { Public } from '../../platform/auth/allow.decorator';
import { AppError } from '../../platform/errors/app-error';
import { LinkErrorCode } from './talk-links';
import { TalkStatus } from './talk.entity';
import { TalkService } from './talk.service';

const STATUS_BY_CODE: Record<string, number> = { [LinkErrorCode.Invalid]: 400, [LinkErrorCode.Expired]: 410, [LinkErrorCode.Used]: 409 };

/** Where a speaker's confirm/decline link lands. The signed token is the credential; there is no account. */
@Controller('talks')
export class TalkResponseController {
  constructor(private readonly talks: TalkService) {}

  @Public()
  @Get('respond')
  @Header('content-type', 'text/plain; charset=utf-8')
  @Header('cache-control', 'no-store')
  async respond(@Query('token') token?: string): Promise<string> {
    try {
      const { status } = await this.talks.respond(String(token ?? ''));
      return status === TalkStatus.CONFIRMED ? 'Tak. Dit oplæg er bekræftet.' : 'Tak for svaret. Vi har registreret, at du ikke kan deltage.';
    } catch (error) {
      if (error instanceof AppError && STATUS_BY_CODE[error.code]) {
        throw new HttpException({ errors: [{ message: error.message, extensions: { code: error.code } }] }, STATUS_BY_CODE[error.code]);
      }
      throw error;
    }
  }
}
