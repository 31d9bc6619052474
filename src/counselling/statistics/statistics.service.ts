import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Principal } from '../../platform/auth/principal';
import { CaseStatus } from '../../cases/discussions/case.enums';
import { CaseloadAgeBand, CaseloadOutcome, CounsellorRole, TargetGroup } from '../caseload/caseload.enums';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { assertPeriod } from '../../platform/graphql/period';
import { InquirySubject } from '../inquiries/inquiry.enums';
import { NetworkAccessService } from '../../networks/networks/network-access.service';
import { distribution, SMALLEST_SHOWN } from './distribution';
import { TeamStatisticsInput, TeamStatisticsModel } from './statistics.model';

const MAX_MONTHS = 60;

/** GraphQL shows enum names (ADVICE_AND_SPARRING), the database holds values (advice_and_sparring). */
const namesOf = (enumObject: Record<string, string>) => new Map(Object.entries(enumObject).map(([name, value]) => [value, name]));

interface CaseRow { counsellorRole: CounsellorRole; targetGroup: TargetGroup; ageBand: CaseloadAgeBand; month: string; closedWithBarrier: boolean; outcome: CaseloadOutcome | null; n: number }

@Injectable()
export class StatisticsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
  ) {}

  /** For any member of staff; the team's own members see every cell, everyone else has small cells suppressed. */
  async forCaller(principal: Principal, input: TeamStatisticsInput): Promise<TeamStatisticsModel> {
    return this.compute(input, { suppressSmallCells: !(await this.isTeamMember(principal, input.teamId)) });
  }

  /** Whether the caller sees the team's small cells; refuses a team that does not exist (or is another municipality's). */
  async isTeamMember(principal: Principal, teamId: string): Promise<boolean> {
    const [caller] = await Promise.all([this.access.caller(principal), this.access.network(teamId)]);
    return Boolean(this.access.activeMembership(caller, teamId));
  }

  /** Two statements whatever the period: inquiries by subject, and cases grouped by every category at once. */
  async compute(input: TeamStatisticsInput, options: { suppressSmallCells: boolean }): Promise<TeamStatisticsModel> {
    const months = monthsOf(input.from, input.to);
    const team = await this.access.network(input.teamId);
    const manager = await this.db.manager();
    const [inquiryRows, caseRows] = await Promise.all([
      manager.query(
        `SELECT subject, count(*)::int AS n FROM inquiry WHERE team_id = $1 AND received_on BETWEEN $2 AND $3 GROUP BY subject`,
        [input.teamId, input.from, input.to],
      ) as Promise<{ subject: InquirySubject; n: number }[]>,
      manager.query(
        `SELECT counsellor_role AS "counsellorRole", target_group AS "targetGroup", age_band AS "ageBand", to_char(opened_on, 'YYYY-MM') AS month,
                (status = $4 AND barrier_to_employment IS TRUE) AS "closedWithBarrier", outcome, count(*)::int AS n
           FROM counselling_case WHERE team_id = $1 AND opened_on BETWEEN $2 AND $3
          GROUP BY 1, 2, 3, 4, 5, 6`,
        [input.teamId, input.from, input.to, CaseStatus.CLOSED],
      ) as Promise<CaseRow[]>,
    ]);
    const suppress = options.suppressSmallCells;
    const split = <K extends string>(enumObject: Record<string, K>, rows: { key: K; n: number }[]) => {
      const names = namesOf(enumObject);
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(names.get(row.key)!, (counts.get(names.get(row.key)!) ?? 0) + row.n);
      return distribution(counts, Object.keys(enumObject), suppress);
    };
    const perMonth = distribution(sumBy(caseRows, (row) => row.month), months, suppress);
    const totalCases = caseRows.reduce((sum, row) => sum + row.n, 0);
    return {
      teamId: team.id,
      teamName: team.name,
      from: input.from,
      to: input.to,
      smallCellsSuppressed: suppress,
      inquiries: split(InquirySubject, inquiryRows.map((row) => ({ key: row.subject, n: row.n }))),
      cases: suppress && totalCases > 0 && totalCases < SMALLEST_SHOWN ? null : totalCases,
      averageNewCasesPerMonth: Math.round((totalCases / months.length) * 10) / 10,
      newCasesPerMonth: perMonth.cells.map((cell) => ({ month: cell.category, count: cell.count, suppressed: cell.suppressed })),
      counsellorRole: split(CounsellorRole, caseRows.map((row) => ({ key: row.counsellorRole, n: row.n }))),
      targetGroup: split(TargetGroup, caseRows.map((row) => ({ key: row.targetGroup, n: row.n }))),
      ageBand: split(CaseloadAgeBand, caseRows.map((row) => ({ key: row.ageBand, n: row.n }))),
      outcome: split(CaseloadOutcome, caseRows.filter((row) => row.closedWithBarrier).map((row) => ({ key: row.outcome!, n: row.n }))),
    };
  }
}

/** The calendar months the period touches, as YYYY-MM. */
export function monthsOf(from: string, to: string): string[] {
  assertPeriod({ from, to });
  const months: string[] = [];
  for (let month = DateTime.fromISO(from).startOf('month'); month.toISODate()! <= to; month = month.plus({ months: 1 })) {
    months.push(month.toFormat('yyyy-MM'));
    if (months.length > MAX_MONTHS) throw new AppError(ErrorCode.BadUserInput, `A period can span at most ${MAX_MONTHS} months`);
  }
  return months;
}

function sumBy<T extends { n: number }>(rows: T[], key: (row: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + row.n);
  return counts;
}
