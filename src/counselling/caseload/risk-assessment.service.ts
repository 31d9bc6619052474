import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { CompetenceService } from '../competences/competence.service';
import { groupByKeys } from '../../platform/database/loader-registry';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { NetworkAccessService, today } from '../../networks/networks/network-access.service';
import { CaseloadService } from './caseload.service';
import { RecordRiskAssessmentInput } from './caseload.model';
import { EscalationService } from './escalation.service';
import { RiskAssessment } from './risk-assessment.entity';

export const CERTIFICATION_REQUIRED = 'CERTIFICATION_REQUIRED';

@Injectable()
export class RiskAssessmentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    private readonly caseload: CaseloadService,
    private readonly escalations: EscalationService,
    private readonly competences: CompetenceService,
  ) {}

  /**
   * A PATRIARK assessment, by a member of the case's team or of the
   * specialist team it was referred to, whose certification is on record and
   * valid on the day of the assessment.
   */
  async record(principal: Principal, input: RecordRiskAssessmentInput): Promise<RiskAssessment> {
    const kase = await this.caseload.load(input.caseId);
    const caller = await this.access.caller(principal);
    const teams = caller.memberships.filter((m) => m.leftOn === null).map((m) => m.networkId);
    if (!teams.includes(kase.teamId) && !(await this.escalations.referredToTeamOf(kase.id, teams))) {
      throw new AppError(ErrorCode.Forbidden, "Only the case's team, or the specialist team it was referred to, can assess its risk");
    }
    if (input.assessedOn > today() || input.assessedOn < kase.openedOn) throw new AppError(ErrorCode.BadUserInput, 'assessedOn must lie between the day the case was opened and today');
    if (input.nextReviewOn <= input.assessedOn) throw new AppError(ErrorCode.BadUserInput, 'nextReviewOn must be after assessedOn');
    if (!(await this.competences.hasValidPatriark(caller.staff.id, input.assessedOn))) {
      throw new AppError(CERTIFICATION_REQUIRED, 'A PATRIARK assessment can only be recorded by someone whose PATRIARK certification is on record and valid on the day of the assessment');
    }
    const manager = await this.db.manager();
    return manager.save(RiskAssessment, manager.create(RiskAssessment, { municipalityId: kase.municipalityId, caseId: kase.id, assessedById: caller.staff.id, assessedOn: input.assessedOn, level: input.level, nextReviewOn: input.nextReviewOn }));
  }

  forCase(caseId: string): Promise<RiskAssessment[]> {
    return this.db
      .loader<string, RiskAssessment[]>('riskAssessmentsOfCase', async (caseIds) => {
        const rows = await (await this.db.manager()).find(RiskAssessment, { where: { caseId: In([...caseIds]) }, order: { assessedOn: 'ASC', id: 'ASC' } });
        return groupByKeys(caseIds, rows, (row) => row.caseId);
      })
      .load(caseId);
  }
}
