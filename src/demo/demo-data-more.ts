import { Role } from '../platform/auth/role.enum';
import { Discipline } from '../organisation/departments/discipline.enum';
import { NetworkKind } from '../networks/networks/network-kind.enum';
import { EngagementKind, LocalActorKind } from '../community/community.enums';
import { DemoMunicipality, person } from './demo-data';

/**
 * The source's other three models: Høje Taastrup's central resource person
 * and her working group across the housing social plans, Odense's strategic
 * unit (upskilling, needs mapping, civil-society partners and strategy), and
 * Aarhus' TÆK with the local social-control counsellors in four jobcentres
 * (six network meetings a year, escalation to TÆK). Names are invented.
 */
export const HOEJE_TAASTRUP: DemoMunicipality = {
  id: '0169a000-0000-4000-8000-000000000169',
  code: '0169',
  name: 'Høje-Taastrup Kommune',
  departments: [
    { key: 'council', name: 'Byrådscentret', discipline: Discipline.OTHER },
    { key: 'family', name: 'Familieafdelingen', discipline: Discipline.OTHER },
    { key: 'jobcentre', name: 'Jobcenter Høje-Taastrup', discipline: Discipline.JOBCENTRE },
    { key: 'language', name: 'Sprogcentret', discipline: Discipline.INTEGRATION_CENTRE },
    { key: 'housing', name: 'Boligsociale helhedsplaner', discipline: Discipline.HOUSING_SOCIAL_WORK },
  ],
  staff: [
    person('htk.resource', 'Demo Integrationskonsulent, central ressourceperson (Høje-Taastrup)', 'council'),
    person('htk.family1', 'Demo Socialrådgiver (Høje-Taastrup)', 'family'),
    person('htk.job1', 'Demo Jobcentermedarbejder (Høje-Taastrup)', 'jobcentre'),
    person('htk.language1', 'Demo Sprogcentermedarbejder (Høje-Taastrup)', 'language'),
    person('htk.housing1', 'Demo Boligsocial medarbejder, Charlotteager (Høje-Taastrup)', 'housing'),
    person('htk.housing2', 'Demo Boligsocial medarbejder, Taastrupgaard (Høje-Taastrup)', 'housing'),
    person('htk.housing3', 'Demo Boligsocial medarbejder, Gadehavegaard (Høje-Taastrup)', 'housing'),
    person('htk.admin', 'Demo Kommuneadministrator (Høje-Taastrup)', 'council', [Role.STAFF, Role.MUNICIPALITY_ADMIN]),
  ],
  network: {
    name: 'Arbejdsgruppen om negativ social kontrol i de boligsociale helhedsplaner',
    kind: NetworkKind.WORKING_GROUP,
    purpose: 'Den centrale ressourceperson samler de boligsociale medarbejdere i Charlotteager, Taastrupgaard og Gadehavegaard om lokale aktører og normer.',
    coordinator: 'htk.resource',
    members: ['htk.housing1', 'htk.housing2', 'htk.housing3', 'htk.family1'],
    firstMeeting: '2026-01-20T14:00',
    rrule: 'FREQ=MONTHLY;INTERVAL=2',
  },
  dataFlows: [],
  community: {
    areas: [
      { name: 'Charlotteager', socialPlan: 'Boligsocial helhedsplan Charlotteager' },
      { name: 'Taastrupgaard', socialPlan: 'Boligsocial helhedsplan Taastrupgaard' },
      { name: 'Gadehavegaard', socialPlan: 'Boligsocial helhedsplan Gadehavegaard' },
    ],
    actors: [
      { name: 'Bydelsmødrene i Taastrup', kind: LocalActorKind.NEIGHBOURHOOD_MOTHERS, organisation: 'Fonden for Socialt Ansvar', areas: ['Taastrupgaard', 'Gadehavegaard'], holder: 'htk.resource', email: 'bydelsmoedre.taastrup@demo.invalid' },
      { name: 'Baba Høje-Taastrup', kind: LocalActorKind.FATHER_GROUP, organisation: 'Fonden for Socialt Ansvar', areas: ['Charlotteager', 'Taastrupgaard'], holder: 'htk.resource' },
      { name: 'Ejendomskontoret i Taastrupgaard', kind: LocalActorKind.HOUSING_STAFF, areas: ['Taastrupgaard'], holder: 'htk.housing2' },
      { name: 'Beboerrådgiverne i Charlotteager', kind: LocalActorKind.HOUSING_STAFF, areas: ['Charlotteager'], holder: 'htk.housing1' },
    ],
    engagements: [
      { kind: EngagementKind.DIALOGUE_MEETING, occurredOn: '2026-09-10', topic: 'Hvem er meningsdannerne i Taastrupgaard?', summary: 'Ejendomskontoret og de boligsociale medarbejdere pegede på foreninger og forældrenetværk, der kan bære en dialog om normer.', followUp: 'Ressourcepersonen inviterer to foreninger til næste møde.', area: 'Taastrupgaard', actors: ['Ejendomskontoret i Taastrupgaard'], staff: ['htk.housing2', 'htk.resource'] },
      { kind: EngagementKind.NORM_CHANGE_INITIATIVE, occurredOn: '2026-10-22', topic: 'Fædre som rollemodeller: samtalesalon', summary: 'Baba holdt samtalesalon for fædre om frihed og tillid i familien.', area: 'Charlotteager', actors: ['Baba Høje-Taastrup'], staff: ['htk.resource', 'htk.housing1'] },
    ],
    workingGroup: { areas: ['Charlotteager', 'Taastrupgaard', 'Gadehavegaard'], actors: ['Ejendomskontoret i Taastrupgaard', 'Beboerrådgiverne i Charlotteager'] },
  },
};

export const ODENSE: DemoMunicipality = {
  id: '0461a000-0000-4000-8000-000000000461',
  code: '0461',
  name: 'Odense Kommune',
  departments: [
    { key: 'unit', name: 'Enhed mod negativ social kontrol', discipline: Discipline.OTHER },
    { key: 'jobcentre', name: 'Jobcenter Odense', discipline: Discipline.JOBCENTRE },
    { key: 'school', name: 'Skoleområdet', discipline: Discipline.SCHOOL },
    { key: 'health', name: 'Sundhedsplejen', discipline: Discipline.HEALTH_VISITING },
    { key: 'support', name: 'Bostøtten', discipline: Discipline.OTHER },
  ],
  staff: [
    person('odense.unit1', 'Demo Leder, Enhed mod negativ social kontrol (Odense)', 'unit'),
    person('odense.unit2', 'Demo Konsulent 1, Enhed mod negativ social kontrol (Odense)', 'unit'),
    person('odense.unit3', 'Demo Konsulent 2, Enhed mod negativ social kontrol (Odense)', 'unit'),
    person('odense.job1', 'Demo Jobcentermedarbejder (Odense)', 'jobcentre'),
    person('odense.school1', 'Demo Skolelærer (Odense)', 'school'),
    person('odense.health1', 'Demo Sundhedsplejerske (Odense)', 'health'),
    person('odense.admin', 'Demo Kommuneadministrator (Odense)', 'unit', [Role.STAFF, Role.MUNICIPALITY_ADMIN]),
  ],
  network: {
    name: 'Enhed mod negativ social kontrol',
    kind: NetworkKind.SPECIALIST_TEAM,
    purpose: 'Bydækkende, strategisk enhed: opkvalificering, sparring, afdækning af behov for viden og samarbejde med civilsamfundet.',
    coordinator: 'odense.unit1',
    members: ['odense.unit2', 'odense.unit3'],
    firstMeeting: '2026-01-08T10:00',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
  },
  dataFlows: [],
  upskilling: {
    workshops: [
      { givenBy: 'odense.unit2', department: 'jobcentre', heldOn: '2026-03-12', participants: 24, topic: 'Tegn og signaler på negativ social kontrol' },
      { givenBy: 'odense.unit3', department: 'school', heldOn: '2026-04-20', participants: 31, topic: 'Samtalen med eleven og forældrene' },
      { givenBy: 'odense.unit2', department: 'health', heldOn: '2026-05-06', participants: 18, topic: 'Negativ social kontrol i familier med små børn' },
    ],
    needs: [
      { department: 'support', notedBy: 'odense.unit3', notedOn: '2026-06-01', topic: 'Bostøtter: hvornår og hvordan man reagerer' },
      { department: 'jobcentre', notedBy: 'odense.unit2', notedOn: '2026-02-15', topic: 'Tegn og signaler på negativ social kontrol', metByWorkshop: 0 },
    ],
  },
  community: {
    areas: [
      { name: 'Vollsmose', socialPlan: 'Boligsocialt Hus' },
      { name: 'Korsløkkeparken', socialPlan: 'Boligsocialt Hus' },
      { name: 'Solbakken', socialPlan: 'Boligsocialt Hus' },
      { name: 'Skt. Klemens', socialPlan: 'Boligsocialt Hus' },
    ],
    actors: [
      { name: 'Boligsocialt Hus', kind: LocalActorKind.HOUSING_STAFF, areas: ['Vollsmose', 'Korsløkkeparken', 'Solbakken', 'Skt. Klemens'], holder: 'odense.unit1', email: 'boligsocialthus@demo.invalid' },
      { name: 'Bydelsmødrene i Odense', kind: LocalActorKind.NEIGHBOURHOOD_MOTHERS, organisation: 'Fonden for Socialt Ansvar', areas: ['Vollsmose', 'Korsløkkeparken'], holder: 'odense.unit2' },
      { name: 'Baba Odense', kind: LocalActorKind.FATHER_GROUP, organisation: 'Fonden for Socialt Ansvar', areas: ['Vollsmose'], holder: 'odense.unit2' },
      { name: 'Dansk Flygtningehjælp Odense', kind: LocalActorKind.CIVIL_SOCIETY_ORGANISATION, organisation: 'Dansk Flygtningehjælp', areas: [], holder: 'odense.unit3' },
      { name: 'Fyns Politi, forebyggelse', kind: LocalActorKind.POLICE, areas: [], holder: 'odense.unit1' },
    ],
    engagements: [
      { kind: EngagementKind.DIALOGUE_MEETING, occurredOn: '2026-08-27', topic: 'Sparring med civilsamfundet om strategien', summary: 'Civilsamfundsaktørerne drøftede, hvad der skal til, før borgerne er trygge ved at henvende sig til kommunen.', actors: ['Bydelsmødrene i Odense', 'Dansk Flygtningehjælp Odense', 'Boligsocialt Hus'], staff: ['odense.unit1', 'odense.unit2'] },
      { kind: EngagementKind.JOINT_ACTIVITY, occurredOn: '2026-10-01', topic: 'Opstart af Baba i Vollsmose', summary: 'Første møde i fædregruppen med Boligsocialt Hus som vært.', area: 'Vollsmose', actors: ['Baba Odense', 'Boligsocialt Hus'], staff: ['odense.unit2'] },
      { kind: EngagementKind.REFERRAL_ROUTE, occurredOn: '2026-11-05', topic: 'Henvisningsvej fra bydelsmødrene til enheden', summary: 'Aftalt, hvordan en bydelsmor formidler kontakt, når en kvinde vil tale med kommunen.', area: 'Korsløkkeparken', actors: ['Bydelsmødrene i Odense'], staff: ['odense.unit3'] },
    ],
    goals: [
      { title: 'Civilsamfundet inddrages i drøftelser og sparring om forebyggelse', description: 'Faste dialogmøder to gange om året.', actors: ['Bydelsmødrene i Odense', 'Dansk Flygtningehjælp Odense', 'Boligsocialt Hus'] },
      { title: 'Områdebaseret forebyggelse gennem Bydelsmødre og Baba', description: 'I udvalgte boligområder.', actors: ['Bydelsmødrene i Odense', 'Baba Odense'] },
      { title: 'Borgerne ved, hvor de kan henvende sig', description: 'Kendskab til enheden og hjemmesiden gennem lokale aktører.', actors: ['Boligsocialt Hus'] },
    ],
  },
};

export const AARHUS: DemoMunicipality = {
  id: '0751a000-0000-4000-8000-000000000751',
  code: '0751',
  name: 'Aarhus Kommune',
  departments: [
    { key: 'taek', name: 'Team for æresrelaterede konflikter (TÆK)', discipline: Discipline.OTHER },
    { key: 'integration', name: 'Integrationscentret', discipline: Discipline.INTEGRATION_CENTRE },
    { key: 'youth1', name: 'Ungecenter Nord', discipline: Discipline.YOUTH_UNIT },
    { key: 'youth2', name: 'Ungecenter Syd', discipline: Discipline.YOUTH_UNIT },
    { key: 'jobready', name: 'Center for job- og aktivitetsparate', discipline: Discipline.JOBCENTRE },
  ],
  staff: [
    person('aarhus.taek1', 'Demo TÆK-konsulent 1 (Aarhus)', 'taek'),
    person('aarhus.taek2', 'Demo TÆK-konsulent 2 (Aarhus)', 'taek'),
    person('aarhus.integration1', 'Demo Social kontrol-vejleder, Integrationscentret 1 (Aarhus)', 'integration'),
    person('aarhus.integration2', 'Demo Social kontrol-vejleder, Integrationscentret 2 (Aarhus)', 'integration'),
    person('aarhus.youth1', 'Demo Social kontrol-vejleder, Ungecenter Nord (Aarhus)', 'youth1'),
    person('aarhus.youth2', 'Demo Social kontrol-vejleder, Ungecenter Syd (Aarhus)', 'youth2'),
    person('aarhus.jobready1', 'Demo Social kontrol-vejleder, job- og aktivitetsparate (Aarhus)', 'jobready'),
    person('aarhus.admin', 'Demo Kommuneadministrator (Aarhus)', 'taek', [Role.STAFF, Role.MUNICIPALITY_ADMIN]),
  ],
  network: {
    name: 'Netværk for lokale social kontrol-vejledere',
    kind: NetworkKind.COUNSELLOR_TEAM,
    purpose: 'TÆK holder seks årlige netværksmøder med vejlederne i jobcentrene: sparring, fælles drøftelser og faglig udvikling; sager brobygges videre til TÆK.',
    coordinator: 'aarhus.taek1',
    members: ['aarhus.integration1', 'aarhus.integration2', 'aarhus.youth1', 'aarhus.youth2', 'aarhus.jobready1'],
    firstMeeting: '2026-01-15T13:00',
    rrule: 'FREQ=MONTHLY;INTERVAL=2',
  },
  // TÆK itself: the specialist team the counsellors escalate to.
  extraNetworks: [
    {
      name: 'Team for æresrelaterede konflikter (TÆK)',
      kind: NetworkKind.SPECIALIST_TEAM,
      purpose: 'Støtte, råd, sparring og risikovurderinger om negativ social kontrol og æresrelaterede konflikter for medarbejdere og borgere.',
      coordinator: 'aarhus.taek1',
      members: ['aarhus.taek2'],
      firstMeeting: '2026-01-06T09:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
    },
  ],
  dataFlows: [],
};
