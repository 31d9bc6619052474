import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { PeriodInput } from '../../platform/graphql/period';

@ObjectType('StatisticCell', { description: 'One category: count and whole-number percent, or suppressed (fewer than 5, shown outside the team)' })
export class StatisticCellModel {
  @Field({ description: 'The category, as its GraphQL enum name' })
  category: string;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Int, { nullable: true, description: 'Of the total; the cells of a table add up to 100' })
  percent: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType('StatisticDistribution')
export class DistributionModel {
  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field()
  totalSuppressed: boolean;

  @Field(() => [StatisticCellModel])
  cells: StatisticCellModel[];
}

@ObjectType('MonthCount')
export class MonthCountModel {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType('TeamStatistics', { description: "A team's inquiries and cases over a period, for the steering group" })
export class TeamStatisticsModel {
  @Field(() => ID)
  teamId: string;

  @Field()
  teamName: string;

  @Field()
  from: string;

  @Field()
  to: string;

  @Field({ description: 'True when the caller is outside the team: cells under 5 are hidden' })
  smallCellsSuppressed: boolean;

  @Field(() => DistributionModel, { description: 'Inquiries, split into concrete cases and general knowledge questions' })
  inquiries: DistributionModel;

  @Field(() => Int, { nullable: true, description: 'Citizen cases opened in the period' })
  cases: number | null;

  @Field(() => Float, { description: 'New cases a month, on average over the months of the period' })
  averageNewCasesPerMonth: number;

  @Field(() => [MonthCountModel])
  newCasesPerMonth: MonthCountModel[];

  @Field(() => DistributionModel)
  counsellorRole: DistributionModel;

  @Field(() => DistributionModel)
  targetGroup: DistributionModel;

  @Field(() => DistributionModel)
  ageBand: DistributionModel;

  @Field(() => DistributionModel, { description: 'Closed cases where negative social control was assessed as a barrier to employment: job, education, neither' })
  outcome: DistributionModel;
}

@InputType()
export class TeamStatisticsInput extends PeriodInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;
}

export enum ReportFormat {
  HTML = 'html',
  CSV = 'csv',
}
registerEnumType(ReportFormat, { name: 'ReportFormat' });

@InputType()
export class StatisticsReportLinkInput extends TeamStatisticsInput {
  @Field(() => ReportFormat)
  @IsEnum(ReportFormat)
  format: ReportFormat;
}

@ObjectType('ReportLink', { description: 'A short-lived link that opens the report in a browser without signing in' })
export class ReportLinkModel {
  @Field()
  url: string;

  @Field()
  expiresAt: Date;
}
