import { graphql } from '../api/graphql';

export const CASES = graphql(`
  query Cases($networkId: ID!) {
    network(id: $networkId) { id name upcomingMeetings(limit: 6) { id title startsAt } }
    caseDiscussions(networkId: $networkId, page: { first: 50 }) {
      nodes { id reference status ageBand concernCategories createdAt presentingDiscipline responses { id } }
    }
  }
`);

export const CASE = graphql(`
  query Case($id: ID!) {
    caseDiscussion(id: $id) {
      id
      reference
      status
      ageBand
      affected
      concernCategories
      narrative
      question
      actionsTaken
      outcome
      createdAt
      closedAt
      textRemovedAt
      presentingDiscipline
      presenter { id }
      responses { id advice used createdAt authorDiscipline actionCard { id title } }
    }
    me { staffMember { id } }
  }
`);

export const PREVIEW = graphql(`
  query Preview($text: String!) {
    previewAnonymisation(text: $text) { findings { start end kind } quasiIdentifierWarning redacted }
  }
`);

export const CREATE_CASE = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCaseDiscussion(input: $input) { id reference }
  }
`);

export const RESPOND = graphql(`
  mutation RespondToCase($input: RespondToCaseInput!) {
    respondToCase(input: $input) { id }
  }
`);

export const MARK_USED = graphql(`
  mutation MarkAdviceUsed($responseId: ID!, $used: Boolean!) {
    markAdviceUsed(responseId: $responseId, used: $used) { id used }
  }
`);

export const RECORD_OUTCOME = graphql(`
  mutation RecordOutcome($input: RecordCaseOutcomeInput!) {
    recordCaseOutcome(input: $input) { id status }
  }
`);

export const ACTION_CARDS = graphql(`
  query ActionCards($situation: SituationInput!) {
    findActionCards(situation: $situation) { id title steps legalNotes contacts { name howToReach kind } }
  }
`);
