import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, Query, Resolver } from '@nestjs/graphql';
import { ACCESS_KEY, AccessDeclaration, FIELD_ACCESS_KEY } from '../../src/platform/auth/allow.decorator';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

/**
 * Who may call what. A change here is a change of who can reach which data:
 * it must show up in review, so this table is written out by hand.
 */
const EXPECTED_ACCESS: Record<string, string> = {
  'Query.municipality': 'staff',
  'Query.departments': 'staff',
  'Query.me': 'staff',
  'Query.staffMembers': 'municipality_admin',
  'Mutation.createDepartment': 'municipality_admin',
  'Mutation.createStaffMember': 'municipality_admin',
  'Mutation.deactivateStaffMember': 'municipality_admin',
  'Query.roleGrants': 'municipality_admin | data_protection_officer',
  'Mutation.grantRole': 'municipality_admin',
  'Mutation.revokeRole': 'municipality_admin',
  // Networks: the token role is staff; membership and coordinator checks are in the services
  // (NetworkAccessService), and the e2e tests of each flow exercise them.
  'Query.networks': 'staff',
  'Query.network': 'staff',
  'Query.meeting': 'staff',
  'Query.myCalendarFeeds': 'staff',
  'Query.myNotificationPreferences': 'staff',
  'Query.housingAreas': 'staff',
  'Query.housingArea': 'staff',
  'Query.localActors': 'staff',
  'Query.engagements': 'staff',
  'Query.civilSocietyStrategy': 'staff',
  'Mutation.createHousingArea': 'staff',
  'Mutation.createLocalActor': 'staff',
  'Mutation.recordEngagement': 'staff',
  'Mutation.addCivilSocietyGoal': 'municipality_admin',
  'Mutation.addLocalActorToNetwork': 'staff',
  'Mutation.linkNetworkToHousingArea': 'staff',
  'Mutation.setNotificationPreferences': 'staff',
  'Query.departmentKnowledgeTakeBack': 'staff',
  'Mutation.createNetwork': 'municipality_admin',
  'Mutation.addNetworkMember': 'staff',
  'Mutation.endNetworkMembership': 'staff',
  'Mutation.scheduleMeeting': 'staff',
  'Mutation.scheduleMeetingSeries': 'staff',
  'Mutation.rescheduleMeeting': 'staff',
  'Mutation.cancelMeeting': 'staff',
  'Mutation.publishAgenda': 'staff',
  'Mutation.setAgenda': 'staff',
  'Mutation.respondToInvitation': 'staff',
  'Mutation.recordAttendance': 'staff',
  'Mutation.saveMinutes': 'staff',
  'Mutation.circulateMinutes': 'staff',
  'Mutation.acknowledgeMinutesFinding': 'staff',
  'Mutation.approveMinutes': 'staff',
  'Mutation.addActionItem': 'staff',
  'Mutation.completeActionItem': 'staff',
  'Mutation.recordKnowledgeTakeBack': 'staff',
  'Mutation.createCalendarFeed': 'staff',
  'Mutation.revokeCalendarFeed': 'staff',
  // Consent and exchange: any member of staff records and withdraws consent on the citizen's word;
  // sharing is checked against the requester's own department in the service.
  'Query.citizenConsents': 'staff',
  'Query.dataFlowPolicies': 'staff',
  'Query.exchangeContent': 'staff',
  'Query.departmentExchanges': 'staff',
  'Mutation.recordConsent': 'staff',
  'Mutation.withdrawConsent': 'staff',
  'Mutation.requestExchange': 'staff',
  'Mutation.replyToExchange': 'staff',
  'Mutation.setDataFlowPolicy': 'municipality_admin',
  // Oversight.
  'Query.exchangesPendingReview': 'data_protection_officer',
  'Query.citizenAccessReport': 'data_protection_officer',
  'Mutation.markExchangeReviewed': 'data_protection_officer',
  'Mutation.verifyLedger': 'data_protection_officer',
  'Mutation.signLedgerCheckpoint': 'data_protection_officer',
  'Query.ledgerReceipt': 'data_protection_officer',
  'Query.ledgerVerifierKey': 'staff',
  'Query.consentReceipt': 'staff',
  // Speakers and talks: coordinator checks (any network for the directory's contacts, the meeting's
  // network for talks) are in the services; attendees rate.
  'Query.speakers': 'staff',
  'Query.specialistTeams': 'staff',
  'Query.talkRatings': 'staff',
  'Query.speakerRatings': 'staff',
  'Query.talkCoverage': 'staff',
  'Mutation.createSpeaker': 'staff',
  'Mutation.inviteSpeaker': 'staff',
  'Mutation.cancelTalk': 'staff',
  'Mutation.rateTalk': 'staff',
  'Query.outboxMessages': 'municipality_admin',
  // Case discussions: network membership is checked in the service.
  'Query.previewAnonymisation': 'staff',
  'Query.caseDiscussion': 'staff',
  'Query.caseDiscussions': 'staff',
  'Mutation.createCaseDiscussion': 'staff',
  'Mutation.respondToCase': 'staff',
  'Mutation.markAdviceUsed': 'staff',
  'Mutation.recordCaseOutcome': 'staff',
  // Counsellor and specialist teams: team membership (no admin bypass) is checked in the services;
  // PATRIARK assessments also need a valid certification; statistics suppress small cells outside the team.
  'Mutation.logInquiry': 'staff',
  'Query.inquiries': 'staff',
  'Mutation.openCounsellingCase': 'staff',
  'Mutation.updateCounsellingCase': 'staff',
  'Mutation.closeCounsellingCase': 'staff',
  'Query.counsellingCase': 'staff',
  'Query.caseload': 'staff',
  'Mutation.referCase': 'staff',
  'Mutation.respondToEscalation': 'staff',
  'Query.escalationsToTeam': 'staff',
  'Mutation.recordRiskAssessment': 'staff',
  'Mutation.recordCompetence': 'staff',
  'Query.teamCompetences': 'staff',
  'Mutation.recordWorkshop': 'staff',
  'Mutation.noteKnowledgeNeed': 'staff',
  'Query.upskillingOverview': 'staff',
  'Query.teamStatistics': 'staff',
  'Mutation.createStatisticsReportLink': 'staff',
  // Preparedness plan: the admin publishes versions; every member of staff reads and finds cards.
  'Mutation.publishPreparednessPlan': 'municipality_admin',
  'Query.preparednessPlan': 'staff',
  'Query.preparednessPlanVersions': 'staff',
  'Query.findActionCards': 'staff',
};

/** A resolver that forgot its declaration; only registered in this test. */
@Resolver()
@Injectable()
class ForgottenDeclarationResolver {
  @Query(() => String, { name: 'undeclaredOperation' })
  undeclaredOperation(): string {
    return 'should never be returned';
  }
}

/**
 * Who may follow each field that a resolver computes (most of them cross to
 * another object). Written out by hand for the same reason as the table above.
 */
const N = 'network content: current members and the admin';
const M = 'meeting content: whoever may see the meeting';
const C = 'a colleague or department: any member of staff';
const L = 'local actors, housing areas and engagements: any member of staff';
const EXPECTED_FIELD_ACCESS: Record<string, string> = {
  'Network.members': N,
  'Network.localActors': N,
  'Network.housingAreas': N,
  'HousingArea.localActors': L,
  'HousingArea.engagements': L,
  'LocalActor.housingAreas': L,
  'LocalActor.holder': C,
  'LocalActor.recentEngagements': L,
  'LocalActor.contact': "a local actor's contact: its holder, coordinators and the admin",
  'Engagement.localActors': L,
  'Engagement.staffMembers': C,
  'Engagement.housingArea': L,
  'CivilSocietyGoal.localActors': L,
  'Network.disciplineCoverage': N,
  'Network.upcomingMeetings': N,
  'Network.meetings': N,
  'Network.actionItems': N,
  'NetworkMember.staffMember': C,
  'Meeting.network': M,
  'Meeting.agenda': M,
  'Meeting.invitations': M,
  'Meeting.talks': M,
  'Meeting.knowledgeTakeBack': M,
  'Meeting.minutes': M,
  'Meeting.minutesHistory': M,
  'Meeting.actionItems': M,
  'Meeting.followUps': N,
  'Meeting.cases': N,
  'CaseDiscussion.responses': N,
  'CaseDiscussion.presenter': C,
  'CaseResponse.author': C,
  'CaseResponse.actionCard': 'published guidance: any member of staff',
  'AgendaItem.presenter': C,
  'Invitation.staffMember': C,
  'KnowledgeTakeBack.staffMember': C,
  'KnowledgeTakeBack.department': C,
  'MinutesVersion.author': C,
  'MinutesVersion.approvedBy': C,
  'MinutesVersion.findings': M,
  'ActionItem.owner': C,
  'Talk.speaker': 'the speaker directory: any member of staff',
  'Talk.meeting': M,
  'Talk.statusHistory': "the talk's history: whoever may see the talk",
  'Speaker.contact': 'coordinators and the admin',
  'Workshop.givenBy': C,
  'Workshop.department': C,
  'CounsellingCase.counsellor': C,
  'CounsellingCase.escalations': "the team's own casework: decided where the case is read",
  'CounsellingCase.riskAssessments': "the team's own casework: decided where the case is read",
  'Inquiry.receivedBy': C,
  'Inquiry.askerDepartment': C,
  'StaffMember.department': C,
  'Exchange.fromDepartment': C,
  'Exchange.toDepartment': C,
  'Exchange.requestedBy': C,
  'PreparednessPlan.cards': 'published guidance: any member of staff',
  'PreparednessPlan.publishedBy': C,
};

/** Every resolver method of the running application, with the class it is on and its GraphQL name. */
function resolverMethods(api: TestApp): { metatype: object; handler: object; name: string }[] {
  const discovery = new DiscoveryService(api.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  return discovery.getProviders().flatMap((wrapper) => {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) return [];
    return scanner.getAllMethodNames(Object.getPrototypeOf(instance)).map((method) => {
      const handler = (instance as Record<string, unknown>)[method] as object;
      return { metatype: wrapper.metatype as object, handler, name: (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method };
    });
  });
}

/** Every field resolver (`Type.field`) with its @FieldAccess rule. */
function declaredFieldAccess(api: TestApp): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { metatype, handler, name } of resolverMethods(api)) {
    // @Resolver(() => Model) records the GraphQL type's name on the class.
    const parent = Reflect.getMetadata('graphql:resolver_name', metatype) as string | undefined;
    if (!Reflect.getMetadata('graphql:resolve_property', handler) || !parent) continue;
    found[`${parent}.${name}`] = (Reflect.getMetadata(FIELD_ACCESS_KEY, handler) as string | undefined) ?? 'UNDECLARED';
  }
  return found;
}

/** Every query and mutation with its @Allow/@Public declaration. */
function declaredAccess(api: TestApp): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { handler, name } of resolverMethods(api)) {
    const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
    if (type !== 'Query' && type !== 'Mutation') continue;
    const access = Reflect.getMetadata(ACCESS_KEY, handler) as AccessDeclaration | undefined;
    found[`${type}.${name}`] = !access ? 'UNDECLARED' : 'public' in access ? 'public' : access.roles.join(' | ');
  }
  return found;
}

describe('access declarations', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp({}, [ForgottenDeclarationResolver]);
    town = await createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('lists every query and mutation with who may call it', () => {
    const { 'Query.undeclaredOperation': undeclared, ...declared } = declaredAccess(api);
    expect(undeclared).toBe('UNDECLARED');
    expect(declared).toEqual(EXPECTED_ACCESS);

    // Every operation in the served schema is in the table (nothing reachable escapes review).
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const served = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ].filter((name) => name !== 'Query.undeclaredOperation');
    expect(served.sort()).toEqual(Object.keys(EXPECTED_ACCESS).sort());
  });

  it('lists every field resolver with who may follow it', () => {
    const declared = declaredFieldAccess(api);
    expect(declared).toEqual(EXPECTED_FIELD_ACCESS);
    // Each is a field of the served schema (the table cannot drift from it).
    const schema = api.app.get(GraphQLSchemaHost).schema;
    for (const key of Object.keys(declared)) {
      const [type, field] = key.split('.');
      expect({ key, served: Boolean((schema.getType(type) as { getFields?: () => Record<string, unknown> })?.getFields?.()[field]) }).toEqual({ key, served: true });
    }
  });

  it('refuses an operation without a declaration, even for an administrator', async () => {
    const result = await api.gql('{ undeclaredOperation }', {}, town.tokens.admin);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: 'This operation is not available', extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses an administrator operation to a member of staff', async () => {
    const result = await api.gql('mutation { createDepartment(input: { name: "Nyt team", discipline: OTHER }) { id } }', {}, town.tokens.member);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(result.errors?.[0].message).toContain('municipality_admin');
    const departments = await api.gql<{ departments: { name: string }[] }>('{ departments { name } }', {}, town.tokens.member);
    expect(departments.data?.departments.map((d) => d.name)).not.toContain('Nyt team');
  });

  it('lets the administrator do it', async () => {
    const result = await api.gql('mutation { createDepartment(input: { name: "Etnisk Familieteam", discipline: OTHER }) { name discipline } }', {}, town.tokens.admin);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ createDepartment: { name: 'Etnisk Familieteam', discipline: 'OTHER' } });
  });
});
