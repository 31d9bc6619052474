import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { addStaff, ok, Person } from '../utils/network-fixture';
import { createTeam, TeamFixture } from '../utils/team-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { localDate } from '../../src/networks/networks/network-access.service';

const LOG = 'mutation($i: LogInquiryInput!) { logInquiry(input: $i) { id receivedOn channel source askerDiscipline subject caseId askerDepartment { name } receivedBy { id } } }';
const INQUIRIES = 'query($i: InquiryListInput!) { inquiries(input: $i) { nodes { id subject caseId } pageInfo { hasNextPage } } }';
const OPEN = 'mutation($i: OpenCounsellingCaseInput!) { openCounsellingCase(input: $i) { id reference openedOn counsellorRole targetGroup ageBand barrierToEmployment status counsellor { id } } }';
const UPDATE = 'mutation($i: UpdateCounsellingCaseInput!) { updateCounsellingCase(input: $i) { counsellorRole barrierToEmployment } }';
const CLOSE = 'mutation($i: CloseCounsellingCaseInput!) { closeCounsellingCase(input: $i) { status closedOn outcome } }';
const CASELOAD = 'query($i: CaseloadInput!) { caseload(input: $i) { nodes { id reference status } } }';
const CASE = 'query($id: ID!) { counsellingCase(id: $id) { reference escalations { target status response } riskAssessments { level assessedOn nextReviewOn } } }';
const REFER = 'mutation($i: ReferCaseInput!) { referCase(input: $i) { id target targetTeamId reasons status } }';
const RESPOND = 'mutation($i: RespondToEscalationInput!) { respondToEscalation(input: $i) { status response respondedAt } }';
const TO_TEAM = 'query($t: ID!) { escalationsToTeam(teamId: $t, status: SENT) { id caseId reasons } }';
const COMPETENCE = 'mutation($i: RecordCompetenceInput!) { recordCompetence(input: $i) { id kind validUntil } }';
const ASSESS = 'mutation($i: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $i) { id level assessedOn nextReviewOn } }';
const TEAM_COMPETENCES = 'query($i: TeamCompetencesInput!) { teamCompetences(input: $i) { staffMember { id } patriarkStatus patriarkValidUntil hasDiplomaModule lastSupervisionOn competences { kind } } }';

// The date in Denmark, as the service judges dates (the UTC date is a day behind from midnight to 01:00 or 02:00).
const isoDate = (daysFromToday: number) => localDate(new Date(Date.now() + daysFromToday * 86_400_000));
const code = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;

describe('counsellor caseload: inquiries, cases, escalations, risk assessments, competences', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let team: TeamFixture;
  let taek: TeamFixture;
  let stranger: Person;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('København');
    team = await createTeam(api, town);
    taek = await createTeam(api, town, 'SPECIALIST_TEAM', 'TÆK');
    stranger = await addStaff(api, town, `stranger-${Date.now()}`, 'school');
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const openCase = async (as: Person, extra: Record<string, unknown> = {}) =>
    ok(await api.gql<{ openCounsellingCase: { id: string; reference: string } }>(OPEN, { i: { teamId: team.teamId, counsellorRole: 'ADVICE_AND_SPARRING', targetGroup: 'ACTIVITY_READY', ageBand: 'AGE_30_49', ...extra } }, as.token)).openCounsellingCase;

  describe('inquiries', () => {
    it('records colleagues from an integration centre or a youth unit, and a channel nobody remembers', async () => {
      for (const askerDiscipline of ['INTEGRATION_CENTRE', 'YOUTH_UNIT']) {
        const logged = ok(await api.gql<{ logInquiry: Record<string, unknown> }>(LOG, { i: { teamId: team.teamId, channel: 'UNKNOWN', source: 'COLLEAGUE', askerDiscipline, subject: 'CONCRETE_CASE', receivedOn: '2021-11-15' } }, team.counsellor.token)).logInquiry;
        expect(logged).toMatchObject({ channel: 'UNKNOWN', askerDiscipline, receivedOn: '2021-11-15' });
      }
    });

    it('logs who asked as a kind: a colleague with their department (its discipline taken from it), a citizen with nothing more', async () => {
      const fromColleague = ok(await api.gql<{ logInquiry: Record<string, unknown> }>(LOG, { i: { teamId: team.teamId, channel: 'PHONE', source: 'COLLEAGUE', askerDepartmentId: town.departments.school.id, subject: 'GENERAL_KNOWLEDGE', receivedOn: '2022-03-01' } }, team.counsellor.token)).logInquiry;
      expect(fromColleague).toMatchObject({ receivedOn: '2022-03-01', channel: 'PHONE', source: 'COLLEAGUE', askerDiscipline: 'SCHOOL', subject: 'GENERAL_KNOWLEDGE', caseId: null, askerDepartment: { name: 'Skolen' }, receivedBy: { id: team.counsellor.id } });
      const fromCitizen = ok(await api.gql<{ logInquiry: Record<string, unknown> }>(LOG, { i: { teamId: team.teamId, channel: 'IN_PERSON', source: 'CITIZEN', subject: 'CONCRETE_CASE' } }, team.counsellor.token)).logInquiry;
      expect(fromCitizen).toMatchObject({ source: 'CITIZEN', askerDiscipline: null, askerDepartment: null, receivedOn: isoDate(0) });
    });

    it('refuses a department for a citizen, a date in the future, and a malformed date', async () => {
      const withDepartment = await api.gql(LOG, { i: { teamId: team.teamId, channel: 'PHONE', source: 'CITIZEN', askerDepartmentId: town.departments.school.id, subject: 'CONCRETE_CASE' } }, team.counsellor.token);
      expect(code(withDepartment)).toBe('BAD_USER_INPUT');
      expect(code(await api.gql(LOG, { i: { teamId: team.teamId, channel: 'PHONE', source: 'CITIZEN', subject: 'CONCRETE_CASE', receivedOn: isoDate(3) } }, team.counsellor.token))).toBe('BAD_USER_INPUT');
      const malformed = await api.gql(LOG, { i: { teamId: team.teamId, channel: 'PHONE', source: 'CITIZEN', subject: 'CONCRETE_CASE', receivedOn: '2022-02-30' } }, team.counsellor.token);
      expect(code(malformed)).toBe('BAD_USER_INPUT');
    });

    it("is the team's own work: the steering group, another team and the admin cannot log or list", async () => {
      for (const token of [team.steering.token, taek.counsellor.token, town.tokens.admin]) {
        expect(code(await api.gql(LOG, { i: { teamId: team.teamId, channel: 'PHONE', source: 'CITIZEN', subject: 'CONCRETE_CASE' } }, token))).toBe('FORBIDDEN');
        expect(code(await api.gql(INQUIRIES, { i: { teamId: team.teamId } }, token))).toBe('FORBIDDEN');
      }
      const listed = ok(await api.gql<{ inquiries: { nodes: unknown[] } }>(INQUIRIES, { i: { teamId: team.teamId, from: '2022-01-01', to: '2022-12-31' } }, team.colleague.token));
      expect(listed.inquiries.nodes).toHaveLength(1);
    });
  });

  describe('cases', () => {
    it('opens a case from a concrete inquiry with a non-identifying reference from the shared counter, and links the inquiry', async () => {
      const inquiry = ok(await api.gql<{ logInquiry: { id: string } }>(LOG, { i: { teamId: team.teamId, channel: 'EMAIL', source: 'COLLEAGUE', askerDiscipline: 'JOBCENTRE', subject: 'CONCRETE_CASE' } }, team.counsellor.token)).logInquiry;
      const first = await openCase(team.counsellor, { inquiryId: inquiry.id, barrierToEmployment: true });
      const second = await openCase(team.counsellor);
      const year = new Date().getFullYear();
      expect(first.reference).toMatch(new RegExp(`^KOB-${year}-\\d{3}$`));
      expect(Number(second.reference.slice(-3))).toBe(Number(first.reference.slice(-3)) + 1);
      const listed = ok(await api.gql<{ inquiries: { nodes: { id: string; caseId: string | null }[] } }>(INQUIRIES, { i: { teamId: team.teamId } }, team.counsellor.token));
      expect(listed.inquiries.nodes.find((n) => n.id === inquiry.id)?.caseId).toBe(first.id);
      // The same inquiry cannot become a second case; a general question cannot become one at all.
      expect(code(await api.gql(OPEN, { i: { teamId: team.teamId, counsellorRole: 'INFORMED_ONLY', targetGroup: 'OTHER', ageBand: 'UNKNOWN', inquiryId: inquiry.id } }, team.counsellor.token))).toBe('CONFLICT');
      const general = ok(await api.gql<{ logInquiry: { id: string } }>(LOG, { i: { teamId: team.teamId, channel: 'EMAIL', source: 'EXTERNAL_ACTOR', subject: 'GENERAL_KNOWLEDGE' } }, team.counsellor.token)).logInquiry;
      expect(code(await api.gql(OPEN, { i: { teamId: team.teamId, counsellorRole: 'INFORMED_ONLY', targetGroup: 'OTHER', ageBand: 'UNKNOWN', inquiryId: general.id } }, team.counsellor.token))).toBe('BAD_USER_INPUT');
    });

    it('numbers a case recorded later by the year it was opened, from that year\'s own counter', async () => {
      const first = await openCase(team.counsellor, { openedOn: '2021-07-02' });
      const second = await openCase(team.counsellor, { openedOn: '2021-12-31' });
      expect(first.reference).toMatch(/^KOB-2021-\d{3}$/);
      expect(Number(second.reference.slice(-3))).toBe(Number(first.reference.slice(-3)) + 1);
    });

    it('changes categories while open, closes with an outcome, and then refuses changes', async () => {
      const kase = await openCase(team.counsellor);
      expect(ok(await api.gql(UPDATE, { i: { caseId: kase.id, counsellorRole: 'TOOK_OVER', targetGroup: 'ACTIVITY_READY', ageBand: 'AGE_30_49', barrierToEmployment: true } }, team.colleague.token))).toEqual({ updateCounsellingCase: { counsellorRole: 'TOOK_OVER', barrierToEmployment: true } });
      expect(code(await api.gql(CLOSE, { i: { caseId: kase.id, outcome: 'JOB', closedOn: '2000-01-01' } }, team.counsellor.token))).toBe('BAD_USER_INPUT');
      expect(ok(await api.gql(CLOSE, { i: { caseId: kase.id, outcome: 'EDUCATION' } }, team.counsellor.token))).toEqual({ closeCounsellingCase: { status: 'CLOSED', closedOn: isoDate(0), outcome: 'EDUCATION' } });
      expect(code(await api.gql(CLOSE, { i: { caseId: kase.id, outcome: 'JOB' } }, team.counsellor.token))).toBe('CASE_CLOSED');
      expect(code(await api.gql(UPDATE, { i: { caseId: kase.id, counsellorRole: 'INFORMED_ONLY', targetGroup: 'OTHER', ageBand: 'UNKNOWN' } }, team.counsellor.token))).toBe('CASE_CLOSED');
      const open = ok(await api.gql<{ caseload: { nodes: { id: string; status: string }[] } }>(CASELOAD, { i: { teamId: team.teamId, status: 'OPEN' } }, team.counsellor.token));
      expect(open.caseload.nodes.every((n) => n.status === 'OPEN')).toBe(true);
      expect(open.caseload.nodes.some((n) => n.id === kase.id)).toBe(false);
    });

    it("keeps the caseload to the team: others get FORBIDDEN for every case operation", async () => {
      const kase = await openCase(team.counsellor);
      for (const token of [team.steering.token, taek.counsellor.token, town.tokens.admin]) {
        expect(code(await api.gql(CASE, { id: kase.id }, token))).toBe('FORBIDDEN');
        expect(code(await api.gql(CASELOAD, { i: { teamId: team.teamId } }, token))).toBe('FORBIDDEN');
        expect(code(await api.gql(OPEN, { i: { teamId: team.teamId, counsellorRole: 'INFORMED_ONLY', targetGroup: 'OTHER', ageBand: 'UNKNOWN' } }, token))).toBe('FORBIDDEN');
        expect(code(await api.gql(CLOSE, { i: { caseId: kase.id, outcome: 'JOB' } }, token))).toBe('FORBIDDEN');
      }
    });
  });

  describe('escalation', () => {
    it('refers a case to the specialist team, whose members answer; the referring team cannot answer for them', async () => {
      const kase = await openCase(team.counsellor);
      const referral = ok(await api.gql<{ referCase: { id: string; status: string } }>(REFER, { i: { caseId: kase.id, target: 'SPECIALIST_TEAM', targetTeamId: taek.teamId, reasons: ['VIOLENCE', 'RISK'] } }, team.counsellor.token)).referCase;
      expect(referral.status).toBe('SENT');
      const waiting = ok(await api.gql<{ escalationsToTeam: { id: string; caseId: string }[] }>(TO_TEAM, { t: taek.teamId }, taek.counsellor.token)).escalationsToTeam;
      expect(waiting.map((e) => e.id)).toContain(referral.id);
      expect(code(await api.gql(RESPOND, { i: { escalationId: referral.id, status: 'ACCEPTED' } }, team.counsellor.token))).toBe('FORBIDDEN');
      // A response naming the citizen is refused and changes nothing.
      const identifying = await api.gql(RESPOND, { i: { escalationId: referral.id, status: 'ACCEPTED', response: 'Vi har talt med kvinden, CPR 010190-1234.' } }, taek.counsellor.token);
      expect(code(identifying)).toBe('PERSONAL_DATA_DETECTED');
      expect(JSON.stringify(identifying)).not.toContain('010190-1234');
      const accepted = ok(await api.gql<{ respondToEscalation: { status: string; response: string } }>(RESPOND, { i: { escalationId: referral.id, status: 'ACCEPTED', response: 'Vi laver en risikovurdering i denne uge.' } }, taek.counsellor.token));
      expect(accepted.respondToEscalation).toMatchObject({ status: 'ACCEPTED', response: 'Vi laver en risikovurdering i denne uge.' });
      ok(await api.gql(RESPOND, { i: { escalationId: referral.id, status: 'COMPLETED' } }, taek.colleague.token));
      expect(code(await api.gql(RESPOND, { i: { escalationId: referral.id, status: 'ACCEPTED' } }, taek.colleague.token))).toBe('INVALID_STATUS_TRANSITION');
      const seen = ok(await api.gql<{ counsellingCase: { escalations: unknown[] } }>(CASE, { id: kase.id }, team.colleague.token));
      expect(seen.counsellingCase.escalations).toEqual([{ target: 'SPECIALIST_TEAM', status: 'COMPLETED', response: 'Vi laver en risikovurdering i denne uge.' }]);
    });

    it("records a safety consultant's answer by the referring team, and refuses a team name for a consultant", async () => {
      const kase = await openCase(team.counsellor);
      expect(code(await api.gql(REFER, { i: { caseId: kase.id, target: 'SAFETY_CONSULTANT', targetTeamId: taek.teamId, reasons: ['ACUTE'] } }, team.counsellor.token))).toBe('BAD_USER_INPUT');
      expect(code(await api.gql(REFER, { i: { caseId: kase.id, target: 'SAFETY_CONSULTANT', reasons: [] } }, team.counsellor.token))).toBe('BAD_USER_INPUT');
      const referral = ok(await api.gql<{ referCase: { id: string } }>(REFER, { i: { caseId: kase.id, target: 'SAFETY_CONSULTANT', reasons: ['ACUTE'] } }, team.counsellor.token)).referCase;
      expect(code(await api.gql(RESPOND, { i: { escalationId: referral.id, status: 'DECLINED' } }, taek.counsellor.token))).toBe('FORBIDDEN');
      expect(ok(await api.gql(RESPOND, { i: { escalationId: referral.id, status: 'DECLINED', response: 'Konsulenten henviser til politiet.' } }, team.lead.token))).toMatchObject({ respondToEscalation: { status: 'DECLINED' } });
    });
  });

  describe('PATRIARK risk assessment', () => {
    it('is refused without a certification on record, with an expired one, and for a date the certification did not cover', async () => {
      const kase = await openCase(team.colleague, { openedOn: '2023-01-10' });
      const assess = (as: Person, assessedOn = isoDate(0)) => api.gql(ASSESS, { i: { caseId: kase.id, assessedOn, level: 'HIGH', nextReviewOn: isoDate(30) } }, as.token);
      expect(code(await assess(team.colleague))).toBe('CERTIFICATION_REQUIRED');
      ok(await api.gql(COMPETENCE, { i: { kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK', provider: 'Etnisk Konsulentteam', completedOn: '2021-03-01', validUntil: '2023-03-01' } }, team.colleague.token));
      expect(code(await assess(team.colleague))).toBe('CERTIFICATION_REQUIRED');
      // The old certification covers an assessment made while it was valid.
      expect(ok(await api.gql<{ recordRiskAssessment: { level: string } }>(ASSESS, { i: { caseId: kase.id, assessedOn: '2023-02-01', level: 'MODERATE', nextReviewOn: '2023-05-01' } }, team.colleague.token)).recordRiskAssessment.level).toBe('MODERATE');
      ok(await api.gql(COMPETENCE, { i: { kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK, fornyet', completedOn: isoDate(-10), validUntil: isoDate(700) } }, team.colleague.token));
      expect(ok(await assess(team.colleague))).toMatchObject({ recordRiskAssessment: { level: 'HIGH', assessedOn: isoDate(0) } });
      expect(code(await api.gql(ASSESS, { i: { caseId: kase.id, assessedOn: isoDate(0), level: 'LOW', nextReviewOn: isoDate(0) } }, team.colleague.token))).toBe('BAD_USER_INPUT');
      const seen = ok(await api.gql<{ counsellingCase: { riskAssessments: { level: string }[] } }>(CASE, { id: kase.id }, team.counsellor.token));
      expect(seen.counsellingCase.riskAssessments.map((r) => r.level)).toEqual(['MODERATE', 'HIGH']);
    });

    it('may be made by the specialist team the case was referred to, and by nobody else outside the team', async () => {
      const kase = await openCase(team.counsellor);
      ok(await api.gql(COMPETENCE, { i: { kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK', completedOn: isoDate(-100), validUntil: isoDate(600) } }, taek.lead.token));
      ok(await api.gql(COMPETENCE, { i: { kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK', completedOn: isoDate(-100), validUntil: isoDate(600) } }, stranger.token));
      const assess = (as: Person) => api.gql(ASSESS, { i: { caseId: kase.id, assessedOn: isoDate(0), level: 'LOW', nextReviewOn: isoDate(90) } }, as.token);
      expect(code(await assess(taek.lead))).toBe('FORBIDDEN');
      expect(code(await assess(stranger))).toBe('FORBIDDEN');
      ok(await api.gql(REFER, { i: { caseId: kase.id, target: 'SPECIALIST_TEAM', targetTeamId: taek.teamId, reasons: ['RISK'] } }, team.counsellor.token));
      expect(ok(await assess(taek.lead))).toMatchObject({ recordRiskAssessment: { level: 'LOW' } });
    });
  });

  describe('competences', () => {
    it("shows the team who holds what and whose certification runs out; the lead records for members, a colleague cannot", async () => {
      const fresh = await createTeam(api, town, 'COUNSELLOR_TEAM', 'Kompetencer');
      ok(await api.gql(COMPETENCE, { i: { staffMemberId: fresh.counsellor.id, kind: 'DIPLOMA_MODULE', title: 'Socialt arbejde i relation til æresrelateret kontrol', provider: 'Københavns Professionshøjskole', completedOn: '2021-06-15' } }, fresh.lead.token));
      ok(await api.gql(COMPETENCE, { i: { staffMemberId: fresh.counsellor.id, kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK', completedOn: isoDate(-300), validUntil: isoDate(30) } }, fresh.lead.token));
      ok(await api.gql(COMPETENCE, { i: { kind: 'SUPERVISION', title: 'Supervision', provider: 'Etnisk Konsulentteam', completedOn: '2022-09-01' } }, fresh.counsellor.token));
      ok(await api.gql(COMPETENCE, { i: { kind: 'SUPERVISION', title: 'Supervision', provider: 'Etnisk Konsulentteam', completedOn: '2022-11-01' } }, fresh.counsellor.token));
      ok(await api.gql(COMPETENCE, { i: { kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK', completedOn: '2020-01-01', validUntil: '2022-01-01' } }, fresh.colleague.token));
      ok(await api.gql(COMPETENCE, { i: { kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK', completedOn: isoDate(-10), validUntil: isoDate(400) } }, fresh.lead.token));
      expect(code(await api.gql(COMPETENCE, { i: { staffMemberId: fresh.counsellor.id, kind: 'OTHER_TRAINING', title: 'Kursus', completedOn: '2022-01-01' } }, fresh.colleague.token))).toBe('FORBIDDEN');
      expect(code(await api.gql(COMPETENCE, { i: { kind: 'PATRIARK_CERTIFICATION', title: 'PATRIARK', completedOn: '2022-01-01' } }, fresh.colleague.token))).toBe('BAD_USER_INPUT');

      const view = ok(await api.gql<{ teamCompetences: { staffMember: { id: string }; patriarkStatus: string; patriarkValidUntil: string | null; hasDiplomaModule: boolean; lastSupervisionOn: string | null }[] }>(TEAM_COMPETENCES, { i: { teamId: fresh.teamId, expiringWithinDays: 90 } }, fresh.colleague.token)).teamCompetences;
      const of = (person: Person) => view.find((m) => m.staffMember.id === person.id);
      expect(of(fresh.counsellor)).toMatchObject({ patriarkStatus: 'EXPIRING_SOON', patriarkValidUntil: isoDate(30), hasDiplomaModule: true, lastSupervisionOn: '2022-11-01' });
      expect(of(fresh.colleague)).toMatchObject({ patriarkStatus: 'EXPIRED', hasDiplomaModule: false, lastSupervisionOn: null });
      expect(of(fresh.lead)).toMatchObject({ patriarkStatus: 'VALID' });
      expect(code(await api.gql(TEAM_COMPETENCES, { i: { teamId: fresh.teamId, expiringWithinDays: 90 } }, fresh.steering.token))).toBe('FORBIDDEN');
      expect(ok(await api.gql<{ teamCompetences: unknown[] }>(TEAM_COMPETENCES, { i: { teamId: fresh.teamId, expiringWithinDays: 90 } }, town.tokens.admin)).teamCompetences).toHaveLength(3);
    });
  });

  it('reads a caseload with its counsellors, referrals and assessments in the same number of statements for 3 or 12 cases', async () => {
    const NESTED = 'query($i: CaseloadInput!) { caseload(input: $i) { nodes { reference counsellor { displayName } escalations { status } riskAssessments { level } } } }';
    const sized = await createTeam(api, town, 'COUNSELLOR_TEAM', 'Tællehold');
    const statements = async () => (await api.gql(NESTED, { i: { teamId: sized.teamId, first: 50 } }, sized.counsellor.token)).extensions?.diagnostics?.sqlStatements;
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const kase = ok(await api.gql<{ openCounsellingCase: { id: string } }>(OPEN, { i: { teamId: sized.teamId, counsellorRole: 'ADVICE_AND_SPARRING', targetGroup: 'OTHER', ageBand: 'UNKNOWN' } }, (i % 2 ? sized.counsellor : sized.colleague).token)).openCounsellingCase;
        ok(await api.gql(REFER, { i: { caseId: kase.id, target: 'SAFETY_CONSULTANT', reasons: ['RISK'] } }, sized.counsellor.token));
      }
    };
    await add(3);
    const small = await statements();
    await add(9);
    expect(small).toBeGreaterThan(0);
    expect(await statements()).toBe(small);
  });

  it('stores no citizen identity: the tables of this module have no column that could hold one', async () => {
    const owner = await ownerDataSource();
    const columns: { table_name: string; column_name: string; data_type: string }[] = await owner.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ANY($1) ORDER BY table_name, ordinal_position`,
      [['inquiry', 'counselling_case', 'escalation', 'risk_assessment']],
    );
    const free = columns.filter((c) => ['text', 'character varying'].includes(c.data_type)).map((c) => `${c.table_name}.${c.column_name}`);
    // The only free text is the escalation's response, which passes the anonymisation scanner (tested above).
    expect(free.sort()).toEqual(['counselling_case.reference', 'escalation.response']);
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/cpr|name|address|phone|email|birth/)]));
  });
});
