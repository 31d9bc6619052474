import { graphql } from '../api/graphql';

export const TEAM = graphql(`
  query Team($teamId: ID!) {
    network(id: $teamId) { id name kind }
    inquiries(input: { teamId: $teamId, first: 10 }) { nodes { id receivedOn source subject channel askerDiscipline receivedBy { displayName } } }
    caseload(input: { teamId: $teamId, first: 50 }) { nodes { id reference status openedOn closedOn counsellorRole targetGroup ageBand outcome counsellor { displayName } } }
    teamCompetences(input: { teamId: $teamId, expiringWithinDays: 90 }) { patriarkStatus patriarkValidUntil hasDiplomaModule lastSupervisionOn staffMember { id displayName } }
    departments { id name }
  }
`);

export const LOG_INQUIRY = graphql(`
  mutation LogInquiry($input: LogInquiryInput!) {
    logInquiry(input: $input) { id }
  }
`);

export const STATISTICS = graphql(`
  query TeamStatistics($input: TeamStatisticsInput!) {
    teamStatistics(input: $input) {
      teamName
      from
      to
      cases
      smallCellsSuppressed
      averageNewCasesPerMonth
      inquiries { total totalSuppressed cells { category count percent suppressed } }
      counsellorRole { total totalSuppressed cells { category count percent suppressed } }
      targetGroup { total totalSuppressed cells { category count percent suppressed } }
      ageBand { total totalSuppressed cells { category count percent suppressed } }
      outcome { total totalSuppressed cells { category count percent suppressed } }
    }
  }
`);

export const REPORT_LINK = graphql(`
  mutation ReportLink($input: StatisticsReportLinkInput!) {
    createStatisticsReportLink(input: $input) { url expiresAt }
  }
`);
