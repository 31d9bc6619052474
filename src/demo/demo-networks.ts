import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { MeetingSeries } from '../networks/meetings/meeting-series.entity';
import { Meeting } from '../networks/meetings/meeting.entity';
import { AgendaItem } from '../networks/agenda/agenda-item.entity';
import { AgendaItemType } from '../networks/agenda/agenda-item-type.enum';
import { expandOccurrences, MEETING_TIME_ZONE } from '../networks/meetings/recurrence';
import { ProvisionedMunicipality } from '../organisation/municipalities/municipality-provisioning';
import { MembershipRole } from '../networks/networks/network-kind.enum';
import { NetworkMembership } from '../networks/networks/network-membership.entity';
import { Network } from '../networks/networks/network.entity';
import { DataFlowPolicy } from '../consent/consent/data-flow-policy.entity';
import { DemoMunicipality, DemoNetwork } from './demo-data';

const DEMO_MEETING_MINUTES = 150;

/** The agenda a network of this kind usually has (135 of the 150 minutes): the coordinator adjusts and publishes it. */
const DEMO_AGENDA = [
  { type: AgendaItemType.NEWS_ROUND, title: 'Nyt fra afdelingerne', durationMinutes: 30 },
  { type: AgendaItemType.KNOWLEDGE_SHARING, title: 'Videndeling: tegn på negativ social kontrol', durationMinutes: 45 },
  { type: AgendaItemType.CASE_DISCUSSION, title: 'Sparring på anonymiserede sager', durationMinutes: 45 },
  { type: AgendaItemType.OTHER, title: 'Opfølgning og eventuelt', durationMinutes: 15 },
];

/** The demo network with its members and a meeting series, in the provisioning transaction; returns the network's id. */
export async function seedDemoNetwork(manager: EntityManager, provisioned: ProvisionedMunicipality, demo: DemoNetwork): Promise<string> {
  const municipalityId = provisioned.municipality.id;
  const staffId = (subject: string) => provisioned.staff[subject].id;
  const network = await manager.save(Network, manager.create(Network, { municipalityId, name: demo.name, kind: demo.kind, purpose: demo.purpose, cadence: demo.rrule }));
  const joinedOn = demo.firstMeeting.slice(0, 10);
  await manager.insert(NetworkMembership, [
    { municipalityId, networkId: network.id, staffUserId: staffId(demo.coordinator), role: MembershipRole.COORDINATOR, joinedOn, leftOn: null },
    ...demo.members.map((subject) => ({ municipalityId, networkId: network.id, staffUserId: staffId(subject), role: MembershipRole.MEMBER, joinedOn, leftOn: null })),
  ]);
  const firstStartsAt = DateTime.fromISO(demo.firstMeeting, { zone: MEETING_TIME_ZONE }).toJSDate();
  const series = await manager.save(
    MeetingSeries,
    manager.create(MeetingSeries, { municipalityId, networkId: network.id, title: 'Netværksmøde', rrule: demo.rrule, timeZone: MEETING_TIME_ZONE, firstStartsAt, durationMinutes: DEMO_MEETING_MINUTES }),
  );
  const inserted = await manager.insert(
    Meeting,
    expandOccurrences(demo.rrule, firstStartsAt).map((startsAt) => ({
      municipalityId,
      networkId: network.id,
      seriesId: series.id,
      recurrenceId: startsAt,
      title: 'Netværksmøde',
      startsAt,
      endsAt: new Date(startsAt.getTime() + DEMO_MEETING_MINUTES * 60_000),
      place: 'Rådhuset, mødelokale 2',
    })),
  );
  await manager.insert(
    AgendaItem,
    inserted.identifiers.flatMap(({ id }) => DEMO_AGENDA.map((item, index) => ({ municipalityId, meetingId: id as string, position: index + 1, ...item, presenterId: null, fixedStart: null, talkId: null }))),
  );
  return network.id;
}

/** The demo municipality's data-flow policy, both directions of each pair. */
export async function seedDemoDataFlows(manager: EntityManager, provisioned: ProvisionedMunicipality, demo: DemoMunicipality): Promise<void> {
  const department = (key: string) => provisioned.departments[key].id;
  await manager.insert(
    DataFlowPolicy,
    demo.dataFlows.flatMap(({ between: [a, b], categories }) => [
      { municipalityId: provisioned.municipality.id, fromDepartmentId: department(a), toDepartmentId: department(b), categories },
      { municipalityId: provisioned.municipality.id, fromDepartmentId: department(b), toDepartmentId: department(a), categories },
    ]),
  );
}
