import { Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { nextCaseReference } from '../../cases/discussions/case-reference';
import { CaseStatus } from '../../cases/discussions/case.enums';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, toPage } from '../../platform/graphql/pagination';
import { InquirySubject } from '../inquiries/inquiry.enums';
import { Inquiry } from '../inquiries/inquiry.entity';
import { Caller, NetworkAccessService, today } from '../../networks/networks/network-access.service';
import { CounsellingCase } from './counselling-case.entity';
import { CaseloadInput, CloseCounsellingCaseInput, OpenCounsellingCaseInput, UpdateCounsellingCaseInput } from './caseload.model';

@Injectable()
export class CaseloadService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
  ) {}

  /** A team member opens a case in their caseload, optionally from the inquiry that brought it. */
  async open(principal: Principal, input: OpenCounsellingCaseInput): Promise<CounsellingCase> {
    const { caller } = await this.access.assertTeamMember(principal, input.teamId);
    const openedOn = input.openedOn ?? today();
    if (openedOn > today()) throw new AppError(ErrorCode.BadUserInput, 'A case cannot be opened in the future');
    const manager = await this.db.manager();
    const inquiry = input.inquiryId ? await manager.findOne(Inquiry, { where: { id: input.inquiryId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (input.inquiryId) {
      if (!inquiry || inquiry.teamId !== input.teamId) throw new AppError(ErrorCode.NotFound, "The inquiry was not found among the team's inquiries");
      if (inquiry.subject !== InquirySubject.CONCRETE_CASE) throw new AppError(ErrorCode.BadUserInput, 'Only an inquiry about a concrete case can become a case');
      if (inquiry.caseId) throw new AppError(ErrorCode.Conflict, 'The inquiry is already linked to a case');
    }
    const kase = await manager.save(
      CounsellingCase,
      manager.create(CounsellingCase, {
        municipalityId: caller.staff.municipalityId,
        reference: await nextCaseReference(manager, caller.staff.municipalityId, openedOn),
        teamId: input.teamId,
        counsellorId: caller.staff.id,
        openedOn,
        counsellorRole: input.counsellorRole,
        targetGroup: input.targetGroup,
        ageBand: input.ageBand,
        barrierToEmployment: input.barrierToEmployment ?? null,
        status: CaseStatus.OPEN,
        closedOn: null,
        outcome: null,
      }),
    );
    if (inquiry) await manager.update(Inquiry, { id: inquiry.id }, { caseId: kase.id });
    return kase;
  }

  /** The categories change as the case develops (e.g. the counsellor takes it over); only while it is open. */
  async update(principal: Principal, input: UpdateCounsellingCaseInput): Promise<CounsellingCase> {
    const { kase } = await this.forTeamMember(principal, input.caseId);
    if (kase.status === CaseStatus.CLOSED) throw new AppError('CASE_CLOSED', 'The case is closed; its categories can no longer change');
    Object.assign(kase, { counsellorRole: input.counsellorRole, targetGroup: input.targetGroup, ageBand: input.ageBand, barrierToEmployment: input.barrierToEmployment ?? kase.barrierToEmployment });
    return (await this.db.manager()).save(CounsellingCase, kase);
  }

  async close(principal: Principal, input: CloseCounsellingCaseInput): Promise<CounsellingCase> {
    const { kase } = await this.forTeamMember(principal, input.caseId);
    if (kase.status === CaseStatus.CLOSED) throw new AppError('CASE_CLOSED', 'The case is already closed');
    const closedOn = input.closedOn ?? today();
    if (closedOn < kase.openedOn || closedOn > today()) throw new AppError(ErrorCode.BadUserInput, 'closedOn must lie between the day the case was opened and today');
    Object.assign(kase, { status: CaseStatus.CLOSED, closedOn, outcome: input.outcome });
    return (await this.db.manager()).save(CounsellingCase, kase);
  }

  async get(principal: Principal, caseId: string): Promise<CounsellingCase> {
    return (await this.forTeamMember(principal, caseId)).kase;
  }

  /** The team's caseload, newest first. */
  async list(principal: Principal, input: CaseloadInput): Promise<Page<CounsellingCase>> {
    await this.access.assertTeamMember(principal, input.teamId);
    const first = input.first ?? DEFAULT_PAGE_SIZE;
    const query = (await this.db.manager())
      .createQueryBuilder(CounsellingCase, 'c')
      .where('c.team_id = :teamId', { teamId: input.teamId })
      .orderBy('c.opened_on', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1);
    if (input.status) query.andWhere('c.status = :status', { status: input.status });
    if (input.after) {
      const [openedOn, id] = decodeCursor(input.after, ['date', 'uuid']);
      query.andWhere('(c.opened_on, c.id) < (:openedOn, :id)', { openedOn, id });
    }
    return toPage(await query.getMany(), first, (row) => [row.openedOn, row.id]);
  }

  load(caseId: string): Promise<CounsellingCase> {
    return this.db.byIdLoader(CounsellingCase, 'The case').load(caseId);
  }

  /** The case, if the caller is a current member of its team. */
  async forTeamMember(principal: Principal, caseId: string): Promise<{ kase: CounsellingCase; caller: Caller }> {
    const kase = await this.load(caseId);
    const { caller } = await this.access.assertTeamMember(principal, kase.teamId);
    return { kase, caller };
  }
}
