import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

/** Issue 8: inquiries, caseloads, escalations, risk assessments, competences, upskilling, preparedness plans. */
const TABLES: Record<string, string> = {
  inquiry: 'SELECT, INSERT, UPDATE',
  counselling_case: 'SELECT, INSERT, UPDATE',
  escalation: 'SELECT, INSERT, UPDATE',
  risk_assessment: 'SELECT, INSERT',
  competence: 'SELECT, INSERT',
  workshop: 'SELECT, INSERT',
  knowledge_need: 'SELECT, INSERT, UPDATE',
  preparedness_plan: 'SELECT, INSERT',
  action_card: 'SELECT, INSERT',
};

export class CounsellingAndPreparedness1795610735972 implements MigrationInterface {
  name = 'CounsellingAndPreparedness1795610735972';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "preparedness_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title" character varying(200) NOT NULL, "change_note" character varying(1000) NOT NULL DEFAULT '', "published_by_id" uuid NOT NULL, CONSTRAINT "PK_d91b743ef0df9518ce451d70523" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_preparedness_plan_tenant_key" ON "preparedness_plan" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_preparedness_plan_version" ON "preparedness_plan" ("municipality_id", "version") `);
    await queryRunner.query(`CREATE TYPE "public"."concern_level" AS ENUM('suspicion', 'knowledge')`);
    await queryRunner.query(`CREATE TYPE "public"."person_concerned" AS ENUM('child', 'adult')`);
    await queryRunner.query(`CREATE TABLE "action_card" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "concern_level" "public"."concern_level", "person_concerned" "public"."person_concerned", "acute_danger" boolean, "steps" text array NOT NULL, "contacts" jsonb NOT NULL DEFAULT '[]', "legal_notes" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_32e763908594cba518d5b880276" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_action_card_tenant_key" ON "action_card" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_action_card_position" ON "action_card" ("plan_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."inquiry_channel" AS ENUM('phone', 'email', 'in_person', 'meeting', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."inquiry_source" AS ENUM('colleague', 'citizen', 'external_actor')`);
    await queryRunner.query(`CREATE TYPE "public"."inquiry_subject" AS ENUM('concrete_case', 'general_knowledge')`);
    await queryRunner.query(`CREATE TABLE "inquiry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "team_id" uuid NOT NULL, "received_by_id" uuid NOT NULL, "received_on" date NOT NULL, "channel" "public"."inquiry_channel" NOT NULL, "source" "public"."inquiry_source" NOT NULL, "asker_department_id" uuid, "asker_discipline" "public"."discipline", "subject" "public"."inquiry_subject" NOT NULL, "case_id" uuid, CONSTRAINT "PK_3e226d0994e8bd24252dd65e1b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_inquiry_team_received" ON "inquiry" ("team_id", "received_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_inquiry_tenant_key" ON "inquiry" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."counsellor_role" AS ENUM('informed_only', 'advice_and_sparring', 'case_owner_from_start', 'took_over')`);
    await queryRunner.query(`CREATE TYPE "public"."target_group" AS ENUM('activity_ready', 'job_or_education_ready', 'integration_programme', 'self_supporting', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."caseload_age_band" AS ENUM('under_30', '30_49', '50_plus', 'unknown')`);
    await queryRunner.query(`CREATE TYPE "public"."caseload_outcome" AS ENUM('job', 'education', 'neither')`);
    await queryRunner.query(`CREATE TABLE "counselling_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reference" character varying(20) NOT NULL, "team_id" uuid NOT NULL, "counsellor_id" uuid NOT NULL, "opened_on" date NOT NULL, "counsellor_role" "public"."counsellor_role" NOT NULL, "target_group" "public"."target_group" NOT NULL, "age_band" "public"."caseload_age_band" NOT NULL, "barrier_to_employment" boolean, "status" "public"."case_status" NOT NULL DEFAULT 'open', "closed_on" date, "outcome" "public"."caseload_outcome", CONSTRAINT "PK_2ed6b868effb04aeb41285eb918" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_counselling_case_team_opened" ON "counselling_case" ("team_id", "opened_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_counselling_case_tenant_key" ON "counselling_case" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_counselling_case_reference" ON "counselling_case" ("municipality_id", "reference") `);
    await queryRunner.query(`CREATE TYPE "public"."escalation_target" AS ENUM('specialist_team', 'safety_consultant')`);
    await queryRunner.query(`CREATE TYPE "public"."escalation_reason" AS ENUM('acute', 'violence', 'risk', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."escalation_status" AS ENUM('sent', 'accepted', 'declined', 'completed')`);
    await queryRunner.query(`CREATE TABLE "escalation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_id" uuid NOT NULL, "target" "public"."escalation_target" NOT NULL, "target_team_id" uuid, "reasons" "public"."escalation_reason" array NOT NULL, "referred_by_id" uuid NOT NULL, "status" "public"."escalation_status" NOT NULL DEFAULT 'sent', "response" text, "responded_by_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2c9a4d9277ed8620a8a72813864" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_escalation_case" ON "escalation" ("case_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_escalation_tenant_key" ON "escalation" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."risk_level" AS ENUM('low', 'moderate', 'high')`);
    await queryRunner.query(`CREATE TABLE "risk_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_id" uuid NOT NULL, "assessed_by_id" uuid NOT NULL, "assessed_on" date NOT NULL, "level" "public"."risk_level" NOT NULL, "next_review_on" date NOT NULL, CONSTRAINT "ck_risk_assessment_review_after" CHECK (next_review_on > assessed_on), CONSTRAINT "PK_864a35a16fcb683df546ac6134e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_risk_assessment_case" ON "risk_assessment" ("case_id", "assessed_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_risk_assessment_tenant_key" ON "risk_assessment" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."competence_kind" AS ENUM('diploma_module', 'patriark_certification', 'other_training', 'supervision')`);
    await queryRunner.query(`CREATE TABLE "competence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "staff_user_id" uuid NOT NULL, "kind" "public"."competence_kind" NOT NULL, "title" character varying(200) NOT NULL, "provider" character varying(200) NOT NULL DEFAULT '', "completed_on" date NOT NULL, "valid_until" date, "recorded_by_id" uuid NOT NULL, CONSTRAINT "ck_competence_certification_expires" CHECK (kind <> 'patriark_certification' OR valid_until IS NOT NULL), CONSTRAINT "ck_competence_valid_after" CHECK (valid_until IS NULL OR valid_until > completed_on), CONSTRAINT "PK_994109fe84a82508e174282df03" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_competence_staff" ON "competence" ("staff_user_id", "kind", "completed_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_tenant_key" ON "competence" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "workshop" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "given_by_id" uuid NOT NULL, "department_id" uuid NOT NULL, "held_on" date NOT NULL, "participants" integer NOT NULL, "topic" character varying(300) NOT NULL, CONSTRAINT "ck_workshop_participants" CHECK (participants >= 0), CONSTRAINT "PK_e755b83ccf7c711f998012e1c92" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_department_held" ON "workshop" ("department_id", "held_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_tenant_key" ON "workshop" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "knowledge_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "department_id" uuid NOT NULL, "noted_by_id" uuid NOT NULL, "noted_on" date NOT NULL, "topic" character varying(300) NOT NULL, "met_by_workshop_id" uuid, CONSTRAINT "PK_20a8d0a7976890cfd352ab9646c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_knowledge_need_department" ON "knowledge_need" ("department_id", "noted_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_knowledge_need_tenant_key" ON "knowledge_need" ("id", "municipality_id") `);
    await queryRunner.query(`ALTER TABLE "case_response" ADD "action_card_id" uuid`);
    await queryRunner.query(`ALTER TABLE "preparedness_plan" ADD CONSTRAINT "FK_e385218bc462bc8899c41fd7e42" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "preparedness_plan" ADD CONSTRAINT "FK_ca0237aae44963bb59c12152329" FOREIGN KEY ("published_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_card" ADD CONSTRAINT "FK_76f0fd59c46e794badfd4a64f62" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_card" ADD CONSTRAINT "FK_bebdcf30d187371ab671d1e96be" FOREIGN KEY ("plan_id", "municipality_id") REFERENCES "preparedness_plan"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_response" ADD CONSTRAINT "FK_026fc60e52e3b4eebc19a45245e" FOREIGN KEY ("action_card_id", "municipality_id") REFERENCES "action_card"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry" ADD CONSTRAINT "FK_dcc4ff31f970ac0bc61f5235c34" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry" ADD CONSTRAINT "FK_5be82f1c8f7d2e96e345707db1e" FOREIGN KEY ("team_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry" ADD CONSTRAINT "FK_a6c72bc94493f2fb9e87e49b472" FOREIGN KEY ("received_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inquiry" ADD CONSTRAINT "FK_4bdf88995f892d6de7c5283bba7" FOREIGN KEY ("asker_department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "counselling_case" ADD CONSTRAINT "FK_044971a37c6995b882a81dea2fa" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "counselling_case" ADD CONSTRAINT "FK_07e85bbbc2ceb7203ed46842b34" FOREIGN KEY ("team_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "counselling_case" ADD CONSTRAINT "FK_21fa3a09f072c0829520a428faf" FOREIGN KEY ("counsellor_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD CONSTRAINT "FK_95b66c6ac0f8d2954af5d36ae08" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD CONSTRAINT "FK_3366cb83c7bfb0496d239630d1b" FOREIGN KEY ("case_id", "municipality_id") REFERENCES "counselling_case"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD CONSTRAINT "FK_8a40c67567dc25d8381fe5775a0" FOREIGN KEY ("target_team_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD CONSTRAINT "FK_7c59bd1e483be3b8d5a95a9d757" FOREIGN KEY ("referred_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD CONSTRAINT "FK_bc77953282d2a5d047436c19214" FOREIGN KEY ("responded_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "risk_assessment" ADD CONSTRAINT "FK_6ce5eba44c912382f8b2ffa5886" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "risk_assessment" ADD CONSTRAINT "FK_44ed667cbe2b86fa946234f0b3b" FOREIGN KEY ("case_id", "municipality_id") REFERENCES "counselling_case"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "risk_assessment" ADD CONSTRAINT "FK_a075514b175a57279b3947ff510" FOREIGN KEY ("assessed_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence" ADD CONSTRAINT "FK_42d16445e7131f6118f06c523d0" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence" ADD CONSTRAINT "FK_dc7a4692bebcbb9327e73d63eed" FOREIGN KEY ("staff_user_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence" ADD CONSTRAINT "FK_818436f5e5dcb5ed64755affef4" FOREIGN KEY ("recorded_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD CONSTRAINT "FK_86a2c052284a906fbebf29593b4" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD CONSTRAINT "FK_d82190c035afa487b3d760d9ca2" FOREIGN KEY ("given_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD CONSTRAINT "FK_f9adb2b442fee478b587dcf400f" FOREIGN KEY ("department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_need" ADD CONSTRAINT "FK_ce28a9188525d9cd01317c69027" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_need" ADD CONSTRAINT "FK_9c9b52691543ab56d8c92d83f1b" FOREIGN KEY ("department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_need" ADD CONSTRAINT "FK_18f144b30dbdf31ce4279da0d23" FOREIGN KEY ("noted_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_need" ADD CONSTRAINT "FK_b0abd143f0e4e076db58a8bf177" FOREIGN KEY ("met_by_workshop_id", "municipality_id") REFERENCES "workshop"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // --- Tenant isolation and privileges (written by hand) ---
    await isolateTenantTables(queryRunner, TABLES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropTenantIsolation(queryRunner, Object.keys(TABLES));
    await queryRunner.query(`ALTER TABLE "knowledge_need" DROP CONSTRAINT "FK_b0abd143f0e4e076db58a8bf177"`);
    await queryRunner.query(`ALTER TABLE "knowledge_need" DROP CONSTRAINT "FK_18f144b30dbdf31ce4279da0d23"`);
    await queryRunner.query(`ALTER TABLE "knowledge_need" DROP CONSTRAINT "FK_9c9b52691543ab56d8c92d83f1b"`);
    await queryRunner.query(`ALTER TABLE "knowledge_need" DROP CONSTRAINT "FK_ce28a9188525d9cd01317c69027"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "FK_f9adb2b442fee478b587dcf400f"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "FK_d82190c035afa487b3d760d9ca2"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "FK_86a2c052284a906fbebf29593b4"`);
    await queryRunner.query(`ALTER TABLE "competence" DROP CONSTRAINT "FK_818436f5e5dcb5ed64755affef4"`);
    await queryRunner.query(`ALTER TABLE "competence" DROP CONSTRAINT "FK_dc7a4692bebcbb9327e73d63eed"`);
    await queryRunner.query(`ALTER TABLE "competence" DROP CONSTRAINT "FK_42d16445e7131f6118f06c523d0"`);
    await queryRunner.query(`ALTER TABLE "risk_assessment" DROP CONSTRAINT "FK_a075514b175a57279b3947ff510"`);
    await queryRunner.query(`ALTER TABLE "risk_assessment" DROP CONSTRAINT "FK_44ed667cbe2b86fa946234f0b3b"`);
    await queryRunner.query(`ALTER TABLE "risk_assessment" DROP CONSTRAINT "FK_6ce5eba44c912382f8b2ffa5886"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "FK_bc77953282d2a5d047436c19214"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "FK_7c59bd1e483be3b8d5a95a9d757"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "FK_8a40c67567dc25d8381fe5775a0"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "FK_3366cb83c7bfb0496d239630d1b"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "FK_95b66c6ac0f8d2954af5d36ae08"`);
    await queryRunner.query(`ALTER TABLE "counselling_case" DROP CONSTRAINT "FK_21fa3a09f072c0829520a428faf"`);
    await queryRunner.query(`ALTER TABLE "counselling_case" DROP CONSTRAINT "FK_07e85bbbc2ceb7203ed46842b34"`);
    await queryRunner.query(`ALTER TABLE "counselling_case" DROP CONSTRAINT "FK_044971a37c6995b882a81dea2fa"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "FK_4bdf88995f892d6de7c5283bba7"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "FK_a6c72bc94493f2fb9e87e49b472"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "FK_5be82f1c8f7d2e96e345707db1e"`);
    await queryRunner.query(`ALTER TABLE "inquiry" DROP CONSTRAINT "FK_dcc4ff31f970ac0bc61f5235c34"`);
    await queryRunner.query(`ALTER TABLE "case_response" DROP CONSTRAINT "FK_026fc60e52e3b4eebc19a45245e"`);
    await queryRunner.query(`ALTER TABLE "action_card" DROP CONSTRAINT "FK_bebdcf30d187371ab671d1e96be"`);
    await queryRunner.query(`ALTER TABLE "action_card" DROP CONSTRAINT "FK_76f0fd59c46e794badfd4a64f62"`);
    await queryRunner.query(`ALTER TABLE "preparedness_plan" DROP CONSTRAINT "FK_ca0237aae44963bb59c12152329"`);
    await queryRunner.query(`ALTER TABLE "preparedness_plan" DROP CONSTRAINT "FK_e385218bc462bc8899c41fd7e42"`);
    await queryRunner.query(`ALTER TABLE "case_response" DROP COLUMN "action_card_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_knowledge_need_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_knowledge_need_department"`);
    await queryRunner.query(`DROP TABLE "knowledge_need"`);
    await queryRunner.query(`DROP INDEX "public"."uq_workshop_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_workshop_department_held"`);
    await queryRunner.query(`DROP TABLE "workshop"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_staff"`);
    await queryRunner.query(`DROP TABLE "competence"`);
    await queryRunner.query(`DROP TYPE "public"."competence_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_risk_assessment_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_risk_assessment_case"`);
    await queryRunner.query(`DROP TABLE "risk_assessment"`);
    await queryRunner.query(`DROP TYPE "public"."risk_level"`);
    await queryRunner.query(`DROP INDEX "public"."uq_escalation_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_case"`);
    await queryRunner.query(`DROP TABLE "escalation"`);
    await queryRunner.query(`DROP TYPE "public"."escalation_status"`);
    await queryRunner.query(`DROP TYPE "public"."escalation_reason"`);
    await queryRunner.query(`DROP TYPE "public"."escalation_target"`);
    await queryRunner.query(`DROP INDEX "public"."uq_counselling_case_reference"`);
    await queryRunner.query(`DROP INDEX "public"."uq_counselling_case_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_counselling_case_team_opened"`);
    await queryRunner.query(`DROP TABLE "counselling_case"`);
    await queryRunner.query(`DROP TYPE "public"."caseload_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."caseload_age_band"`);
    await queryRunner.query(`DROP TYPE "public"."target_group"`);
    await queryRunner.query(`DROP TYPE "public"."counsellor_role"`);
    await queryRunner.query(`DROP INDEX "public"."uq_inquiry_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_inquiry_team_received"`);
    await queryRunner.query(`DROP TABLE "inquiry"`);
    await queryRunner.query(`DROP TYPE "public"."inquiry_subject"`);
    await queryRunner.query(`DROP TYPE "public"."inquiry_source"`);
    await queryRunner.query(`DROP TYPE "public"."inquiry_channel"`);
    await queryRunner.query(`DROP INDEX "public"."uq_action_card_position"`);
    await queryRunner.query(`DROP INDEX "public"."uq_action_card_tenant_key"`);
    await queryRunner.query(`DROP TABLE "action_card"`);
    await queryRunner.query(`DROP TYPE "public"."person_concerned"`);
    await queryRunner.query(`DROP TYPE "public"."concern_level"`);
    await queryRunner.query(`DROP INDEX "public"."uq_preparedness_plan_version"`);
    await queryRunner.query(`DROP INDEX "public"."uq_preparedness_plan_tenant_key"`);
    await queryRunner.query(`DROP TABLE "preparedness_plan"`);
  }
}
