import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { assertAnonymous } from '../../privacy/anonymisation/anonymisation-guard';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { DepartmentService } from '../../organisation/departments/department.service';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { assertPeriod } from '../../platform/graphql/period';
import { NetworkAccessService, today } from '../../networks/networks/network-access.service';
import { KnowledgeNeed } from './knowledge-need.entity';
import { DepartmentUpskillingModel, NoteKnowledgeNeedInput, RecordWorkshopInput, UpskillingOverviewInput } from './upskilling.model';
import { Workshop } from './workshop.entity';

/**
 * Odense's unit maps knowledge needs per department and targets upskilling;
 * Copenhagen's counsellors give workshops. Topics are about the subject,
 * never about a citizen: they pass the anonymisation scanner.
 */
@Injectable()
export class UpskillingService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    private readonly departments: DepartmentService,
  ) {}

  async recordWorkshop(principal: Principal, input: RecordWorkshopInput): Promise<Workshop> {
    const [caller, department] = await Promise.all([this.access.caller(principal), this.departments.get(input.departmentId)]);
    if (input.heldOn > today()) throw new AppError(ErrorCode.BadUserInput, 'A workshop is recorded once it has been held');
    assertAnonymous({ topic: input.topic });
    const manager = await this.db.manager();
    const needs = input.meetsNeedIds.length ? await manager.find(KnowledgeNeed, { where: { id: In(input.meetsNeedIds) } }) : [];
    if (needs.length !== input.meetsNeedIds.length || needs.some((need) => need.departmentId !== department.id)) {
      throw new AppError(ErrorCode.NotFound, "A knowledge need was not found among the department's needs");
    }
    if (needs.some((need) => need.metByWorkshopId)) throw new AppError(ErrorCode.Conflict, 'A knowledge need has already been met');
    const workshop = await manager.save(Workshop, manager.create(Workshop, { municipalityId: caller.staff.municipalityId, givenById: caller.staff.id, departmentId: department.id, heldOn: input.heldOn, participants: input.participants, topic: input.topic }));
    if (needs.length) await manager.update(KnowledgeNeed, { id: In(needs.map((n) => n.id)) }, { metByWorkshopId: workshop.id });
    return workshop;
  }

  async noteNeed(principal: Principal, input: NoteKnowledgeNeedInput): Promise<KnowledgeNeed> {
    const [caller, department] = await Promise.all([this.access.caller(principal), this.departments.get(input.departmentId)]);
    const notedOn = input.notedOn ?? today();
    if (notedOn > today()) throw new AppError(ErrorCode.BadUserInput, 'A knowledge need cannot be noted in the future');
    assertAnonymous({ topic: input.topic });
    const manager = await this.db.manager();
    return manager.save(KnowledgeNeed, manager.create(KnowledgeNeed, { municipalityId: caller.staff.municipalityId, departmentId: department.id, notedById: caller.staff.id, notedOn, topic: input.topic, metByWorkshopId: null }));
  }

  /** Per department: workshops and participants in the period, and the needs still open. */
  async overview(principal: Principal, input: UpskillingOverviewInput): Promise<DepartmentUpskillingModel[]> {
    await this.access.caller(principal);
    assertPeriod(input);
    const manager = await this.db.manager();
    const [departments, totals, openNeeds] = await Promise.all([
      this.departments.list(),
      manager
        .createQueryBuilder(Workshop, 'w')
        .select('w.department_id', 'departmentId')
        .addSelect('count(*)::int', 'workshops')
        .addSelect('coalesce(sum(w.participants), 0)::int', 'participants')
        .where('w.held_on BETWEEN :from AND :to', input)
        .groupBy('w.department_id')
        .getRawMany<{ departmentId: string; workshops: number; participants: number }>(),
      manager.find(KnowledgeNeed, { where: { metByWorkshopId: IsNull() }, order: { notedOn: 'ASC', id: 'ASC' } }),
    ]);
    return departments.map((department) => {
      const total = totals.find((t) => t.departmentId === department.id);
      return { department, workshops: total?.workshops ?? 0, participants: total?.participants ?? 0, openNeeds: openNeeds.filter((n) => n.departmentId === department.id) };
    });
  }
}
