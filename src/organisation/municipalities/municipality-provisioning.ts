import { DataSource, EntityManager } from 'typeorm';
import { TENANT_SETTING } from '../../platform/database/database-roles';
import { Department } from '../departments/department.entity';
import { Discipline } from '../departments/discipline.enum';
import { GrantableRole } from '../../platform/auth/role.enum';
import { RoleGrant } from '../roles/role-grant.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { Municipality } from './municipality.entity';

export interface MunicipalitySpec {
  id?: string;
  code: string;
  name: string;
  /** A unified administration (enhedsforvaltning) may use that legal basis for exchange. */
  unifiedAdministration?: boolean;
  departments: { id?: string; key: string; name: string; discipline: Discipline }[];
  /** `roles`: grants recorded for the person (a municipality's first admin, the demo's DPO). */
  staff: { id?: string; subject: string; displayName: string; email: string; departmentKey: string; roles?: GrantableRole[] }[];
}

export interface ProvisionedMunicipality {
  municipality: Municipality;
  departments: Record<string, Department>;
  staff: Record<string, StaffUser>;
}

/**
 * Creates a municipality with its departments and staff in one transaction.
 * Creating a tenant is a platform operation, not something a tenant can do,
 * so it runs on the owner connection. Row-level security is forced even for
 * the owner, hence the tenant setting.
 */
export async function provisionMunicipality(
  owner: DataSource,
  spec: MunicipalitySpec,
  /** More to create in the same transaction, as that tenant (the demo data's networks). */
  andThen?: (manager: EntityManager, provisioned: ProvisionedMunicipality) => Promise<void>,
): Promise<ProvisionedMunicipality> {
  return owner.transaction(async (manager) => {
    const municipality = manager.create(Municipality, { id: spec.id, code: spec.code, name: spec.name, unifiedAdministration: spec.unifiedAdministration ?? false });
    municipality.id ??= (await manager.query('SELECT gen_random_uuid() AS id'))[0].id;
    await manager.query('SELECT set_config($1, $2, true)', [TENANT_SETTING, municipality.id]);
    await manager.insert(Municipality, municipality);

    const departments: Record<string, Department> = {};
    for (const { key, ...department } of spec.departments) {
      departments[key] = await manager.save(Department, manager.create(Department, { ...department, municipalityId: municipality.id }));
    }
    const staff: Record<string, StaffUser> = {};
    for (const { departmentKey, roles = [], ...person } of spec.staff) {
      const department = departments[departmentKey];
      if (!department) throw new Error(`Unknown department key ${departmentKey}`);
      const member = await manager.save(
        StaffUser,
        manager.create(StaffUser, { ...person, municipalityId: municipality.id, departmentId: department.id, active: true }),
      );
      staff[person.subject] = member;
      for (const role of roles) {
        await manager.insert(RoleGrant, { municipalityId: municipality.id, staffId: member.id, role, grantedBy: null, revokedAt: null, revokedBy: null });
      }
    }
    const provisioned = { municipality, departments, staff };
    await andThen?.(manager, provisioned);
    return provisioned;
  });
}
