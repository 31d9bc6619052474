import { Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { DepartmentService } from '../departments/department.service';
import { AppError, ErrorCode, isUniqueViolation, notFound } from '../../platform/errors/app-error';
import { decodeCursor, Page, PageInput, DEFAULT_PAGE_SIZE, toPage } from '../../platform/graphql/pagination';
import { CreateStaffMemberInput } from './dto/create-staff-member.input';
import { StaffUser } from './staff-user.entity';

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
    this.db.byIdLoader(StaffUser, 'The member of staff').prime(staff.id, staff);
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
    return this.db.byIdLoader(StaffUser, 'The member of staff').load(id);
  }

  async deactivate(id: string): Promise<StaffUser> {
    const manager = await this.db.manager();
    const staff = await manager.findOne(StaffUser, { where: { id } });
    if (!staff) throw notFound('The member of staff');
    staff.active = false;
    return manager.save(StaffUser, staff);
  }
}
