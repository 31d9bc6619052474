import { Injectable } from '@nestjs/common';
import { TenantDatabase } from './platform/database/tenant-database';
import { KnownNames } from './privacy/anonymisation/known-names';

/**
 * Who the municipality knows by name: its staff (organisation) and its
 * registered speakers (speakers). Composed here, beside app.module.ts, because
 * the anonymisation guard (privacy) depends on no area. One statement, under
 * the request's row-level security.
 */
@Injectable()
export class MunicipalityKnownNames implements KnownNames {
  constructor(private readonly db: TenantDatabase) {}

  async names(): Promise<string[]> {
    const manager = await this.db.manager();
    const rows: { name: string }[] = await manager.query('SELECT display_name AS name FROM staff_user UNION SELECT name FROM speaker');
    return rows.map((row) => row.name);
  }
}
