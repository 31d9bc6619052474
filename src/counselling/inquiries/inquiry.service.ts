import { Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { DepartmentService } from '../../organisation/departments/department.service';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, toPage } from '../../platform/graphql/pagination';
import { NetworkAccessService, today } from '../../networks/networks/network-access.service';
import { InquirySource } from './inquiry.enums';
import { Inquiry } from './inquiry.entity';
import { InquiryListInput, LogInquiryInput } from './inquiry.model';

@Injectable()
export class InquiryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
    private readonly departments: DepartmentService,
  ) {}

  /** A team member logs an inquiry: who asked (as a kind), how, when, and whether it was about a concrete case. */
  async log(principal: Principal, input: LogInquiryInput): Promise<Inquiry> {
    const { caller } = await this.access.assertTeamMember(principal, input.teamId);
    const receivedOn = input.receivedOn ?? today();
    if (receivedOn > today()) throw new AppError(ErrorCode.BadUserInput, 'An inquiry cannot be received in the future');
    const fromColleague = input.source === InquirySource.COLLEAGUE;
    if (!fromColleague && (input.askerDepartmentId || input.askerDiscipline)) {
      throw new AppError(ErrorCode.BadUserInput, 'Only an inquiry from a colleague has a department or discipline');
    }
    const department = input.askerDepartmentId ? await this.departments.get(input.askerDepartmentId) : null;
    const manager = await this.db.manager();
    return manager.save(
      Inquiry,
      manager.create(Inquiry, {
        municipalityId: caller.staff.municipalityId,
        teamId: input.teamId,
        receivedById: caller.staff.id,
        receivedOn,
        channel: input.channel,
        source: input.source,
        askerDepartmentId: department?.id ?? null,
        askerDiscipline: department?.discipline ?? input.askerDiscipline ?? null,
        subject: input.subject,
        caseId: null,
      }),
    );
  }

  /** The team's inquiries, newest first. */
  async list(principal: Principal, input: InquiryListInput): Promise<Page<Inquiry>> {
    await this.access.assertTeamMember(principal, input.teamId);
    const first = input.first ?? DEFAULT_PAGE_SIZE;
    const manager = await this.db.manager();
    const query = manager
      .createQueryBuilder(Inquiry, 'i')
      .where('i.team_id = :teamId', { teamId: input.teamId })
      .orderBy('i.received_on', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(first + 1);
    if (input.from) query.andWhere('i.received_on >= :from', { from: input.from });
    if (input.to) query.andWhere('i.received_on <= :to', { to: input.to });
    if (input.after) {
      const [receivedOn, id] = decodeCursor(input.after, ['date', 'uuid']);
      query.andWhere('(i.received_on, i.id) < (:receivedOn, :id)', { receivedOn, id });
    }
    return toPage(await query.getMany(), first, (row) => [row.receivedOn, row.id]);
  }

}
