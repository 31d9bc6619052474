import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Public } from '../../platform/auth/allow.decorator';
import { CalendarFeedService } from './calendar-feed.service';

/** Calendar apps subscribe without a bearer token: the unguessable, revocable URL is the credential. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  async feed(@Param('file') file: string): Promise<string> {
    const calendar = await this.feeds.render(file.replace(/\.ics$/, ''));
    if (calendar === null) throw new NotFoundException({ errors: [{ message: 'No such calendar', extensions: { code: 'NOT_FOUND' } }] });
    return calendar;
  }
}
