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

export const COUNSELLING_CASE = graphql(`
  query CounsellingCase($id: ID!, $teamId: ID!) {
    counsellingCase(id: $id) {
      id reference status openedOn closedOn counsellorRole targetGroup ageBand outcome
      counsellor { displayName }
      escalations { id target targetTeamId status reasons response respondedAt createdAt }
      riskAssessments { id assessedOn level nextReviewOn }
    }
    teamCompetences(input: { teamId: $teamId, expiringWithinDays: 90 }) { patriarkStatus staffMember { id } }
    specialistTeams { id name }
    me { staffMember { id } }
  }
`);

export const REFER = graphql(`
  mutation ReferCase($input: ReferCaseInput!) {
    referCase(input: $input) { id status }
  }
`);

export const RISK = graphql(`
  mutation RecordRisk($input: RecordRiskAssessmentInput!) {
    recordRiskAssessment(input: $input) { id }
  }
`);

export const ESCALATIONS_TO_TEAM = graphql(`
  query EscalationsToTeam($teamId: ID!) {
    escalationsToTeam(teamId: $teamId) { id caseId status reasons response createdAt respondedAt }
  }
`);

export const RESPOND_ESCALATION = graphql(`
  mutation RespondEscalation($input: RespondToEscalationInput!) {
    respondToEscalation(input: $input) { id status }
  }
`);

export const UPSKILLING = graphql(`
  query Upskilling($input: UpskillingOverviewInput!) {
    upskillingOverview(input: $input) { workshops participants department { id name } openNeeds { id topic notedOn } }
  }
`);

export const RECORD_WORKSHOP = graphql(`
  mutation RecordWorkshop($input: RecordWorkshopInput!) {
    recordWorkshop(input: $input) { id }
  }
`);

export const NOTE_NEED = graphql(`
  mutation NoteNeed($input: NoteKnowledgeNeedInput!) {
    noteKnowledgeNeed(input: $input) { id }
  }
`);
