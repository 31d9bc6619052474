import { Module } from '@nestjs/common';
import { NetworkModule } from '../../networks/networks/network.module';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [NetworkModule],
  providers: [StatisticsService, ReportService, StatisticsResolver],
  controllers: [ReportController],
})
export class StatisticsModule {}
