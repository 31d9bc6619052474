import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { groupByKeys } from '../../platform/database/loader-registry';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode, isUniqueViolation, notFound } from '../../platform/errors/app-error';
import { StaffService } from '../../organisation/staff/staff.service';
import { ActionCard, PreparednessPlan } from './preparedness-plan.entity';
import { PublishPreparednessPlanInput, SituationInput } from './preparedness.model';
import { cardsForSituation } from './situation-finder';

@Injectable()
export class PreparednessService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly staff: StaffService,
  ) {}

  /** Publishes the next version of the plan with all its cards. Earlier versions stay as they were. */
  async publish(principal: Principal, input: PublishPreparednessPlanInput): Promise<PreparednessPlan> {
    const caller = await this.staff.current(principal);
    const manager = await this.db.manager();
    const { next } = (await manager.createQueryBuilder(PreparednessPlan, 'p').select('coalesce(max(p.version), 0) + 1', 'next').getRawOne<{ next: number }>())!;
    let plan: PreparednessPlan;
    try {
      plan = await manager.save(PreparednessPlan, manager.create(PreparednessPlan, { municipalityId: caller.municipalityId, version: Number(next), title: input.title, changeNote: input.changeNote, publishedById: caller.id }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_preparedness_plan_version')) throw new AppError(ErrorCode.Conflict, 'Another version was published at the same time; publish again');
      throw error;
    }
    await manager.insert(
      ActionCard,
      input.cards.map((card, index) => ({
        municipalityId: caller.municipalityId,
        planId: plan.id,
        position: index + 1,
        title: card.title,
        concernLevel: card.concernLevel ?? null,
        personConcerned: card.personConcerned ?? null,
        acuteDanger: card.acuteDanger ?? null,
        steps: card.steps,
        contacts: card.contacts.map(({ kind, name, howToReach }) => ({ kind, name, howToReach })),
        legalNotes: card.legalNotes,
      })),
    );
    return plan;
  }

  /** The current version, or the one asked for. */
  async plan(version?: number): Promise<PreparednessPlan> {
    const manager = await this.db.manager();
    const plan = await manager.findOne(PreparednessPlan, { where: version === undefined ? {} : { version }, order: { version: 'DESC' } });
    if (!plan) throw notFound(version === undefined ? 'A published preparedness plan' : `Version ${version} of the preparedness plan`);
    return plan;
  }

  async versions(): Promise<PreparednessPlan[]> {
    return (await this.db.manager()).find(PreparednessPlan, { order: { version: 'DESC' } });
  }

  /** The current plan's cards that fit the situation, most specific first. */
  async find(situation: SituationInput): Promise<ActionCard[]> {
    const plan = await this.plan();
    return cardsForSituation(await this.cards(plan.id), situation);
  }

  cards(planId: string): Promise<ActionCard[]> {
    return this.db
      .loader<string, ActionCard[]>('cardsOfPlan', async (planIds) => {
        const rows = await (await this.db.manager()).find(ActionCard, { where: { planId: In([...planIds]) }, order: { position: 'ASC' } });
        return groupByKeys(planIds, rows, (row) => row.planId);
      })
      .load(planId);
  }

  card(id: string): Promise<ActionCard> {
    return this.db.byIdLoader(ActionCard, 'The action card').load(id);
  }
}
