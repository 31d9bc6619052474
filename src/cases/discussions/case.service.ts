import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { DepartmentService } from '../../organisation/departments/department.service';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageInput, toPage } from '../../platform/graphql/pagination';
import { MeetingService } from '../../networks/meetings/meeting.service';
import { Caller, NetworkAccessService } from '../../networks/networks/network-access.service';
import { assertAnonymous } from '../../privacy/anonymisation/anonymisation-guard';
import { nextCaseReference } from './case-reference';
import { PreparednessService } from '../../guidance/preparedness/preparedness.service';
import { quasiIdentifierWarning } from '../../privacy/anonymisation/quasi-identifiers';
import { redact, scanText } from '../../privacy/anonymisation/scanner';
import { CaseDiscussion, CaseResponse } from './case.entity';
import { CaseStatus } from './case.enums';
import { AnonymisationPreviewModel, CreateCaseInput, RecordCaseOutcomeInput, RespondToCaseInput } from './case.model';
import { groupByKeys } from '../../platform/database/loader-registry';
import { now } from '../../platform/clock/clock';

@Injectable()
export class CaseService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    private readonly meetings: MeetingService,
    private readonly departments: DepartmentService,
    private readonly preparedness: PreparednessService,
  ) {}

  preview(text: string): AnonymisationPreviewModel {
    const findings = scanText(text);
    return { findings, redacted: redact(text, findings), quasiIdentifierWarning: quasiIdentifierWarning(text) !== null };
  }

  async create(principal: Principal, input: CreateCaseInput): Promise<CaseDiscussion> {
    const { caller } = await this.access.assertMember(principal, input.networkId);
    assertAnonymous({ narrative: input.narrative, actionsTaken: input.actionsTaken, question: input.question }, input.acknowledgeQuasiIdentifiers);
    if (input.meetingId) {
      const meeting = await this.meetings.load(input.meetingId);
      if (meeting.networkId !== input.networkId) throw new AppError(ErrorCode.BadUserInput, 'The meeting belongs to another network', { field: 'meetingId' });
    }
    const department = await this.departments.load(caller.staff.departmentId);
    const manager = await this.db.manager();
    return manager.save(
      CaseDiscussion,
      manager.create(CaseDiscussion, {
        municipalityId: caller.staff.municipalityId,
        reference: await nextCaseReference(manager, caller.staff.municipalityId),
        networkId: input.networkId,
        meetingId: input.meetingId ?? null,
        presenterId: caller.staff.id,
        presentingDiscipline: department.discipline,
        concernCategories: input.concernCategories,
        ageBand: input.ageBand,
        affected: input.affected,
        narrative: input.narrative,
        actionsTaken: input.actionsTaken || null,
        question: input.question,
      }),
    );
  }

  async respond(principal: Principal, input: RespondToCaseInput): Promise<CaseResponse> {
    const { kase, caller } = await this.forMember(principal, input.caseId);
    if (kase.textRemovedAt) throw new AppError(ErrorCode.Conflict, 'This case is past its retention period');
    assertAnonymous({ advice: input.advice });
    const [department, card] = await Promise.all([this.departments.load(caller.staff.departmentId), input.actionCardId ? this.preparedness.card(input.actionCardId) : null]);
    const manager = await this.db.manager();
    return manager.save(
      CaseResponse,
      manager.create(CaseResponse, { municipalityId: kase.municipalityId, caseId: kase.id, authorId: caller.staff.id, authorDiscipline: department.discipline, advice: input.advice, actionCardId: card?.id ?? null }),
    );
  }

  /** The presenter marks which advice was used. */
  async markAdviceUsed(principal: Principal, responseId: string, used: boolean): Promise<CaseResponse> {
    const manager = await this.db.manager();
    const response = await manager.findOne(CaseResponse, { where: { id: responseId } });
    if (!response) throw new AppError(ErrorCode.NotFound, 'The response was not found');
    const { kase, caller } = await this.forMember(principal, response.caseId);
    if (kase.presenterId !== caller.staff.id) throw new AppError(ErrorCode.Forbidden, 'Only the presenter marks which advice was used');
    response.used = used;
    return manager.save(CaseResponse, response);
  }

  async recordOutcome(principal: Principal, input: RecordCaseOutcomeInput): Promise<CaseDiscussion> {
    const { kase, caller } = await this.forMember(principal, input.caseId);
    if (kase.presenterId !== caller.staff.id) throw new AppError(ErrorCode.Forbidden, 'Only the presenter records the outcome');
    assertAnonymous({ outcome: input.outcome });
    const manager = await this.db.manager();
    // Locked and read again: retention (which locks the same row) may have removed the text meanwhile, and no text is written after it.
    const current = await manager.findOne(CaseDiscussion, { where: { id: kase.id }, lock: { mode: 'pessimistic_write' } });
    if (!current || current.textRemovedAt) throw new AppError(ErrorCode.Conflict, 'This case is past its retention period; its text has been removed');
    Object.assign(current, { outcome: input.outcome, ...(input.close ? { status: CaseStatus.CLOSED, closedAt: now() } : {}) });
    return manager.save(CaseDiscussion, current);
  }

  async get(principal: Principal, id: string): Promise<CaseDiscussion> {
    return (await this.forMember(principal, id)).kase;
  }

  async list(principal: Principal, networkId: string, page: PageInput): Promise<Page<CaseDiscussion>> {
    await this.access.assertMember(principal, networkId);
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const manager = await this.db.manager();
    const query = manager.createQueryBuilder(CaseDiscussion, 'c').where('c.network_id = :networkId', { networkId }).orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').limit(first + 1);
    if (page.after) {
      const [createdAt, id] = decodeCursor(page.after, ['timestamp', 'uuid']);
      query.andWhere('(c.created_at, c.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(await query.getMany(), first, (row) => [row.createdAt.toISOString(), row.id]);
  }

  /** Cases brought for a meeting; batched across meetings. The meeting's visibility was checked by its query. */
  forMeeting(meetingId: string): Promise<CaseDiscussion[]> {
    return this.db
      .loader<string, CaseDiscussion[]>('casesOfMeeting', async (meetingIds) => {
        const manager = await this.db.manager();
        const rows = await manager.find(CaseDiscussion, { where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC' } });
        return groupByKeys(meetingIds, rows, (row) => row.meetingId);
      })
      .load(meetingId);
  }

  responses(caseId: string): Promise<CaseResponse[]> {
    return this.db
      .loader<string, CaseResponse[]>('responsesOfCase', async (caseIds) => {
        const manager = await this.db.manager();
        const rows = await manager.find(CaseResponse, { where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC' } });
        return groupByKeys(caseIds, rows, (row) => row.caseId);
      })
      .load(caseId);
  }

  /** Only the network's members (and the admin) see its cases. */
  private async forMember(principal: Principal, caseId: string): Promise<{ kase: CaseDiscussion; caller: Caller }> {
    const kase = await this.db.byIdLoader(CaseDiscussion, 'The case').load(caseId);
    const { caller } = await this.access.assertMember(principal, kase.networkId);
    return { kase, caller };
  }

}
