import { EntityManager } from 'typeorm';
import { CivilSocietyGoal, Engagement, EngagementParticipant, HousingArea, HousingAreaNetwork, LocalActor, LocalActorArea, NetworkLocalActor } from '../community/community.entities';
import { EngagementKind, LocalActorKind } from '../community/community.enums';
import { localActorAssociatedData } from '../community/community.service';
import { Keyring } from '../platform/crypto/content-cipher';
import { ProvisionedMunicipality } from '../organisation/municipalities/municipality-provisioning';

export interface DemoCommunity {
  areas: { name: string; socialPlan?: string }[];
  actors: { name: string; kind: LocalActorKind; organisation?: string; areas: string[]; holder: string; email?: string }[];
  engagements: { kind: EngagementKind; occurredOn: string; topic: string; summary: string; followUp?: string; area?: string; actors: string[]; staff: string[] }[];
  /** The civil-society strategy (Odense). */
  goals?: { title: string; description: string; actors: string[] }[];
  /** The demo network is the working group of these areas, with these actors taking part. */
  workingGroup?: { areas: string[]; actors: string[] };
}

/** Housing areas, local actors, engagements, strategy and working group, in the provisioning transaction. Names are invented. */
export async function seedDemoCommunity(manager: EntityManager, provisioned: ProvisionedMunicipality, demo: DemoCommunity, networkId: string, keyring: Keyring): Promise<void> {
  const municipalityId = provisioned.municipality.id;
  const staffId = (subject: string) => provisioned.staff[subject].id;
  const areaId = new Map<string, string>();
  for (const area of demo.areas) areaId.set(area.name, (await manager.save(HousingArea, manager.create(HousingArea, { municipalityId, name: area.name, socialPlan: area.socialPlan ?? null }))).id);
  const actorId = new Map<string, string>();
  for (const actor of demo.actors) {
    const id = (await manager.query('SELECT gen_random_uuid() AS id'))[0].id as string;
    const contact = JSON.stringify({ contactPerson: null, email: actor.email ?? null, phone: null });
    await manager.insert(LocalActor, {
      id,
      municipalityId,
      name: actor.name,
      kind: actor.kind,
      organisation: actor.organisation ?? null,
      holderId: staffId(actor.holder),
      notes: '',
      contactSealed: keyring.seal('local-actor-contact', contact, localActorAssociatedData({ municipalityId, id })),
    });
    actorId.set(actor.name, id);
    if (actor.areas.length > 0) await manager.insert(LocalActorArea, actor.areas.map((area) => ({ municipalityId, localActorId: id, housingAreaId: areaId.get(area)! })));
  }
  for (const engagement of demo.engagements) {
    const saved = await manager.save(
      Engagement,
      manager.create(Engagement, {
        municipalityId,
        kind: engagement.kind,
        occurredOn: engagement.occurredOn,
        topic: engagement.topic,
        summary: engagement.summary,
        followUp: engagement.followUp ?? null,
        housingAreaId: engagement.area ? areaId.get(engagement.area)! : null,
        recordedById: staffId(engagement.staff[0]),
      }),
    );
    await manager.insert(EngagementParticipant, [
      ...engagement.actors.map((name) => ({ municipalityId, engagementId: saved.id, localActorId: actorId.get(name)!, staffUserId: null })),
      ...engagement.staff.map((subject) => ({ municipalityId, engagementId: saved.id, localActorId: null, staffUserId: staffId(subject) })),
    ]);
  }
  for (const [index, goal] of (demo.goals ?? []).entries()) {
    await manager.insert(CivilSocietyGoal, { municipalityId, title: goal.title, description: goal.description, position: index + 1, localActorIds: goal.actors.map((name) => actorId.get(name)!) });
  }
  if (demo.workingGroup) {
    if (demo.workingGroup.areas.length > 0) await manager.insert(HousingAreaNetwork, demo.workingGroup.areas.map((area) => ({ municipalityId, networkId, housingAreaId: areaId.get(area)! })));
    if (demo.workingGroup.actors.length > 0) await manager.insert(NetworkLocalActor, demo.workingGroup.actors.map((name) => ({ municipalityId, networkId, localActorId: actorId.get(name)! })));
  }
}
