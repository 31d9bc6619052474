import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTables } from './support/tenant-isolation';

/**
 * Entries of hash version 2: one hash binds every column an entry shows.
 * entry_hash = SHA-256(0x00 || leaf input), the RFC 6962 leaf hash, where
 * the leaf input is (docs/ledger.md):
 *
 *   0x02 || municipality uuid (16) || position int64 BE || recorded_at
 *   int64 BE (microseconds since 2000-01-01 UTC) || citizen uuid (16, zeros
 *   when none) || prev_hash (32) || length of kind (1) || kind || content
 *
 * Entries written before keep version 1 (position, link and content hash);
 * verification reads both. The append function now belongs to a role of its
 * own (nsk_ledger_writer, created with the other roles), which alone may
 * insert entries and move heads; checkpoints are kept append-only beside
 * the entries (their signatures, not the table, are the evidence).
 */
export class LedgerProofs1796300000000 implements MigrationInterface {
  name = 'LedgerProofs1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const [writer] = await queryRunner.query(`SELECT 1 FROM pg_roles WHERE rolname = 'nsk_ledger_writer'`);
    if (!writer) {
      throw new Error('The role nsk_ledger_writer is missing: run scripts/db/create-roles.sql (or its nsk_ledger_writer lines) as a superuser first');
    }
    await queryRunner.query(`ALTER TABLE "ledger_entry" ADD "hash_version" smallint NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "ledger_entry" ALTER COLUMN "content_hash" DROP NOT NULL`);

    await queryRunner.query(`DROP FUNCTION ledger_append(varchar, uuid, text, varchar, timestamptz)`);
    await queryRunner.query(`
      CREATE FUNCTION ledger_append(p_kind varchar, p_citizen_id uuid, p_content text, p_recorded_at timestamptz)
        RETURNS TABLE (entry_position bigint, entry_prev_hash varchar, entry_entry_hash varchar)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
      DECLARE
        tenant uuid := app_current_municipality();
        recorded jsonb;
        kind_bytes bytea := convert_to(p_kind, 'UTF8');
        next_position bigint;
        previous varchar;
        hashed varchar;
      BEGIN
        IF tenant IS NULL THEN
          RAISE EXCEPTION 'ledger_append needs the tenant setting' USING ERRCODE = '42501';
        END IF;
        recorded := p_content::jsonb;
        -- The columns are copies of what the content says; refuse an append where they differ.
        IF recorded->>'kind' IS DISTINCT FROM p_kind
           OR recorded->>'at' IS DISTINCT FROM to_char(p_recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
           OR recorded->>'citizenId' IS DISTINCT FROM p_citizen_id::text
           OR octet_length(kind_bytes) NOT BETWEEN 1 AND 40 THEN
          RAISE EXCEPTION 'the entry columns do not match its content' USING ERRCODE = '22023';
        END IF;
        SELECT h.position + 1, h.entry_hash INTO next_position, previous FROM ledger_head h WHERE h.municipality_id = tenant FOR UPDATE;
        IF NOT FOUND THEN
          -- The municipality's first entry: create its head (a concurrent first append may win; then follow it).
          INSERT INTO ledger_head (municipality_id, position, entry_hash) VALUES (tenant, 0, repeat('0', 64)) ON CONFLICT (municipality_id) DO NOTHING;
          SELECT h.position + 1, h.entry_hash INTO next_position, previous FROM ledger_head h WHERE h.municipality_id = tenant FOR UPDATE;
        END IF;
        hashed := encode(pg_catalog.sha256(
          '\\x0002'::bytea || uuid_send(tenant) || int8send(next_position) || timestamptz_send(p_recorded_at)
          || coalesce(uuid_send(p_citizen_id), '\\x00000000000000000000000000000000'::bytea) || decode(previous, 'hex')
          || set_byte('\\x00'::bytea, 0, octet_length(kind_bytes)) || kind_bytes || convert_to(p_content, 'UTF8')), 'hex');
        INSERT INTO ledger_entry (municipality_id, position, kind, citizen_id, content, content_hash, prev_hash, entry_hash, recorded_at, hash_version)
          VALUES (tenant, next_position, p_kind, p_citizen_id, p_content, NULL, previous, hashed, p_recorded_at, 2);
        UPDATE ledger_head SET position = next_position, entry_hash = hashed WHERE municipality_id = tenant;
        RETURN QUERY SELECT next_position, previous, hashed;
      END $$`);
    const signature = 'ledger_append(varchar, uuid, text, timestamptz)';
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO nsk_runtime`);
    // The writer may create in the schema only for the change of owner; it keeps no more than it needs.
    await queryRunner.query(`GRANT CREATE ON SCHEMA public TO nsk_ledger_writer`);
    await queryRunner.query(`ALTER FUNCTION ${signature} OWNER TO nsk_ledger_writer`);
    await queryRunner.query(`REVOKE CREATE ON SCHEMA public FROM nsk_ledger_writer`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO nsk_ledger_writer`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app_current_municipality() TO nsk_ledger_writer`);
    await queryRunner.query(`GRANT INSERT ON "ledger_entry" TO nsk_ledger_writer`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "ledger_head" TO nsk_ledger_writer`);

    await queryRunner.query(`CREATE TABLE "ledger_checkpoint" ("municipality_id" uuid NOT NULL, "tree_size" bigint NOT NULL, "root_hash" character varying(64) NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text NOT NULL, "frontier" jsonb NOT NULL, CONSTRAINT "PK_ledger_checkpoint" PRIMARY KEY ("municipality_id", "tree_size"))`);
    await isolateTenantTables(queryRunner, { ledger_checkpoint: 'SELECT, INSERT' });
    await queryRunner.query(`CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE OR DELETE ON "ledger_checkpoint" FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change()`);

    // The service started with the runtime role only checks that the schema is current.
    await queryRunner.query(`GRANT SELECT ON "migrations" TO nsk_runtime`);
  }

  public async down(): Promise<void> {
    // The earlier append function cannot write version-2 entries, and entries are never removed.
    throw new Error('LedgerProofs cannot be undone: the ledger keeps its version-2 entries');
  }
}
