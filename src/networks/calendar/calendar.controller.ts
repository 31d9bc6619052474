import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../platform/auth/allow.decorator';
import { CalendarFeedService } from './calendar-feed.service';

/** HTTP dates have whole seconds: compare at that precision. */
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Calendar apps subscribe without a bearer token: the unguessable, revocable
 * URL is the credential. Every answer carries an ETag (a hash of the bytes)
 * and Last-Modified (the latest change in the feed), so a client that polls
 * every few minutes is answered 304 until something changed.
 */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const feed = await this.feeds.render(file.replace(/\.ics$/, ''));
    if (feed === null) throw new NotFoundException({ errors: [{ message: 'No such calendar', extensions: { code: 'NOT_FOUND' } }] });
    res.setHeader('cache-control', 'private, max-age=300');
    res.setHeader('etag', feed.etag);
    res.setHeader('last-modified', feed.lastModified.toUTCString());
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    const since = ifModifiedSince ? Date.parse(ifModifiedSince) : NaN;
    const unchanged = ifNoneMatch !== undefined
      ? ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).includes(feed.etag)
      : !Number.isNaN(since) && seconds(feed.lastModified) <= Math.floor(since / 1000);
    if (unchanged) {
      res.status(304).end();
      return;
    }
    res.status(200).type('text/calendar; charset=utf-8').send(feed.body);
  }
}
