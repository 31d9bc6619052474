import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '../../platform/auth/role.enum';
import { effectiveRoles } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';

export interface SignedInPerson {
  staffId: string;
  subject: string;
  displayName: string;
  department: string;
  municipalityId: string;
  municipality: string;
  roles: Role[];
}

interface PersonRow {
  staff_id: string;
  subject: string;
  display_name: string;
  department: string;
  municipality_id: string;
  municipality: string;
  granted: Role[];
}

const PEOPLE = `
  SELECT s.id AS staff_id, s.subject, s.display_name, d.name AS department, m.id AS municipality_id, m.name AS municipality,
         ARRAY(SELECT g.role::text FROM role_grant g WHERE g.staff_id = s.id AND g.revoked_at IS NULL ORDER BY g.role) AS granted
    FROM staff_user s JOIN department d ON d.id = s.department_id JOIN municipality m ON m.id = s.municipality_id
   WHERE s.active`;

/**
 * Who a sign-in or a session belongs to, read under row-level security as
 * their municipality, from its records: only active staff can sign in, and a
 * session shows the roles granted now.
 */
@Injectable()
export class SignedInPeople {
  constructor(
    private readonly db: TenantDatabase,
    private readonly dataSource: DataSource,
  ) {}

  async bySubject(municipalityId: string, subject: string): Promise<SignedInPerson | null> {
    const [row] = await this.db.runAsTenant(municipalityId, (manager) => manager.query(`${PEOPLE} AND s.subject = $1`, [subject]) as Promise<PersonRow[]>);
    return row ? toPerson(row) : null;
  }

  async byStaffId(municipalityId: string, staffId: string): Promise<SignedInPerson | null> {
    const [row] = await this.db.runAsTenant(municipalityId, (manager) => manager.query(`${PEOPLE} AND s.id = $1`, [staffId]) as Promise<PersonRow[]>);
    return row ? toPerson(row) : null;
  }

  async municipalityByCode(code: string): Promise<string | null> {
    const [{ id }] = await this.dataSource.query('SELECT municipality_id_by_code($1) AS id', [code]);
    return (id as string | null) ?? null;
  }

  /** Everyone active in every municipality, for the development sign-in page only. */
  async everyone(): Promise<SignedInPerson[]> {
    const ids: { id: string }[] = await this.dataSource.query('SELECT all_municipality_ids() AS id');
    const people: SignedInPerson[] = [];
    for (const { id } of ids) {
      const rows = await this.db.runAsTenant(id, (manager) => manager.query(`${PEOPLE} ORDER BY d.name, s.display_name`) as Promise<PersonRow[]>);
      people.push(...rows.map(toPerson));
    }
    return people;
  }
}

function toPerson(row: PersonRow): SignedInPerson {
  return {
    staffId: row.staff_id,
    subject: row.subject,
    displayName: row.display_name,
    department: row.department,
    municipalityId: row.municipality_id,
    municipality: row.municipality,
    roles: effectiveRoles(row.granted),
  };
}
