import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { assertAnonymous } from '../../privacy/anonymisation/anonymisation-guard';
import { CaseStatus } from '../../cases/discussions/case.enums';
import { groupByKeys } from '../../platform/database/loader-registry';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { NetworkAccessService } from '../../networks/networks/network-access.service';
import { CaseloadService } from './caseload.service';
import { EscalationStatus, EscalationTarget } from './caseload.enums';
import { ReferCaseInput, RespondToEscalationInput } from './caseload.model';
import { Escalation } from './escalation.entity';
import { now } from '../../platform/clock/clock';

/** Which answers may follow which: a referral is accepted or declined, and an accepted one is completed. */
const NEXT: Record<EscalationStatus, EscalationStatus[]> = {
  [EscalationStatus.SENT]: [EscalationStatus.ACCEPTED, EscalationStatus.DECLINED],
  [EscalationStatus.ACCEPTED]: [EscalationStatus.COMPLETED],
  [EscalationStatus.DECLINED]: [],
  [EscalationStatus.COMPLETED]: [],
};

@Injectable()
export class EscalationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    private readonly caseload: CaseloadService,
  ) {}

  /** A team member refers an open case on (acute cases, violence, risk). */
  async refer(principal: Principal, input: ReferCaseInput): Promise<Escalation> {
    const { kase, caller } = await this.caseload.forTeamMember(principal, input.caseId);
    if (kase.status === CaseStatus.CLOSED) throw new AppError('CASE_CLOSED', 'A closed case cannot be referred');
    if (input.targetTeamId) {
      if (input.target !== EscalationTarget.SPECIALIST_TEAM) throw new AppError(ErrorCode.BadUserInput, 'Only a referral to a specialist team names a team');
      if (input.targetTeamId === kase.teamId) throw new AppError(ErrorCode.BadUserInput, 'A case cannot be referred to its own team');
      await this.access.network(input.targetTeamId);
    }
    const manager = await this.db.manager();
    return manager.save(
      Escalation,
      manager.create(Escalation, { municipalityId: kase.municipalityId, caseId: kase.id, target: input.target, targetTeamId: input.targetTeamId ?? null, reasons: input.reasons, referredById: caller.staff.id, status: EscalationStatus.SENT, response: null, respondedById: null, respondedAt: null }),
    );
  }

  /**
   * The receiver answers. A specialist team in the product answers itself;
   * a safety consultant outside it answers by phone or mail, and the
   * referring team records the answer.
   */
  async respond(principal: Principal, input: RespondToEscalationInput): Promise<Escalation> {
    const manager = await this.db.manager();
    const escalation = await manager.findOne(Escalation, { where: { id: input.escalationId }, lock: { mode: 'pessimistic_write' } });
    if (!escalation) throw new AppError(ErrorCode.NotFound, 'The referral was not found');
    const kase = await this.caseload.load(escalation.caseId);
    const answeringTeam = escalation.targetTeamId ?? kase.teamId;
    const { caller } = await this.access.assertTeamMember(principal, answeringTeam).catch((error: unknown) => {
      if (!(error instanceof AppError) || error.code !== ErrorCode.Forbidden) throw error;
      throw new AppError(ErrorCode.Forbidden, escalation.targetTeamId ? 'Only members of the team the case was referred to can answer' : "Only the referring team can record the consultant's answer");
    });
    if (!NEXT[escalation.status].includes(input.status)) {
      throw new AppError('INVALID_STATUS_TRANSITION', `The referral is ${escalation.status}, so it cannot become ${input.status}`);
    }
    assertAnonymous({ response: input.response });
    Object.assign(escalation, { status: input.status, response: input.response ?? escalation.response, respondedById: caller.staff.id, respondedAt: now() });
    return manager.save(Escalation, escalation);
  }

  /** Referrals waiting for a team's answer (the team's members). */
  async toTeam(principal: Principal, teamId: string, status?: EscalationStatus): Promise<Escalation[]> {
    await this.access.assertTeamMember(principal, teamId);
    const manager = await this.db.manager();
    return manager.find(Escalation, { where: { targetTeamId: teamId, ...(status ? { status } : {}) }, order: { createdAt: 'ASC' } });
  }

  forCase(caseId: string): Promise<Escalation[]> {
    return this.db
      .loader<string, Escalation[]>('escalationsOfCase', async (caseIds) => {
        const rows = await (await this.db.manager()).find(Escalation, { where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC' } });
        return groupByKeys(caseIds, rows, (row) => row.caseId);
      })
      .load(caseId);
  }

  /** Has the case been referred to a team the caller is a current member of? (That team may assess the risk.) */
  async referredToTeamOf(caseId: string, teamIds: string[]): Promise<boolean> {
    return (await this.forCase(caseId)).some((e) => e.targetTeamId !== null && teamIds.includes(e.targetTeamId) && e.status !== EscalationStatus.DECLINED);
  }
}
