import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

export class ConsentLedgerAndExchange1795550374771 implements MigrationInterface {
  name = 'ConsentLedgerAndExchange1795550374771';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "citizen" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cpr_hash" character varying(64) NOT NULL, "consent_revision" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_0e19d9fdbdd0d185ce72fe62a04" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_citizen_tenant_key" ON "citizen" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_citizen_cpr_hash" ON "citizen" ("municipality_id", "cpr_hash") `);
    await queryRunner.query(`CREATE TYPE "public"."data_category" AS ENUM('family_situation', 'health', 'employment_and_income', 'housing', 'school_attendance', 'police_contact')`);
    await queryRunner.query(`CREATE TYPE "public"."exchange_purpose" AS ENUM('case_sparring', 'coordinated_effort')`);
    await queryRunner.query(`CREATE TYPE "public"."consent_method" AS ENUM('signed_form', 'digital_signature', 'oral_recorded')`);
    await queryRunner.query(`CREATE TYPE "public"."consent_given_by" AS ENUM('citizen', 'custody_holder')`);
    await queryRunner.query(`CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "citizen_id" uuid NOT NULL, "from_department_ids" uuid array NOT NULL, "to_department_ids" uuid array NOT NULL, "categories" "public"."data_category" array NOT NULL, "purposes" "public"."exchange_purpose" array NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, "method" "public"."consent_method" NOT NULL, "consent_text_version" character varying(50) NOT NULL, "given_by" "public"."consent_given_by" NOT NULL, "custody_holder_relation" character varying(100), "recorded_by_id" uuid NOT NULL, CONSTRAINT "ck_consent_period" CHECK ("valid_to" > "valid_from"), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_consent_citizen" ON "consent" ("citizen_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_consent_tenant_key" ON "consent" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."consent_event_kind" AS ENUM('withdrawn', 'expired')`);
    await queryRunner.query(`CREATE TABLE "consent_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consent_id" uuid NOT NULL, "kind" "public"."consent_event_kind" NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_id" uuid, CONSTRAINT "PK_da129f04a16b45855a0ebb5ed68" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_consent_event_kind" ON "consent_event" ("consent_id", "kind") `);
    await queryRunner.query(`CREATE TABLE "data_flow_policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "from_department_id" uuid NOT NULL, "to_department_id" uuid NOT NULL, "categories" "public"."data_category" array NOT NULL, CONSTRAINT "PK_a9692b1c6b7e38df456ee81e1a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_data_flow_policy_pair" ON "data_flow_policy" ("municipality_id", "from_department_id", "to_department_id") `);
    await queryRunner.query(`CREATE TYPE "public"."exchange_decision" AS ENUM('permitted', 'refused')`);
    await queryRunner.query(`CREATE TYPE "public"."refusal_reason" AS ENUM('no_consent', 'consent_withdrawn', 'consent_expired', 'department_not_covered', 'category_not_covered', 'purpose_not_covered', 'not_allowed_by_policy')`);
    await queryRunner.query(`CREATE TYPE "public"."legal_basis" AS ENUM('ssp_aja_115', 'child_at_risk_notification', 'acute_danger', 'unified_administration')`);
    await queryRunner.query(`CREATE TYPE "public"."review_status" AS ENUM('not_required', 'pending', 'reviewed')`);
    await queryRunner.query(`CREATE TABLE "exchange" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conversation_id" uuid NOT NULL, "in_reply_to_id" uuid, "citizen_id" uuid NOT NULL, "from_department_id" uuid NOT NULL, "to_department_id" uuid NOT NULL, "categories" "public"."data_category" array NOT NULL, "purpose" "public"."exchange_purpose" NOT NULL, "requested_by_id" uuid NOT NULL, "decision" "public"."exchange_decision" NOT NULL, "refusal_reason" "public"."refusal_reason", "consent_id" uuid, "legal_basis" "public"."legal_basis", "justification_sealed" bytea, "content_sealed" bytea, "review_status" "public"."review_status" NOT NULL DEFAULT 'not_required', "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "ledger_position" bigint NOT NULL, CONSTRAINT "PK_cbd4568fcb476b57cebd8239895" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_exchange_review" ON "exchange" ("review_status") `);
    await queryRunner.query(`CREATE INDEX "ix_exchange_to_department" ON "exchange" ("to_department_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_exchange_conversation" ON "exchange" ("conversation_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_exchange_tenant_key" ON "exchange" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "ledger_entry" ("municipality_id" uuid NOT NULL, "position" bigint NOT NULL, "kind" character varying(40) NOT NULL, "citizen_id" uuid, "content" text NOT NULL, "content_hash" character varying(64) NOT NULL, "prev_hash" character varying(64) NOT NULL, "entry_hash" character varying(64) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c06d8ceff545bdf103c3e414e82" PRIMARY KEY ("municipality_id", "position"))`);
    await queryRunner.query(`CREATE INDEX "ix_ledger_entry_citizen" ON "ledger_entry" ("municipality_id", "citizen_id") `);
    await queryRunner.query(`CREATE TABLE "ledger_head" ("municipality_id" uuid NOT NULL, "position" bigint NOT NULL, "entry_hash" character varying(64) NOT NULL, CONSTRAINT "PK_30bad47e0b3ba0c8a5f48fea098" PRIMARY KEY ("municipality_id"))`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "unified_administration" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "citizen" ADD CONSTRAINT "FK_ac066cd3ea4e6895e40f1e1ac23" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_e726fef47fb8742c5595d07c7ad" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_8a4cbf58fc3f4037e607304c9a4" FOREIGN KEY ("citizen_id", "municipality_id") REFERENCES "citizen"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_0a3021edcd7405b8832559fb3ac" FOREIGN KEY ("recorded_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_event" ADD CONSTRAINT "FK_229ead2419b2ad652110b338bfa" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_event" ADD CONSTRAINT "FK_7c0dae5363cea72f82a8afcb2d2" FOREIGN KEY ("consent_id", "municipality_id") REFERENCES "consent"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_event" ADD CONSTRAINT "FK_b663a906c469129cbe60c21a583" FOREIGN KEY ("recorded_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "data_flow_policy" ADD CONSTRAINT "FK_47f3cab76ea2953f32cf8078b86" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "data_flow_policy" ADD CONSTRAINT "FK_2dc4d4a41a91cf0e996a78b519b" FOREIGN KEY ("from_department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "data_flow_policy" ADD CONSTRAINT "FK_a9fccbc5929f34636782853bd50" FOREIGN KEY ("to_department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD CONSTRAINT "FK_c86b9cd61ef3ae108f45c587f29" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD CONSTRAINT "FK_3d38e9000bfd2c113839f23c32d" FOREIGN KEY ("citizen_id", "municipality_id") REFERENCES "citizen"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD CONSTRAINT "FK_c35640d967213061f6db01a86c8" FOREIGN KEY ("from_department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD CONSTRAINT "FK_417623c2675ea152124e8e28f91" FOREIGN KEY ("to_department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD CONSTRAINT "FK_6b80665025d7a74874919266cb1" FOREIGN KEY ("requested_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD CONSTRAINT "FK_71144d83861a2e861314d52e7fd" FOREIGN KEY ("consent_id", "municipality_id") REFERENCES "consent"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // --- Tenant isolation, privileges and the append-only ledger (written by hand) ---
    const tables: Record<string, string> = {
      citizen: 'SELECT, INSERT',
      // Consent records are never changed or deleted: withdrawal and expiry are new events.
      consent: 'SELECT, INSERT',
      consent_event: 'SELECT, INSERT',
      data_flow_policy: 'SELECT, INSERT, UPDATE',
      // Only the data-protection officer's review marks change on an exchange (column grant below).
      exchange: 'SELECT, INSERT',
      ledger_entry: 'SELECT, INSERT',
      ledger_head: 'SELECT, INSERT, UPDATE',
    };
    await isolateTenantTables(queryRunner, tables);
    await queryRunner.query(`GRANT UPDATE (review_status, reviewed_by_id, reviewed_at) ON "exchange" TO nsk_runtime`);
    // SELECT ... FOR UPDATE needs an UPDATE privilege; this column is the only one.
    await queryRunner.query(`GRANT UPDATE (consent_revision) ON "citizen" TO nsk_runtime`);

    // The ledger refuses change for everyone, the owner included (a superuser
    // could disable the trigger; the hash chain then shows what changed).
    await queryRunner.query(`
      CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the ledger is append-only' USING ERRCODE = 'P0001';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON "ledger_entry"
      FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change()`);
    await queryRunner.query(`CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON "ledger_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change()`);
    for (const table of ['consent', 'consent_event']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER consent_event_append_only ON "consent_event"`);
    await queryRunner.query(`DROP TRIGGER consent_append_only ON "consent"`);
    await queryRunner.query(`DROP TRIGGER ledger_no_truncate ON "ledger_entry"`);
    await queryRunner.query(`DROP TRIGGER ledger_append_only ON "ledger_entry"`);
    await queryRunner.query(`DROP FUNCTION refuse_ledger_change()`);
    await dropTenantIsolation(queryRunner, ['citizen', 'consent', 'consent_event', 'data_flow_policy', 'exchange', 'ledger_entry', 'ledger_head']);
    await queryRunner.query(`ALTER TABLE "exchange" DROP CONSTRAINT "FK_71144d83861a2e861314d52e7fd"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP CONSTRAINT "FK_6b80665025d7a74874919266cb1"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP CONSTRAINT "FK_417623c2675ea152124e8e28f91"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP CONSTRAINT "FK_c35640d967213061f6db01a86c8"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP CONSTRAINT "FK_3d38e9000bfd2c113839f23c32d"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP CONSTRAINT "FK_c86b9cd61ef3ae108f45c587f29"`);
    await queryRunner.query(`ALTER TABLE "data_flow_policy" DROP CONSTRAINT "FK_a9fccbc5929f34636782853bd50"`);
    await queryRunner.query(`ALTER TABLE "data_flow_policy" DROP CONSTRAINT "FK_2dc4d4a41a91cf0e996a78b519b"`);
    await queryRunner.query(`ALTER TABLE "data_flow_policy" DROP CONSTRAINT "FK_47f3cab76ea2953f32cf8078b86"`);
    await queryRunner.query(`ALTER TABLE "consent_event" DROP CONSTRAINT "FK_b663a906c469129cbe60c21a583"`);
    await queryRunner.query(`ALTER TABLE "consent_event" DROP CONSTRAINT "FK_7c0dae5363cea72f82a8afcb2d2"`);
    await queryRunner.query(`ALTER TABLE "consent_event" DROP CONSTRAINT "FK_229ead2419b2ad652110b338bfa"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_0a3021edcd7405b8832559fb3ac"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_8a4cbf58fc3f4037e607304c9a4"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_e726fef47fb8742c5595d07c7ad"`);
    await queryRunner.query(`ALTER TABLE "citizen" DROP CONSTRAINT "FK_ac066cd3ea4e6895e40f1e1ac23"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "unified_administration"`);
    await queryRunner.query(`DROP TABLE "ledger_head"`);
    await queryRunner.query(`DROP INDEX "public"."ix_ledger_entry_citizen"`);
    await queryRunner.query(`DROP TABLE "ledger_entry"`);
    await queryRunner.query(`DROP INDEX "public"."uq_exchange_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_exchange_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_exchange_to_department"`);
    await queryRunner.query(`DROP INDEX "public"."ix_exchange_review"`);
    await queryRunner.query(`DROP TABLE "exchange"`);
    await queryRunner.query(`DROP TYPE "public"."review_status"`);
    await queryRunner.query(`DROP TYPE "public"."legal_basis"`);
    await queryRunner.query(`DROP TYPE "public"."refusal_reason"`);
    await queryRunner.query(`DROP TYPE "public"."exchange_decision"`);
    await queryRunner.query(`DROP INDEX "public"."uq_data_flow_policy_pair"`);
    await queryRunner.query(`DROP TABLE "data_flow_policy"`);
    await queryRunner.query(`DROP INDEX "public"."uq_consent_event_kind"`);
    await queryRunner.query(`DROP TABLE "consent_event"`);
    await queryRunner.query(`DROP TYPE "public"."consent_event_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_consent_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consent_citizen"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP TYPE "public"."consent_given_by"`);
    await queryRunner.query(`DROP TYPE "public"."consent_method"`);
    await queryRunner.query(`DROP TYPE "public"."exchange_purpose"`);
    await queryRunner.query(`DROP TYPE "public"."data_category"`);
    await queryRunner.query(`DROP INDEX "public"."uq_citizen_cpr_hash"`);
    await queryRunner.query(`DROP INDEX "public"."uq_citizen_tenant_key"`);
    await queryRunner.query(`DROP TABLE "citizen"`);
  }
}
