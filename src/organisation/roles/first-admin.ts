import { DataSource, IsNull } from 'typeorm';
import { GrantableRole } from '../../platform/auth/role.enum';
import { TENANT_SETTING } from '../../platform/database/database-roles';
import { Department } from '../departments/department.entity';
import { Discipline } from '../departments/discipline.enum';
import { Municipality } from '../municipalities/municipality.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { RoleGrant } from './role-grant.entity';

export interface FirstAdminSpec {
  /** Row-level security binds the owner too, so the tenant is named by id (as in its tokens). */
  municipalityId: string;
  subject: string;
  /** Needed only when the person has no staff record yet. */
  displayName?: string;
  email?: string;
  departmentName?: string;
}

/**
 * The operator's way to give a municipality its first admin (every later
 * grant is made in the product by an admin). Runs on the owner connection,
 * as that tenant; creates the staff record when there is none. Idempotent.
 */
export async function grantFirstAdmin(owner: DataSource, spec: FirstAdminSpec): Promise<{ staffId: string; created: boolean; granted: boolean }> {
  return owner.transaction(async (manager) => {
    const { municipalityId } = spec;
    await manager.query('SELECT set_config($1, $2, true)', [TENANT_SETTING, municipalityId]);
    if (!(await manager.findOne(Municipality, { where: { id: municipalityId } }))) throw new Error('No municipality with that id');
    let staff = await manager.findOne(StaffUser, { where: { subject: spec.subject } });
    const created = !staff;
    if (!staff) {
      if (!spec.displayName || !spec.email || !spec.departmentName) throw new Error('No staff record for that subject: give a name, an e-mail and a department to create one');
      const department =
        (await manager.findOne(Department, { where: { name: spec.departmentName } })) ??
        (await manager.save(Department, manager.create(Department, { municipalityId, name: spec.departmentName, discipline: Discipline.OTHER })));
      staff = await manager.save(StaffUser, manager.create(StaffUser, { municipalityId, subject: spec.subject, displayName: spec.displayName, email: spec.email, departmentId: department.id, active: true }));
    }
    const active = await manager.findOne(RoleGrant, { where: { staffId: staff.id, role: GrantableRole.MUNICIPALITY_ADMIN, revokedAt: IsNull() } });
    if (!active) {
      await manager.insert(RoleGrant, { municipalityId, staffId: staff.id, role: GrantableRole.MUNICIPALITY_ADMIN, grantedBy: null, revokedAt: null, revokedBy: null });
    }
    return { staffId: staff.id, created, granted: !active };
  });
}
