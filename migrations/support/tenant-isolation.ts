import { QueryRunner } from 'typeorm';

/**
 * Row-level security for a tenant-owned table: enabled and forced (so the
 * owner is bound too), one policy on the transaction-local tenant setting,
 * and the runtime group's privileges. Migrations call this instead of
 * writing the statements out, so no table can get half of it.
 *
 * Frozen: migrations that ran must keep meaning what they meant. To change
 * the mechanism, add a new function (and a migration that applies it).
 */
export async function isolateTenantTables(queryRunner: QueryRunner, privilegesByTable: Record<string, string>): Promise<void> {
  for (const [table, privileges] of Object.entries(privilegesByTable)) {
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}"
      USING (municipality_id = app_current_municipality()) WITH CHECK (municipality_id = app_current_municipality())`);
    await queryRunner.query(`GRANT ${privileges} ON "${table}" TO nsk_runtime`);
  }
}

export async function dropTenantIsolation(queryRunner: QueryRunner, tables: string[]): Promise<void> {
  for (const table of tables) {
    await queryRunner.query(`REVOKE ALL ON "${table}" FROM nsk_runtime`);
    await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
  }
}
