import { Injectable } from '@nestjs/common';
import { TenantDatabase } from './platform/database/tenant-database';
import { KnownNames } from './privacy/anonymisation/known-names';

/**
 * Who and what the municipality knows by name: its staff (organisation), its
 * registered speakers and the organisations they come from (speakers), and its
 * own departments, the local actors it works with and their organisations,
 * and its housing areas (community). Composed here, beside app.module.ts, because the
 * anonymisation guard (privacy) depends on no area. One statement, under the
 * request's row-level security.
 */
@Injectable()
export class MunicipalityKnownNames implements KnownNames {
  constructor(private readonly db: TenantDatabase) {}

  async names(): Promise<string[]> {
    const manager = await this.db.manager();
    const rows: { name: string }[] = await manager.query(`SELECT display_name AS name FROM staff_user
       UNION SELECT name FROM speaker
       UNION SELECT organisation FROM speaker WHERE organisation IS NOT NULL
       UNION SELECT name FROM department
       UNION SELECT name FROM local_actor
       UNION SELECT organisation FROM local_actor WHERE organisation IS NOT NULL
       UNION SELECT name FROM housing_area`);
    return rows.map((row) => row.name);
  }
}
