import { Role } from '../platform/auth/role.enum';
import { Discipline } from '../organisation/departments/discipline.enum';
import { MunicipalitySpec } from '../organisation/municipalities/municipality-provisioning';
import { NetworkKind } from '../networks/networks/network-kind.enum';
import { DataCategory } from '../consent/consent/consent.enums';
import { EngagementKind, LocalActorKind } from '../community/community.enums';
import type { DemoCommunity } from './demo-community';

/**
 * Fictional demo municipalities, modelled on the source document: Gladsaxe's
 * resource network of 14 staff across the five disciplines, and Horsens'
 * working group (jobcentre, youth centre, ethnic family team, Bo Trivsel)
 * with its preparedness plan, and Copenhagen's social-control counsellors in
 * the jobcentres with a year of inquiries and cases.
 * Every name and address is invented. Fixed ids keep tokens stable.
 */
export interface DemoStaff {
  subject: string;
  displayName: string;
  departmentKey: string;
  roles: Role[];
}

export interface DemoNetwork {
  name: string;
  kind: NetworkKind;
  purpose: string;
  coordinator: string;
  /** Everyone else in the network: the subjects of demo staff. */
  members: string[];
  /** First meeting, Danish local time, and the RRULE of the series. */
  firstMeeting: string;
  rrule: string;
}

export interface DemoMunicipality extends Omit<MunicipalitySpec, 'staff'> {
  id: string;
  staff: DemoStaff[];
  network: DemoNetwork;
  /** Department pairs (by key, both directions) that may exchange these categories. */
  dataFlows: { between: [string, string]; categories: DataCategory[] }[];
  /** Extra demo content: a counsellor team's inquiries and caseload, a preparedness plan. */
  counsellorCaseload?: boolean;
  preparednessPlan?: boolean;
  /** Further networks, e.g. the specialist team the counsellors escalate to (Aarhus' TÆK). */
  extraNetworks?: DemoNetwork[];
  /** Housing areas, local actors, engagements, strategy (src/community). */
  community?: DemoCommunity;
  /** Workshops given and knowledge needs noted (Odense's unit); `metByWorkshop` is an index into `workshops`. */
  upskilling?: {
    workshops: { givenBy: string; department: string; heldOn: string; participants: number; topic: string }[];
    needs: { department: string; notedBy: string; notedOn: string; topic: string; metByWorkshop?: number }[];
  };
}

export const person = (subject: string, displayName: string, departmentKey: string, roles: Role[] = [Role.STAFF]): DemoStaff => ({
  subject,
  displayName,
  departmentKey,
  roles,
});

export const GLADSAXE: DemoMunicipality = {
  id: '0159a000-0000-4000-8000-000000000159',
  code: '0159',
  name: 'Gladsaxe Kommune',
  departments: [
    { key: 'health', name: 'Sundhedsplejen', discipline: Discipline.HEALTH_VISITING },
    { key: 'school', name: 'Skoleområdet', discipline: Discipline.SCHOOL },
    { key: 'ssp', name: 'SSP Gladsaxe', discipline: Discipline.SSP },
    { key: 'housing', name: 'Boligsocialt team', discipline: Discipline.HOUSING_SOCIAL_WORK },
    { key: 'jobcentre', name: 'Jobcenter Gladsaxe', discipline: Discipline.JOBCENTRE },
    { key: 'family', name: 'Familieafdelingen', discipline: Discipline.OTHER },
  ],
  staff: [
    person('gladsaxe.coordinator', 'Demo Koordinator (SSP)', 'ssp'),
    person('gladsaxe.health1', 'Demo Sundhedsplejerske 1', 'health'),
    person('gladsaxe.health2', 'Demo Sundhedsplejerske 2', 'health'),
    person('gladsaxe.health3', 'Demo Sundhedsplejerske 3', 'health'),
    person('gladsaxe.school1', 'Demo Lærer 1', 'school'),
    person('gladsaxe.school2', 'Demo Lærer 2', 'school'),
    person('gladsaxe.school3', 'Demo Skolesocialrådgiver', 'school'),
    person('gladsaxe.ssp1', 'Demo SSP-konsulent 1', 'ssp'),
    person('gladsaxe.ssp2', 'Demo SSP-konsulent 2', 'ssp'),
    person('gladsaxe.housing1', 'Demo Boligsocial medarbejder 1', 'housing'),
    person('gladsaxe.housing2', 'Demo Boligsocial medarbejder 2', 'housing'),
    person('gladsaxe.housing3', 'Demo Boligsocial medarbejder 3', 'housing'),
    person('gladsaxe.job1', 'Demo Jobrådgiver 1', 'jobcentre'),
    person('gladsaxe.job2', 'Demo Jobrådgiver 2', 'jobcentre'),
    person('gladsaxe.admin', 'Demo Kommuneadministrator', 'family', [Role.STAFF, Role.MUNICIPALITY_ADMIN]),
    person('gladsaxe.dpo', 'Demo Databeskyttelsesrådgiver', 'family', [Role.STAFF, Role.DATA_PROTECTION_OFFICER]),
  ],
  network: {
    name: 'Ressourcenetværket om negativ social kontrol',
    kind: NetworkKind.RESOURCE_NETWORK,
    purpose: 'Tværfaglig sparring på konkrete, anonymiserede sager, eksterne oplæg og videndeling tilbage i egen afdeling.',
    coordinator: 'gladsaxe.coordinator',
    members: [
      'gladsaxe.health1', 'gladsaxe.health2', 'gladsaxe.health3',
      'gladsaxe.school1', 'gladsaxe.school2', 'gladsaxe.school3',
      'gladsaxe.ssp1', 'gladsaxe.ssp2',
      'gladsaxe.housing1', 'gladsaxe.housing2', 'gladsaxe.housing3',
      'gladsaxe.job1', 'gladsaxe.job2',
    ],
    firstMeeting: '2026-01-13T13:00',
    rrule: 'FREQ=MONTHLY;INTERVAL=2',
  },
  dataFlows: [
    { between: ['jobcentre', 'family'], categories: [DataCategory.FAMILY_SITUATION, DataCategory.EMPLOYMENT_AND_INCOME] },
    { between: ['school', 'health'], categories: [DataCategory.FAMILY_SITUATION, DataCategory.SCHOOL_ATTENDANCE, DataCategory.HEALTH] },
  ],
  // The network works with father groups, neighbourhood mothers, housing staff, faith communities and GPs in the housing areas.
  community: {
    areas: [{ name: 'Værebro Park', socialPlan: 'Boligsocial helhedsplan Værebro Park' }, { name: 'Gyngemose', socialPlan: 'Boligsocial helhedsplan Gladsaxe Øst' }],
    actors: [
      { name: 'Fædregruppen i Værebro', kind: LocalActorKind.FATHER_GROUP, areas: ['Værebro Park'], holder: 'gladsaxe.housing1' },
      { name: 'Bydelsmødrene i Gladsaxe', kind: LocalActorKind.NEIGHBOURHOOD_MOTHERS, organisation: 'Fonden for Socialt Ansvar', areas: ['Værebro Park', 'Gyngemose'], holder: 'gladsaxe.housing2', email: 'bydelsmoedre.gladsaxe@demo.invalid' },
      { name: 'Ejendomsfunktionærerne i Gyngemose', kind: LocalActorKind.HOUSING_STAFF, areas: ['Gyngemose'], holder: 'gladsaxe.housing3' },
      { name: 'Det lokale trossamfund', kind: LocalActorKind.FAITH_COMMUNITY, areas: ['Værebro Park'], holder: 'gladsaxe.coordinator' },
      { name: 'Lægehuset ved Værebro', kind: LocalActorKind.GENERAL_PRACTITIONER, areas: ['Værebro Park'], holder: 'gladsaxe.health1' },
    ],
    engagements: [
      { kind: EngagementKind.DIALOGUE_MEETING, occurredOn: '2026-09-17', topic: 'Dialogmøde om unges fritidsliv', summary: 'Fædregruppen og bydelsmødrene drøftede, hvordan forældre kan tale med deres børn om frihed.', area: 'Værebro Park', actors: ['Fædregruppen i Værebro', 'Bydelsmødrene i Gladsaxe'], staff: ['gladsaxe.housing1', 'gladsaxe.ssp1'] },
      { kind: EngagementKind.REFERRAL_ROUTE, occurredOn: '2026-10-08', topic: 'Henvisning fra lægehuset', summary: 'Aftalt, hvordan lægehuset kontakter sundhedsplejen ved bekymring.', area: 'Værebro Park', actors: ['Lægehuset ved Værebro'], staff: ['gladsaxe.health1'] },
    ],
  },
};

export const HORSENS: DemoMunicipality = {
  id: '0615a000-0000-4000-8000-000000000615',
  code: '0615',
  name: 'Horsens Kommune',
  // Horsens is a unified administration: information may pass between administrations when relevant.
  unifiedAdministration: true,
  departments: [
    { key: 'jobcentre', name: 'Jobcenter Horsens', discipline: Discipline.JOBCENTRE },
    { key: 'youth', name: 'Ungecenter', discipline: Discipline.OTHER },
    { key: 'eft', name: 'Etnisk Familieteam', discipline: Discipline.OTHER },
    { key: 'botrivsel', name: 'Bo Trivsel', discipline: Discipline.HOUSING_SOCIAL_WORK },
  ],
  staff: [
    person('horsens.job1', 'Demo Jobrådgiver (Horsens)', 'jobcentre'),
    person('horsens.job2', 'Demo Virksomhedskonsulent (Horsens)', 'jobcentre'),
    person('horsens.youth1', 'Demo Ungerådgiver (Horsens)', 'youth'),
    person('horsens.eft1', 'Demo Familiekonsulent 1 (Horsens)', 'eft'),
    person('horsens.eft2', 'Demo Familiekonsulent 2 (Horsens)', 'eft'),
    person('horsens.botrivsel1', 'Demo Boligsocial medarbejder (Horsens)', 'botrivsel'),
    person('horsens.admin', 'Demo Kommuneadministrator (Horsens)', 'youth', [Role.STAFF, Role.MUNICIPALITY_ADMIN]),
    person('horsens.dpo', 'Demo Databeskyttelsesrådgiver (Horsens)', 'youth', [Role.STAFF, Role.DATA_PROTECTION_OFFICER]),
  ],
  network: {
    name: 'Tværfaglig arbejdsgruppe om beredskabsplanen',
    kind: NetworkKind.WORKING_GROUP,
    purpose: 'Arbejdsgruppen bag beredskabsplanen; medlemmerne er videnpersoner i egne afdelinger.',
    coordinator: 'horsens.eft1',
    members: ['horsens.job1', 'horsens.job2', 'horsens.youth1', 'horsens.eft2', 'horsens.botrivsel1'],
    firstMeeting: '2026-02-05T09:00',
    rrule: 'FREQ=MONTHLY;INTERVAL=2',
  },
  preparednessPlan: true,
  dataFlows: [
    // The seed's example: a job adviser asks the ethnic family team what they know of the family.
    { between: ['jobcentre', 'eft'], categories: [DataCategory.FAMILY_SITUATION, DataCategory.EMPLOYMENT_AND_INCOME, DataCategory.HOUSING] },
    { between: ['botrivsel', 'eft'], categories: [DataCategory.FAMILY_SITUATION, DataCategory.HOUSING] },
  ],
};

export const COPENHAGEN: DemoMunicipality = {
  id: '0101a000-0000-4000-8000-000000000101',
  code: '0101',
  name: 'Københavns Kommune',
  departments: [
    { key: 'jobnord', name: 'Jobcenter København Nord', discipline: Discipline.JOBCENTRE },
    { key: 'jobsyd', name: 'Jobcenter København Syd', discipline: Discipline.JOBCENTRE },
    { key: 'ekt', name: 'Etnisk Konsulentteam', discipline: Discipline.OTHER },
  ],
  staff: [
    person('kbh.lead', 'Demo Projektleder (København)', 'jobnord'),
    person('kbh.counsellor1', 'Demo Social kontrol-vejleder 1 (København)', 'jobnord'),
    person('kbh.counsellor2', 'Demo Social kontrol-vejleder 2 (København)', 'jobsyd'),
    person('kbh.counsellor3', 'Demo Social kontrol-vejleder 3 (København)', 'jobsyd'),
    person('kbh.steering', 'Demo Jobcenterchef, styregruppen (København)', 'jobsyd'),
    person('kbh.ekt', 'Demo Konsulent, Etnisk Konsulentteam (København)', 'ekt'),
    person('kbh.admin', 'Demo Kommuneadministrator (København)', 'ekt', [Role.STAFF, Role.MUNICIPALITY_ADMIN]),
  ],
  network: {
    name: 'Social kontrol-vejlederne',
    kind: NetworkKind.COUNSELLOR_TEAM,
    purpose: 'Fem vejledere i jobcentrene: rådgivning af sagsbehandlere, egne sager og ugentlig sparring.',
    coordinator: 'kbh.lead',
    members: ['kbh.counsellor1', 'kbh.counsellor2', 'kbh.counsellor3'],
    firstMeeting: '2026-01-07T09:00',
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
  },
  dataFlows: [],
  counsellorCaseload: true,
};


