import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appends go through one narrow function; the runtime role can no longer
 * insert ledger rows or move the head itself (it could UPDATE ledger_head
 * directly). The function runs as the owner, for the transaction's tenant
 * only, and does exactly what an append is: lock the head, insert the next
 * entry with its hash computed here, move the head.
 */
export class LedgerAppendFunction1796119200000 implements MigrationInterface {
  name = 'LedgerAppendFunction1796119200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ledger_append(p_kind varchar, p_citizen_id uuid, p_content text, p_content_hash varchar, p_recorded_at timestamptz)
        RETURNS TABLE (entry_position bigint, entry_prev_hash varchar, entry_entry_hash varchar)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
      DECLARE
        tenant uuid := app_current_municipality();
        next_position bigint;
        previous varchar;
        hashed varchar;
      BEGIN
        IF tenant IS NULL THEN
          RAISE EXCEPTION 'ledger_append needs the tenant setting' USING ERRCODE = '42501';
        END IF;
        IF p_content_hash <> encode(sha256(convert_to(p_content, 'UTF8')), 'hex') THEN
          RAISE EXCEPTION 'the content hash does not match the content' USING ERRCODE = '22023';
        END IF;
        SELECT h.position + 1, h.entry_hash INTO next_position, previous FROM ledger_head h WHERE h.municipality_id = tenant FOR UPDATE;
        IF NOT FOUND THEN
          -- The municipality's first entry: create its head (a concurrent first append may win; then follow it).
          INSERT INTO ledger_head (municipality_id, position, entry_hash) VALUES (tenant, 0, repeat('0', 64)) ON CONFLICT (municipality_id) DO NOTHING;
          SELECT h.position + 1, h.entry_hash INTO next_position, previous FROM ledger_head h WHERE h.municipality_id = tenant FOR UPDATE;
        END IF;
        hashed := encode(sha256(convert_to(next_position::text || E'\\n' || previous || E'\\n' || p_content_hash, 'UTF8')), 'hex');
        INSERT INTO ledger_entry (municipality_id, position, kind, citizen_id, content, content_hash, prev_hash, entry_hash, recorded_at)
          VALUES (tenant, next_position, p_kind, p_citizen_id, p_content, p_content_hash, previous, hashed, p_recorded_at);
        UPDATE ledger_head SET position = next_position, entry_hash = hashed WHERE municipality_id = tenant;
        RETURN QUERY SELECT next_position, previous, hashed;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ledger_append(varchar, uuid, text, varchar, timestamptz) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ledger_append(varchar, uuid, text, varchar, timestamptz) TO nsk_runtime`);
    await queryRunner.query(`REVOKE INSERT ON "ledger_entry" FROM nsk_runtime`);
    await queryRunner.query(`REVOKE INSERT, UPDATE ON "ledger_head" FROM nsk_runtime`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT INSERT, UPDATE ON "ledger_head" TO nsk_runtime`);
    await queryRunner.query(`GRANT INSERT ON "ledger_entry" TO nsk_runtime`);
    await queryRunner.query(`DROP FUNCTION ledger_append(varchar, uuid, text, varchar, timestamptz)`);
  }
}
