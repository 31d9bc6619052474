import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operator commands that run in every municipality (re-sealing personal data
 * under a new key) need the list of municipalities, which row-level security
 * hides even from the owner. One SECURITY DEFINER function lists their ids,
 * for the owner (and, from WithdrawnContentErasure on, the runtime role's jobs).
 */
export class MunicipalityListing1796119100000 implements MigrationInterface {
  name = 'MunicipalityListing1796119100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE POLICY municipality_owner_listing ON "municipality" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`
      CREATE FUNCTION all_municipality_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT id FROM municipality ORDER BY code $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION all_municipality_ids() FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION all_municipality_ids()`);
    await queryRunner.query(`DROP POLICY municipality_owner_listing ON "municipality"`);
  }
}
