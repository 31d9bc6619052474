import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppConfig } from '../platform/config/app-config';
import { APP_CONFIG } from '../platform/config/config.module';
import { TenantDatabase } from '../platform/database/tenant-database';
import { groupByKeys } from '../platform/database/loader-registry';
import { AppError, ErrorCode, isUniqueViolation } from '../platform/errors/app-error';
import { Principal } from '../platform/auth/principal';
import { StaffUser } from '../organisation/staff/staff-user.entity';
import { NetworkAccessService } from '../networks/networks/network-access.service';
import { CivilSocietyGoal, Engagement, EngagementParticipant, HousingArea, HousingAreaNetwork, LocalActor, LocalActorArea, NetworkLocalActor } from './community.entities';
import { AddCivilSocietyGoalInput, CreateHousingAreaInput, CreateLocalActorInput, LocalActorContactModel, RecordEngagementInput } from './community.model';

/** Binds a local actor's sealed contact to its row. */
export const localActorAssociatedData = (actor: { municipalityId: string; id: string }) => `local-actor:${actor.municipalityId}:${actor.id}`;

/** How many of an actor's engagements "who do we know" shows, newest first. */
export const RECENT_ENGAGEMENTS = 3;

/** The most engagements one list shows (newest first). */
const ENGAGEMENTS_LISTED = 200;

/**
 * Housing areas, the local actors the municipality works with in them, the
 * engagements with those actors, the civil-society strategy's goals, and the
 * networks (working groups) that work on an area with actors who have no
 * account. Readable by all of the municipality's staff; no citizen data is
 * anywhere in it (the free texts are guarded).
 */
@Injectable()
export class CommunityService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- housing areas -----------------------------------------------------

  async housingAreas(): Promise<HousingArea[]> {
    return (await this.db.manager()).find(HousingArea, { order: { name: 'ASC' } });
  }

  housingArea(id: string): Promise<HousingArea> {
    return this.db.byIdLoader(HousingArea, 'The housing area').load(id);
  }

  /** Coordinators and the admin register the areas they work in. */
  async createHousingArea(principal: Principal, input: CreateHousingAreaInput): Promise<HousingArea> {
    const caller = await this.access.assertAnyCoordinator(principal);
    const manager = await this.db.manager();
    try {
      return await manager.save(HousingArea, manager.create(HousingArea, { municipalityId: caller.staff.municipalityId, name: input.name.trim(), socialPlan: input.socialPlan?.trim() || null }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_housing_area_name')) throw new AppError(ErrorCode.Conflict, 'A housing area with this name already exists');
      throw error;
    }
  }

  // ---- local actors -----------------------------------------------------

  async localActors(): Promise<LocalActor[]> {
    return (await this.db.manager()).find(LocalActor, { order: { name: 'ASC' } });
  }

  /** Any member of staff records an actor they work with; they hold the relationship unless they name a colleague. */
  async createLocalActor(principal: Principal, input: CreateLocalActorInput): Promise<LocalActor> {
    const caller = await this.access.caller(principal);
    const manager = await this.db.manager();
    const holderId = input.holderId ?? caller.staff.id;
    await this.assertActiveStaff(manager, [holderId], 'holderId');
    const areaIds = [...new Set(input.housingAreaIds)];
    await this.assertExist(manager, HousingArea, areaIds, 'housingAreaIds', 'housing area');
    const id = (await manager.query('SELECT gen_random_uuid() AS id'))[0].id as string;
    const actor = manager.create(LocalActor, {
      id,
      municipalityId: caller.staff.municipalityId,
      name: input.name.trim(),
      kind: input.kind,
      organisation: input.organisation?.trim() || null,
      holderId,
      notes: input.notes,
      contactSealed: this.sealContact({ id, municipalityId: caller.staff.municipalityId }, { contactPerson: input.contactPerson ?? null, email: input.email ?? null, phone: input.phone ?? null }),
    });
    await manager.insert(LocalActor, actor);
    if (areaIds.length > 0) await manager.insert(LocalActorArea, areaIds.map((housingAreaId) => ({ municipalityId: actor.municipalityId, localActorId: id, housingAreaId })));
    return actor;
  }

  /** A local actor's contact details: for the one who holds the relationship, any coordinator and the admin. */
  async contactFor(principal: Principal, actor: LocalActor): Promise<LocalActorContactModel> {
    const caller = await this.access.caller(principal);
    if (actor.holderId !== caller.staff.id) await this.access.assertAnyCoordinator(principal);
    return JSON.parse(this.config.crypto.keyring.open('local-actor-contact', actor.contactSealed, localActorAssociatedData(actor))) as LocalActorContactModel;
  }

  /** The local actors working in each area, batched across areas (one statement). */
  actorsInArea(areaId: string): Promise<LocalActor[]> {
    return this.db
      .loader<string, LocalActor[]>('localActorsByArea', async (areaIds) => {
        const manager = await this.db.manager();
        const links = await manager.find(LocalActorArea, { where: { housingAreaId: In([...areaIds]) }, relations: { localActor: true }, order: { localActor: { name: 'ASC' } } });
        return groupByKeys(areaIds, links, (link) => link.housingAreaId).map((group) => group.map((link) => link.localActor!));
      })
      .load(areaId);
  }

  /** The areas each actor works in, batched (one statement). */
  areasOfActor(actorId: string): Promise<HousingArea[]> {
    return this.db
      .loader<string, HousingArea[]>('housingAreasByActor', async (actorIds) => {
        const manager = await this.db.manager();
        const links = await manager.find(LocalActorArea, { where: { localActorId: In([...actorIds]) }, relations: { housingArea: true } });
        return groupByKeys(actorIds, links, (link) => link.localActorId).map((group) => group.map((link) => link.housingArea!));
      })
      .load(actorId);
  }

  /** Each actor's newest engagements, batched across actors (one statement). */
  recentEngagements(actorId: string): Promise<Engagement[]> {
    return this.db
      .loader<string, Engagement[]>('recentEngagementsByActor', async (actorIds) => {
        const manager = await this.db.manager();
        const rows: { actor_id: string; id: string }[] = await manager.query(
          `SELECT actor_id, id FROM (
             SELECT p.local_actor_id AS actor_id, e.id, row_number() OVER (PARTITION BY p.local_actor_id ORDER BY e.occurred_on DESC, e.created_at DESC) AS n
               FROM engagement_participant p JOIN engagement e ON e.id = p.engagement_id AND e.municipality_id = p.municipality_id
              WHERE p.local_actor_id = ANY($1)) ranked
           WHERE n <= $2`,
          [[...actorIds], RECENT_ENGAGEMENTS],
        );
        const engagements = rows.length === 0 ? [] : await manager.find(Engagement, { where: { id: In([...new Set(rows.map((r) => r.id))]) } });
        const byId = new Map(engagements.map((e) => [e.id, e]));
        return groupByKeys(actorIds, rows, (row) => row.actor_id).map((group) =>
          group.map((row) => byId.get(row.id)!).sort((a, b) => (a.occurredOn === b.occurredOn ? 0 : a.occurredOn < b.occurredOn ? 1 : -1)),
        );
      })
      .load(actorId);
  }

  // ---- engagements ------------------------------------------------------

  async engagements(housingAreaId?: string): Promise<Engagement[]> {
    const manager = await this.db.manager();
    return manager.find(Engagement, { where: housingAreaId ? { housingAreaId } : {}, order: { occurredOn: 'DESC', createdAt: 'DESC' }, take: ENGAGEMENTS_LISTED });
  }

  /** Each area's engagements, newest first (at most ENGAGEMENTS_LISTED), batched across areas (two statements). */
  engagementsInArea(areaId: string): Promise<Engagement[]> {
    return this.db
      .loader<string, Engagement[]>('engagementsByArea', async (areaIds) => {
        const manager = await this.db.manager();
        const ranked: { id: string }[] = await manager.query(
          `SELECT id FROM (
             SELECT id, row_number() OVER (PARTITION BY housing_area_id ORDER BY occurred_on DESC, created_at DESC) AS n
               FROM engagement WHERE housing_area_id = ANY($1)) ranked
           WHERE n <= $2`,
          [[...areaIds], ENGAGEMENTS_LISTED],
        );
        const rows = ranked.length === 0 ? [] : await manager.find(Engagement, { where: { id: In(ranked.map((r) => r.id)) }, order: { occurredOn: 'DESC', createdAt: 'DESC' } });
        return groupByKeys(areaIds, rows, (row) => row.housingAreaId!);
      })
      .load(areaId);
  }

  /** Any member of staff records an engagement they took part in; every actor and colleague named must exist. */
  async recordEngagement(principal: Principal, input: RecordEngagementInput): Promise<Engagement> {
    const caller = await this.access.caller(principal);
    const manager = await this.db.manager();
    const actorIds = [...new Set(input.localActorIds)];
    if (actorIds.length === 0) throw new AppError(ErrorCode.BadUserInput, 'Name at least one local actor who took part', { field: 'localActorIds' });
    await this.assertExist(manager, LocalActor, actorIds, 'localActorIds', 'local actor');
    const staffIds = [...new Set([caller.staff.id, ...input.staffMemberIds])];
    await this.assertActiveStaff(manager, staffIds, 'staffMemberIds');
    if (input.housingAreaId) await this.assertExist(manager, HousingArea, [input.housingAreaId], 'housingAreaId', 'housing area');
    const engagement = await manager.save(
      Engagement,
      manager.create(Engagement, {
        municipalityId: caller.staff.municipalityId,
        kind: input.kind,
        occurredOn: input.occurredOn,
        topic: input.topic.trim(),
        summary: input.summary,
        followUp: input.followUp?.trim() || null,
        housingAreaId: input.housingAreaId ?? null,
        recordedById: caller.staff.id,
      }),
    );
    await manager.insert(EngagementParticipant, [
      ...actorIds.map((localActorId) => ({ municipalityId: engagement.municipalityId, engagementId: engagement.id, localActorId, staffUserId: null })),
      ...staffIds.map((staffUserId) => ({ municipalityId: engagement.municipalityId, engagementId: engagement.id, localActorId: null, staffUserId })),
    ]);
    return engagement;
  }

  /** Who took part in each engagement, batched (one statement). */
  participants(engagementId: string): Promise<EngagementParticipant[]> {
    return this.db
      .loader<string, EngagementParticipant[]>('participantsByEngagement', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager.find(EngagementParticipant, { where: { engagementId: In([...ids]) }, relations: { localActor: true } });
        return groupByKeys(ids, rows, (row) => row.engagementId);
      })
      .load(engagementId);
  }

  // ---- the civil-society strategy ----------------------------------------

  async civilSocietyGoals(): Promise<CivilSocietyGoal[]> {
    return (await this.db.manager()).find(CivilSocietyGoal, { order: { position: 'ASC' } });
  }

  /** The admin writes the municipality's strategy, goal by goal, with the actors each involves. */
  async addCivilSocietyGoal(principal: Principal, input: AddCivilSocietyGoalInput): Promise<CivilSocietyGoal> {
    const caller = await this.access.caller(principal);
    if (!caller.isAdmin) throw new AppError(ErrorCode.Forbidden, "Only the municipality's admin can change its civil-society strategy");
    const manager = await this.db.manager();
    const actorIds = [...new Set(input.localActorIds)];
    await this.assertExist(manager, LocalActor, actorIds, 'localActorIds', 'local actor');
    const [{ next }] = await manager.query('SELECT coalesce(max(position), 0) + 1 AS next FROM civil_society_goal');
    return manager.save(CivilSocietyGoal, manager.create(CivilSocietyGoal, { municipalityId: caller.staff.municipalityId, title: input.title.trim(), description: input.description, position: next, localActorIds: actorIds }));
  }

  actorsById(ids: string[]): Promise<LocalActor[]> {
    return Promise.all(ids.map((id) => this.db.byIdLoader(LocalActor, 'The local actor').load(id)));
  }

  // ---- working groups -----------------------------------------------------

  /** The coordinator of a network brings in a local actor (no account) as a participant. */
  async addLocalActorToNetwork(principal: Principal, networkId: string, localActorId: string): Promise<void> {
    const { caller } = await this.access.assertCoordinator(principal, networkId);
    const manager = await this.db.manager();
    await this.assertExist(manager, LocalActor, [localActorId], 'localActorId', 'local actor');
    await manager.createQueryBuilder().insert().into(NetworkLocalActor).values({ municipalityId: caller.staff.municipalityId, networkId, localActorId }).orIgnore().execute();
  }

  /** The coordinator of a network says which housing area it works on (a working group per area). */
  async linkNetworkToHousingArea(principal: Principal, networkId: string, housingAreaId: string): Promise<void> {
    const { caller } = await this.access.assertCoordinator(principal, networkId);
    const manager = await this.db.manager();
    await this.assertExist(manager, HousingArea, [housingAreaId], 'housingAreaId', 'housing area');
    await manager.createQueryBuilder().insert().into(HousingAreaNetwork).values({ municipalityId: caller.staff.municipalityId, networkId, housingAreaId }).orIgnore().execute();
  }

  /** A network's local participants, batched across networks. */
  networkActors(networkId: string): Promise<LocalActor[]> {
    return this.db
      .loader<string, LocalActor[]>('localActorsByNetwork', async (networkIds) => {
        const manager = await this.db.manager();
        const links = await manager.find(NetworkLocalActor, { where: { networkId: In([...networkIds]) }, relations: { localActor: true } });
        return groupByKeys(networkIds, links, (link) => link.networkId).map((group) => group.map((link) => link.localActor!));
      })
      .load(networkId);
  }

  /** The housing areas each network works on, batched across networks. */
  networkAreas(networkId: string): Promise<HousingArea[]> {
    return this.db
      .loader<string, HousingArea[]>('housingAreasByNetwork', async (networkIds) => {
        const manager = await this.db.manager();
        const links = await manager.find(HousingAreaNetwork, { where: { networkId: In([...networkIds]) }, relations: { housingArea: true } });
        return groupByKeys(networkIds, links, (link) => link.networkId).map((group) => group.map((link) => link.housingArea!));
      })
      .load(networkId);
  }

  // ---- helpers ----------------------------------------------------------

  private sealContact(actor: { id: string; municipalityId: string }, contact: LocalActorContactModel): Buffer {
    return this.config.crypto.keyring.seal('local-actor-contact', JSON.stringify(contact), localActorAssociatedData(actor));
  }

  /** Row-level security hides other municipalities' rows, so an id from elsewhere is as unknown as a made-up one. */
  private async assertExist(manager: EntityManager, entity: typeof HousingArea | typeof LocalActor, ids: string[], field: string, what: string): Promise<void> {
    if (ids.length === 0) return;
    const found = await manager.count(entity as typeof LocalActor, { where: { id: In(ids) } });
    if (found !== ids.length) throw new AppError(ErrorCode.NotFound, `The ${what} was not found`, { field });
  }

  private async assertActiveStaff(manager: EntityManager, ids: string[], field: string): Promise<void> {
    const found = await manager.count(StaffUser, { where: { id: In(ids), active: true } });
    if (found !== ids.length) throw new AppError(ErrorCode.BadUserInput, 'Every member of staff named must be an active member of staff of the municipality', { field });
  }
}
