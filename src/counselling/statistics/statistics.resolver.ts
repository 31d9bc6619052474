import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { ReportLinkModel, StatisticsReportLinkInput, TeamStatisticsInput, TeamStatisticsModel } from './statistics.model';
import { ReportService } from './report.service';
import { StatisticsService } from './statistics.service';

@Resolver(() => TeamStatisticsModel)
export class StatisticsResolver {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly reports: ReportService,
  ) {}

  @Allow(Role.STAFF)
  @Query(() => TeamStatisticsModel, { description: "A team's inquiries and cases over a period; outside the team, cells under 5 are suppressed" })
  teamStatistics(@CurrentPrincipal() principal: Principal, @Args('input') input: TeamStatisticsInput): Promise<TeamStatisticsModel> {
    return this.statistics.forCaller(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => ReportLinkModel, { description: 'A 15-minute link to the statistics as a printable HTML report or as CSV' })
  createStatisticsReportLink(@CurrentPrincipal() principal: Principal, @Args('input') input: StatisticsReportLinkInput): Promise<ReportLinkModel> {
    return this.reports.createLink(principal, input);
  }
}
