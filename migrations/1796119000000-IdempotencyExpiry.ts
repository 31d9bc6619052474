import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored idempotency answers can hold free text (a case narrative, advice,
 * minutes), so they expire. The runtime role gets one narrow way to remove
 * expired rows of every municipality: a SECURITY DEFINER function, run as the
 * owner, to whom these two policies (and nothing else) show the table's rows.
 */
export class IdempotencyExpiry1796119000000 implements MigrationInterface {
  name = 'IdempotencyExpiry1796119000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE POLICY idempotency_purge_read ON "idempotency_key" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`CREATE POLICY idempotency_purge ON "idempotency_key" FOR DELETE TO CURRENT_USER USING (true)`);
    await queryRunner.query(`
      CREATE FUNCTION purge_expired_idempotency_keys(max_age_seconds integer) RETURNS integer
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ WITH gone AS (DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => max_age_seconds) RETURNING 1)
              SELECT count(*)::integer FROM gone $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION purge_expired_idempotency_keys(integer) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION purge_expired_idempotency_keys(integer) TO nsk_runtime`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION purge_expired_idempotency_keys(integer)`);
    await queryRunner.query(`DROP POLICY idempotency_purge ON "idempotency_key"`);
    await queryRunner.query(`DROP POLICY idempotency_purge_read ON "idempotency_key"`);
  }
}
