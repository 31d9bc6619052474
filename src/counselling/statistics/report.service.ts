import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { REPORT_LINK_MINUTES, signReportLink, verifyReportLink } from './report-link';
import { statisticsCsv } from './report-csv';
import { statisticsHtml } from './report-html';
import { ReportFormat, ReportLinkModel, StatisticsReportLinkInput } from './statistics.model';
import { monthsOf, StatisticsService } from './statistics.service';
import { now } from '../../platform/clock/clock';

@Injectable()
export class ReportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly statistics: StatisticsService,
  ) {}

  /** A link the caller can open in a browser; what it shows (small cells or not) is fixed now, by who asked. */
  async createLink(principal: Principal, input: StatisticsReportLinkInput): Promise<ReportLinkModel> {
    monthsOf(input.from, input.to); // refuse a bad period now, not when the link is opened
    const member = await this.statistics.isTeamMember(principal, input.teamId);
    const expiresAt = new Date(now().getTime() + REPORT_LINK_MINUTES * 60_000);
    const token = await signReportLink(
      this.config.linkSecret,
      { municipalityId: principal.municipalityId, teamId: input.teamId, from: input.from, to: input.to, format: input.format, suppressSmallCells: !member },
      expiresAt,
    );
    return { url: `${this.config.publicBaseUrl}/reports/statistics?token=${token}`, expiresAt };
  }

  /** Renders the report a link names, in the municipality the link was made for. */
  async render(token: string): Promise<{ format: ReportFormat; body: string; filename: string }> {
    const claims = await verifyReportLink(this.config.linkSecret, token);
    const stats = await this.db.runAsTenant(claims.municipalityId, () => this.statistics.compute(claims, { suppressSmallCells: claims.suppressSmallCells }));
    const filename = `statistik-${claims.from}-${claims.to}.${claims.format}`;
    return { format: claims.format, body: claims.format === ReportFormat.CSV ? statisticsCsv(stats) : statisticsHtml(stats), filename };
  }
}
