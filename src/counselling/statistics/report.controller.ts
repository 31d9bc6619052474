import { Controller, Get, HttpException, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../platform/auth/allow.decorator';
import { AppError } from '../../platform/errors/app-error';
import { ReportLinkError } from './report-link';
import { ReportFormat } from './statistics.model';
import { ReportService } from './report.service';

const STATUS_BY_CODE: Record<string, number> = { [ReportLinkError.Invalid]: 400, [ReportLinkError.Expired]: 410 };

/** Where a report link lands. The signed, short-lived token is the credential, so a browser can open it. */
@Controller('reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Public()
  @Get('statistics')
  async statistics(@Res() response: Response, @Query('token') token?: string): Promise<void> {
    try {
      const report = await this.reports.render(String(token ?? ''));
      response
        .status(200)
        .set({
          'content-type': report.format === ReportFormat.CSV ? 'text/csv; charset=utf-8' : 'text/html; charset=utf-8',
          'content-disposition': `${report.format === ReportFormat.CSV ? 'attachment' : 'inline'}; filename="${report.filename}"`,
          'cache-control': 'no-store',
          // The page needs nothing from anywhere: no scripts, no fetches, no frames.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
          'referrer-policy': 'no-referrer',
        })
        .send(report.body);
    } catch (error) {
      if (error instanceof AppError && STATUS_BY_CODE[error.code]) {
        throw new HttpException({ errors: [{ message: error.message, extensions: { code: error.code } }] }, STATUS_BY_CODE[error.code]);
      }
      throw error;
    }
  }
}
