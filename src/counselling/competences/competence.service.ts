import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { groupByKeys } from '../../platform/database/loader-registry';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { MembershipRole } from '../../networks/networks/network-kind.enum';
import { NetworkAccessService, today } from '../../networks/networks/network-access.service';
import { StaffService } from '../../organisation/staff/staff.service';
import { Competence, CompetenceKind } from './competence.entity';
import { CertificationStatus, MemberCompetencesModel, RecordCompetenceInput, TeamCompetencesInput } from './competence.model';

@Injectable()
export class CompetenceService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    private readonly staff: StaffService,
  ) {}

  /** Staff record their own; a coordinator records for the members of their teams; the admin for anyone. */
  async record(principal: Principal, input: RecordCompetenceInput): Promise<Competence> {
    const caller = await this.access.caller(principal);
    const staffId = input.staffMemberId ?? caller.staff.id;
    if (staffId !== caller.staff.id && !caller.isAdmin) {
      const theirTeams = (await this.access.membershipsOf(staffId)).filter((m) => m.leftOn === null).map((m) => m.networkId);
      const coordinates = caller.memberships.some((m) => m.leftOn === null && m.role === MembershipRole.COORDINATOR && theirTeams.includes(m.networkId));
      if (!coordinates) throw new AppError(ErrorCode.Forbidden, "Only the person, a coordinator of one of their teams or the admin can record their competences");
    }
    await this.access.assertActiveStaff(staffId);
    if (input.kind === CompetenceKind.PATRIARK_CERTIFICATION && !input.validUntil) {
      throw new AppError(ErrorCode.BadUserInput, 'A PATRIARK certification needs the date it is valid until');
    }
    if (input.validUntil && input.validUntil <= input.completedOn) throw new AppError(ErrorCode.BadUserInput, 'validUntil must be after completedOn');
    if (input.completedOn > today()) throw new AppError(ErrorCode.BadUserInput, 'A competence cannot be completed in the future');
    const manager = await this.db.manager();
    return manager.save(
      Competence,
      manager.create(Competence, { municipalityId: caller.staff.municipalityId, staffUserId: staffId, kind: input.kind, title: input.title, provider: input.provider, completedOn: input.completedOn, validUntil: input.validUntil ?? null, recordedById: caller.staff.id }),
    );
  }

  /** Is the member's PATRIARK certification on record and valid on the date? */
  async hasValidPatriark(staffId: string, onDate: string): Promise<boolean> {
    const manager = await this.db.manager();
    return manager.exists(Competence, { where: { staffUserId: staffId, kind: CompetenceKind.PATRIARK_CERTIFICATION, completedOn: LessThanOrEqual(onDate), validUntil: MoreThanOrEqual(onDate) } });
  }

  /** Who in the team holds what, and whose certification runs out soon. Members and the admin. */
  async forTeam(principal: Principal, input: TeamCompetencesInput): Promise<MemberCompetencesModel[]> {
    await this.access.assertMember(principal, input.teamId);
    const members = await this.access.activeMembers(input.teamId);
    const staffIds = members.map((m) => m.staffUserId);
    const [people, competences] = await Promise.all([Promise.all(staffIds.map((id) => this.staff.load(id))), Promise.all(staffIds.map((id) => this.ofStaff(id)))]);
    const now = today();
    const soon = DateTime.fromISO(now).plus({ days: input.expiringWithinDays }).toISODate()!;
    return people.map((person, index) => {
      const own = competences[index];
      const patriark = own.filter((c) => c.kind === CompetenceKind.PATRIARK_CERTIFICATION).map((c) => c.validUntil!).sort().at(-1) ?? null;
      const supervision = own.filter((c) => c.kind === CompetenceKind.SUPERVISION).map((c) => c.completedOn).sort().at(-1) ?? null;
      return {
        staffMember: person,
        competences: own,
        patriarkValidUntil: patriark,
        patriarkStatus: !patriark ? CertificationStatus.NONE : patriark < now ? CertificationStatus.EXPIRED : patriark <= soon ? CertificationStatus.EXPIRING_SOON : CertificationStatus.VALID,
        hasDiplomaModule: own.some((c) => c.kind === CompetenceKind.DIPLOMA_MODULE),
        lastSupervisionOn: supervision,
      };
    });
  }

  /** A member's competences, newest first; batched across members. */
  ofStaff(staffId: string): Promise<Competence[]> {
    return this.db
      .loader<string, Competence[]>('competencesOfStaff', async (staffIds) => {
        const manager = await this.db.manager();
        const rows = await manager.find(Competence, { where: { staffUserId: In([...staffIds]) }, order: { completedOn: 'DESC', id: 'ASC' } });
        return groupByKeys(staffIds, rows, (row) => row.staffUserId);
      })
      .load(staffId);
  }
}
