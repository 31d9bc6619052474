import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { DepartmentService } from '../departments/department.service';
import { AppError, ErrorCode, isUniqueViolation, notFound } from '../../platform/errors/app-error';
import { decodeCursor, Page, PageInput, DEFAULT_PAGE_SIZE, toPage } from '../../platform/graphql/pagination';
import { CreateStaffMemberInput } from './dto/create-staff-member.input';
import { StaffUser } from './staff-user.entity';
import { Department } from '../departments/department.entity';
import { leanEntity } from '../../platform/database/lean-read';
import { byKeys } from '../../platform/database/loader-registry';

@Injectable()
export class StaffService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly departments: DepartmentService,
  ) {}

  /**
   * The caller's staff record. The principal was resolved from it at the start
   * of the request (StaffPrincipals), which also put it in the request's loader,
   * so this reads no row again.
   */
  async current(principal: Principal): Promise<StaffUser> {
    const staff = await this.load(principal.staffId);
    if (!staff.active) throw new AppError(ErrorCode.Forbidden, 'Your account is not registered as active staff in this municipality');
    return staff;
  }

  /** Hands a staff row read elsewhere in this request to the by-id loader. */
  remember(staff: StaffUser): void {
    this.byId().prime(staff.id, staff);
  }

  /**
   * Staff by id, one statement per request, each with their department in
   * the same statement (handed to the department loader): a member of staff
   * is rarely shown without it, and it was a statement of its own on every
   * read that shows presenters, invitees or owners.
   */
  private byId(): DataLoader<string, StaffUser> {
    return this.db.loader<string, StaffUser>('StaffUserById', async (ids) => {
      const manager = await this.db.manager();
      const staff = leanEntity(manager.connection, StaffUser)!;
      const departments = leanEntity(manager.connection, Department)!;
      const rows: Record<string, unknown>[] = await manager.query(
        `SELECT ${staff.columns}, (SELECT ${departments.json!.object('d')} FROM ${departments.table} d WHERE d.id = t.department_id) AS "department$" FROM ${staff.table} t WHERE t.id = ANY($1)`,
        [ids],
      );
      for (const row of rows) {
        const read = departments.json!.toEntity(row['department$'] as Record<string, unknown> | null);
        if (read) this.departments.remember(read);
      }
      return byKeys(ids, staff.toEntities(rows), (row) => row.id, () => notFound('The member of staff'));
    });
  }

  /** Staff ordered by name, keyset-paginated on (display_name, id). */
  async list(page: PageInput): Promise<Page<StaffUser>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const manager = await this.db.manager();
    const query = manager
      .createQueryBuilder(StaffUser, 'staff')
      .orderBy('staff.display_name', 'ASC')
      .addOrderBy('staff.id', 'ASC')
      .limit(first + 1);
    if (page.after) {
      const [name, id] = decodeCursor(page.after, ['text', 'uuid']);
      query.where('(staff.display_name, staff.id) > (:name, :id)', { name, id });
    }
    return toPage(await query.getMany(), first, (row) => [row.displayName, row.id]);
  }

  async create(input: CreateStaffMemberInput): Promise<StaffUser> {
    await this.departments.get(input.departmentId);
    const manager = await this.db.manager();
    const municipalityId = this.db.current().municipalityId!;
    try {
      return await manager.save(StaffUser, manager.create(StaffUser, { ...input, municipalityId, active: true }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_staff_user_subject')) {
        throw new AppError(ErrorCode.Conflict, 'A member of staff with this subject already exists');
      }
      throw error;
    }
  }

  /** Batched lookup of staff by id (presenters, owners, attendees). */
  load(id: string): Promise<StaffUser> {
    return this.byId().load(id);
  }

  async deactivate(id: string): Promise<StaffUser> {
    const manager = await this.db.manager();
    const staff = await manager.findOne(StaffUser, { where: { id } });
    if (!staff) throw notFound('The member of staff');
    staff.active = false;
    return manager.save(StaffUser, staff);
  }
}
