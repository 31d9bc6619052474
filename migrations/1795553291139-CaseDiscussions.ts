import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

export class CaseDiscussions1795553291139 implements MigrationInterface {
  name = 'CaseDiscussions1795553291139';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."concern_category" AS ENUM('restricted_freedom_of_movement', 'control_of_relationships_and_marriage', 'economic_control', 'digital_control', 'threats_or_violence', 'risk_of_being_taken_abroad', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."age_band" AS ENUM('0-5', '6-12', '13-17', '18-24', '25-29', '30-49', '50+')`);
    await queryRunner.query(`CREATE TYPE "public"."affected" AS ENUM('the_person', 'children_in_household')`);
    await queryRunner.query(`CREATE TYPE "public"."case_status" AS ENUM('open', 'closed')`);
    await queryRunner.query(`CREATE TABLE "case_discussion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reference" character varying(20) NOT NULL, "network_id" uuid NOT NULL, "meeting_id" uuid, "presenter_id" uuid NOT NULL, "presenting_discipline" "public"."discipline" NOT NULL, "concern_categories" "public"."concern_category" array NOT NULL, "age_band" "public"."age_band" NOT NULL, "affected" "public"."affected" array NOT NULL, "actions_taken" text, "question" text, "narrative" text, "outcome" text, "status" "public"."case_status" NOT NULL DEFAULT 'open', "closed_at" TIMESTAMP WITH TIME ZONE, "text_removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_273720b2af73d30de14e5c16041" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_case_network" ON "case_discussion" ("network_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_case_tenant_key" ON "case_discussion" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_case_reference" ON "case_discussion" ("municipality_id", "reference") `);
    await queryRunner.query(`CREATE TABLE "case_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_id" uuid NOT NULL, "author_id" uuid NOT NULL, "author_discipline" "public"."discipline" NOT NULL, "advice" text, "used" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_eead54e98490c4eb4bf28e0a207" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_case_response_case" ON "case_response" ("case_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "case_reference_counter" ("municipality_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_7b3c7e978eeecfa328c6fe36c00" PRIMARY KEY ("municipality_id", "year"))`);
    await queryRunner.query(`ALTER TABLE "network" ADD "case_retention_months" integer NOT NULL DEFAULT '12'`);
    await queryRunner.query(`ALTER TABLE "case_discussion" ADD CONSTRAINT "FK_1ed48cbebd9ab3bc809cb016e43" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_discussion" ADD CONSTRAINT "FK_2feb8cbd6ae5d8e50e5f6107b3e" FOREIGN KEY ("network_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_discussion" ADD CONSTRAINT "FK_46ee0e29113381e9a496ba61623" FOREIGN KEY ("meeting_id", "municipality_id") REFERENCES "meeting"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_discussion" ADD CONSTRAINT "FK_75e0a5439015ca2ce2c0fddb4c2" FOREIGN KEY ("presenter_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_response" ADD CONSTRAINT "FK_db48fa275aae091a51842a21554" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_response" ADD CONSTRAINT "FK_53fe292076b7af1fc0adc7880da" FOREIGN KEY ("case_id", "municipality_id") REFERENCES "case_discussion"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_response" ADD CONSTRAINT "FK_711bfcee76de3bf09db98ba700b" FOREIGN KEY ("author_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // --- Tenant isolation and privileges (written by hand) ---
    const tables: Record<string, string> = {
      case_discussion: 'SELECT, INSERT, UPDATE',
      case_response: 'SELECT, INSERT, UPDATE',
      case_reference_counter: 'SELECT, INSERT, UPDATE',
    };
    await isolateTenantTables(queryRunner, tables);

    // The retention job serves every municipality: this function (running as
    // the owner) says which municipalities have cases past retention, nothing
    // more; the job then works under row-level security as each of them.
    await queryRunner.query(`CREATE POLICY retention_lookup ON "case_discussion" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`CREATE POLICY retention_lookup ON "network" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`
      CREATE FUNCTION municipalities_with_expired_cases() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT DISTINCT c.municipality_id FROM case_discussion c JOIN network n ON n.id = c.network_id
               WHERE c.status = 'closed' AND c.text_removed_at IS NULL
                 AND c.closed_at < now() - make_interval(months => n.case_retention_months) $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION municipalities_with_expired_cases() FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION municipalities_with_expired_cases() TO nsk_runtime`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION municipalities_with_expired_cases()`);
    await queryRunner.query(`DROP POLICY retention_lookup ON "network"`);
    await queryRunner.query(`DROP POLICY retention_lookup ON "case_discussion"`);
    await dropTenantIsolation(queryRunner, ['case_discussion', 'case_response', 'case_reference_counter']);
    await queryRunner.query(`ALTER TABLE "case_response" DROP CONSTRAINT "FK_711bfcee76de3bf09db98ba700b"`);
    await queryRunner.query(`ALTER TABLE "case_response" DROP CONSTRAINT "FK_53fe292076b7af1fc0adc7880da"`);
    await queryRunner.query(`ALTER TABLE "case_response" DROP CONSTRAINT "FK_db48fa275aae091a51842a21554"`);
    await queryRunner.query(`ALTER TABLE "case_discussion" DROP CONSTRAINT "FK_75e0a5439015ca2ce2c0fddb4c2"`);
    await queryRunner.query(`ALTER TABLE "case_discussion" DROP CONSTRAINT "FK_46ee0e29113381e9a496ba61623"`);
    await queryRunner.query(`ALTER TABLE "case_discussion" DROP CONSTRAINT "FK_2feb8cbd6ae5d8e50e5f6107b3e"`);
    await queryRunner.query(`ALTER TABLE "case_discussion" DROP CONSTRAINT "FK_1ed48cbebd9ab3bc809cb016e43"`);
    await queryRunner.query(`ALTER TABLE "network" DROP COLUMN "case_retention_months"`);
    await queryRunner.query(`DROP TABLE "case_reference_counter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_response_case"`);
    await queryRunner.query(`DROP TABLE "case_response"`);
    await queryRunner.query(`DROP INDEX "public"."uq_case_reference"`);
    await queryRunner.query(`DROP INDEX "public"."uq_case_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_network"`);
    await queryRunner.query(`DROP TABLE "case_discussion"`);
    await queryRunner.query(`DROP TYPE "public"."case_status"`);
    await queryRunner.query(`DROP TYPE "public"."affected"`);
    await queryRunner.query(`DROP TYPE "public"."age_band"`);
    await queryRunner.query(`DROP TYPE "public"."concern_category"`);
  }
}
