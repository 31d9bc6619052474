import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { nextCaseReference } from '../cases/discussions/case-reference';
import { CaseStatus } from '../cases/discussions/case.enums';
import { CaseloadAgeBand, CaseloadOutcome, CounsellorRole, TargetGroup } from '../counselling/caseload/caseload.enums';
import { CounsellingCase } from '../counselling/caseload/counselling-case.entity';
import { Competence, CompetenceKind } from '../counselling/competences/competence.entity';
import { InquiryChannel, InquirySource, InquirySubject } from '../counselling/inquiries/inquiry.enums';
import { Inquiry } from '../counselling/inquiries/inquiry.entity';
import { ProvisionedMunicipality } from '../organisation/municipalities/municipality-provisioning';
import { KnowledgeNeed } from '../counselling/upskilling/knowledge-need.entity';
import { Workshop } from '../counselling/upskilling/workshop.entity';
import type { DemoMunicipality } from './demo-data';
import { Network } from '../networks/networks/network.entity';
import { ActionCard, PreparednessPlan } from '../guidance/preparedness/preparedness-plan.entity';
import { ConcernLevel, ContactKind, PersonConcerned } from '../guidance/preparedness/preparedness.enums';

/** Picks from a weighted list by a running number, so the demo figures are the same on every start. */
function pick<T>(weighted: [T, number][], n: number): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let at = (n * 37) % total;
  for (const [value, weight] of weighted) {
    if (at < weight) return value;
    at -= weight;
  }
  return weighted[0][0];
}

/**
 * A year of a counsellor team's work in the shape of Copenhagen's report
 * (roughly 10/15/75 % roles, 13/17/70 % outcomes), so the statistics and the
 * report have something to show. Categories only; no citizen anywhere.
 */
export async function seedDemoCaseload(manager: EntityManager, provisioned: ProvisionedMunicipality, teamName: string): Promise<void> {
  const municipalityId = provisioned.municipality.id;
  const team = await manager.findOneByOrFail(Network, { name: teamName });
  const counsellors = ['kbh.counsellor1', 'kbh.counsellor2', 'kbh.counsellor3'].map((subject) => provisioned.staff[subject]);
  const start = DateTime.fromISO('2025-01-01');
  const inquiries = Array.from({ length: 54 }, (_, n) => ({
    municipalityId,
    teamId: team.id,
    receivedById: counsellors[n % 3].id,
    receivedOn: start.plus({ days: (n * 53) % 365 }).toISODate()!,
    channel: pick([[InquiryChannel.PHONE, 5], [InquiryChannel.EMAIL, 3], [InquiryChannel.IN_PERSON, 2]], n),
    source: pick([[InquirySource.COLLEAGUE, 8], [InquirySource.CITIZEN, 1], [InquirySource.EXTERNAL_ACTOR, 1]], n),
    subject: pick([[InquirySubject.CONCRETE_CASE, 45], [InquirySubject.GENERAL_KNOWLEDGE, 55]], n),
    askerDepartmentId: null,
    askerDiscipline: null,
    caseId: null,
  }));
  await manager.insert(Inquiry, inquiries);
  for (let n = 0; n < 24; n++) {
    const openedOn = start.plus({ days: (n * 151) % 330 });
    const closed = n % 3 !== 0;
    const barrier = n % 4 !== 0;
    await manager.insert(CounsellingCase, {
      municipalityId,
      reference: await nextCaseReference(manager, municipalityId, openedOn.toISODate()!),
      teamId: team.id,
      counsellorId: counsellors[n % 3].id,
      openedOn: openedOn.toISODate()!,
      counsellorRole: pick([[CounsellorRole.INFORMED_ONLY, 15], [CounsellorRole.ADVICE_AND_SPARRING, 75], [CounsellorRole.CASE_OWNER_FROM_START, 10]], n),
      targetGroup: pick([[TargetGroup.ACTIVITY_READY, 44], [TargetGroup.JOB_OR_EDUCATION_READY, 30], [TargetGroup.INTEGRATION_PROGRAMME, 13], [TargetGroup.SELF_SUPPORTING, 4], [TargetGroup.OTHER, 8]], n),
      ageBand: pick([[CaseloadAgeBand.UNDER_30, 38], [CaseloadAgeBand.AGE_30_49, 53], [CaseloadAgeBand.AGE_50_PLUS, 6], [CaseloadAgeBand.UNKNOWN, 2]], n),
      barrierToEmployment: barrier,
      status: closed ? CaseStatus.CLOSED : CaseStatus.OPEN,
      closedOn: closed ? openedOn.plus({ days: 30 }).toISODate()! : null,
      outcome: closed ? pick([[CaseloadOutcome.JOB, 13], [CaseloadOutcome.EDUCATION, 17], [CaseloadOutcome.NEITHER, 70]], n) : null,
    });
  }
  await manager.insert(Competence, [
    ...counsellors.map((c) => ({ municipalityId, staffUserId: c.id, kind: CompetenceKind.DIPLOMA_MODULE, title: 'Socialt arbejde i relation til æresrelateret kontrol', provider: 'Københavns Professionshøjskole', completedOn: '2021-06-15', validUntil: null, recordedById: c.id })),
    ...counsellors.map((c, i) => ({ municipalityId, staffUserId: c.id, kind: CompetenceKind.PATRIARK_CERTIFICATION, title: 'PATRIARK', provider: 'Etnisk Konsulentteam', completedOn: '2025-03-01', validUntil: i === 0 ? '2026-12-31' : '2028-03-01', recordedById: c.id })),
  ]);
}

/** Horsens' preparedness plan, as the working group might have written it (fictional contacts). */
export async function seedDemoPreparednessPlan(manager: EntityManager, provisioned: ProvisionedMunicipality, publishedBy: string): Promise<void> {
  const municipalityId = provisioned.municipality.id;
  const plan = await manager.save(PreparednessPlan, manager.create(PreparednessPlan, { municipalityId, version: 1, title: 'Beredskabsplan om negativ social kontrol og æresrelaterede konflikter', changeNote: 'Første version', publishedById: provisioned.staff[publishedBy].id }));
  const cards: Partial<ActionCard>[] = [
    {
      title: 'Akut fare – barn eller ung', personConcerned: PersonConcerned.CHILD, acuteDanger: true,
      steps: ['Ring 112 ved akut fare', 'Underret familieafdelingen straks', 'Kontakt Etnisk Familieteam'],
      contacts: [{ kind: ContactKind.POLICE, name: 'Politiet', howToReach: '112' }, { kind: ContactKind.SPECIALIST_TEAM, name: 'Etnisk Familieteam', howToReach: 'Omstillingen' }],
      legalNotes: ['Skærpet underretningspligt (barnets lov § 133)'],
    },
    {
      title: 'Mistanke – barn eller ung', concernLevel: ConcernLevel.SUSPICION, personConcerned: PersonConcerned.CHILD, acuteDanger: false,
      steps: ['Drøft bekymringen med din leder', 'Søg sparring hos arbejdsgruppens videnpersoner', 'Vurder om der skal underrettes'],
      contacts: [{ kind: ContactKind.RESOURCE_PERSONS, name: 'Videnpersonerne i arbejdsgruppen', howToReach: 'Intranettet' }],
      legalNotes: ['Underretningspligt (barnets lov § 133)'],
    },
    {
      title: 'Voksen udsat for negativ social kontrol', personConcerned: PersonConcerned.ADULT,
      steps: ['Tal med borgeren alene', 'Tilbyd kontakt til sikkerhedskonsulenten', 'Aftal næste samtale'],
      contacts: [{ kind: ContactKind.SAFETY_CONSULTANT, name: 'Sikkerhedskonsulent, Region Midtjylland', howToReach: 'Regionens hjemmeside' }],
      legalNotes: ['Oplysninger deles kun med samtykke eller hjemmel'],
    },
  ];
  await manager.insert(ActionCard, cards.map((card, i) => ({ municipalityId, planId: plan.id, position: i + 1, concernLevel: null, personConcerned: null, acuteDanger: null, ...card })));
}

/** Workshops given and knowledge needs noted, as a strategic unit records them (Odense). */
export async function seedDemoUpskilling(manager: EntityManager, provisioned: ProvisionedMunicipality, demo: NonNullable<DemoMunicipality['upskilling']>): Promise<void> {
  const municipalityId = provisioned.municipality.id;
  const workshops: Workshop[] = [];
  for (const w of demo.workshops) {
    workshops.push(await manager.save(Workshop, manager.create(Workshop, { municipalityId, givenById: provisioned.staff[w.givenBy].id, departmentId: provisioned.departments[w.department].id, heldOn: w.heldOn, participants: w.participants, topic: w.topic })));
  }
  await manager.insert(
    KnowledgeNeed,
    demo.needs.map((n) => ({
      municipalityId,
      departmentId: provisioned.departments[n.department].id,
      notedById: provisioned.staff[n.notedBy].id,
      notedOn: n.notedOn,
      topic: n.topic,
      metByWorkshopId: n.metByWorkshop === undefined ? null : workshops[n.metByWorkshop].id,
    })),
  );
}
