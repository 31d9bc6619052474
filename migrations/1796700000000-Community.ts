import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

const TABLES = {
  housing_area: 'SELECT, INSERT',
  local_actor: 'SELECT, INSERT, UPDATE',
  local_actor_area: 'SELECT, INSERT, DELETE',
  engagement: 'SELECT, INSERT',
  engagement_participant: 'SELECT, INSERT',
  civil_society_goal: 'SELECT, INSERT, UPDATE',
  network_local_actor: 'SELECT, INSERT, DELETE',
  housing_area_network: 'SELECT, INSERT, DELETE',
};

/**
 * Housing areas, local actors (contact sealed), engagements with their
 * participants, the civil-society strategy's goals, and working groups (a
 * network's areas and its participants without an account). No citizen data.
 */
export class Community1796700000000 implements MigrationInterface {
  name = 'Community1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "housing_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "social_plan" character varying(200), CONSTRAINT "PK_ae28bfaa62e5855695bda0d2bd9" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_housing_area_name" ON "housing_area" ("municipality_id", "name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_housing_area_tenant_key" ON "housing_area" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."local_actor_kind" AS ENUM('neighbourhood_mothers', 'father_group', 'housing_staff', 'faith_community', 'general_practitioner', 'civil_society_organisation', 'police', 'other')`);
    await queryRunner.query(`CREATE TABLE "local_actor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "kind" "public"."local_actor_kind" NOT NULL, "organisation" character varying(200), "holder_id" uuid, "contact_sealed" bytea NOT NULL, "notes" text NOT NULL DEFAULT '', CONSTRAINT "PK_d188c9f37c540fa2a172908bbf2" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_local_actor_tenant_key" ON "local_actor" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "local_actor_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "local_actor_id" uuid NOT NULL, "housing_area_id" uuid NOT NULL, CONSTRAINT "PK_03f9303d132499e656306dcf02b" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_local_actor_area_area" ON "local_actor_area" ("municipality_id", "housing_area_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_local_actor_area" ON "local_actor_area" ("municipality_id", "local_actor_id", "housing_area_id") `);
    await queryRunner.query(`CREATE TYPE "public"."engagement_kind" AS ENUM('dialogue_meeting', 'joint_activity', 'norm_change_initiative', 'referral_route')`);
    await queryRunner.query(`CREATE TABLE "engagement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."engagement_kind" NOT NULL, "occurred_on" date NOT NULL, "topic" character varying(300) NOT NULL, "summary" text NOT NULL DEFAULT '', "follow_up" text, "housing_area_id" uuid, "recorded_by_id" uuid NOT NULL, CONSTRAINT "PK_48e9c576267aa7f2367bb5c5c38" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_engagement_area" ON "engagement" ("municipality_id", "housing_area_id", "occurred_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_engagement_tenant_key" ON "engagement" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "engagement_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "engagement_id" uuid NOT NULL, "local_actor_id" uuid, "staff_user_id" uuid, CONSTRAINT "ck_engagement_participant_one" CHECK (("local_actor_id" IS NULL) <> ("staff_user_id" IS NULL)), CONSTRAINT "PK_c71148edcdd9040d40a7cbdc027" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_engagement_participant_actor" ON "engagement_participant" ("municipality_id", "local_actor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_engagement_participant_engagement" ON "engagement_participant" ("municipality_id", "engagement_id") `);
    await queryRunner.query(`CREATE TABLE "civil_society_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "position" integer NOT NULL, "local_actor_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_21a748a9eec535f609ec8ac8a82" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_civil_society_goal_tenant_key" ON "civil_society_goal" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "network_local_actor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "local_actor_id" uuid NOT NULL, CONSTRAINT "PK_1ba2c3327a120be87bab652d0ea" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_network_local_actor" ON "network_local_actor" ("municipality_id", "network_id", "local_actor_id") `);
    await queryRunner.query(`CREATE TABLE "housing_area_network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "housing_area_id" uuid NOT NULL, "network_id" uuid NOT NULL, CONSTRAINT "PK_7ca711f612a3dc50fec68c7267d" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_housing_area_network" ON "housing_area_network" ("municipality_id", "housing_area_id", "network_id") `);
    await queryRunner.query(`ALTER TABLE "housing_area" ADD CONSTRAINT "FK_8f83f066084b7a68d950c947407" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "local_actor" ADD CONSTRAINT "FK_d509a1ad767329fa982806c3109" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "local_actor" ADD CONSTRAINT "FK_0ba21f1daba121229501a2041a6" FOREIGN KEY ("holder_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "local_actor_area" ADD CONSTRAINT "FK_6f98ea5dd3fb140897aa485b661" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "local_actor_area" ADD CONSTRAINT "FK_815b8be10e2adda6f24b45368f9" FOREIGN KEY ("local_actor_id", "municipality_id") REFERENCES "local_actor"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "local_actor_area" ADD CONSTRAINT "FK_47d7bd3849f32cf31008c34e5b1" FOREIGN KEY ("housing_area_id", "municipality_id") REFERENCES "housing_area"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement" ADD CONSTRAINT "FK_40478f5d1e14df75d5ab66b3e0e" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement" ADD CONSTRAINT "FK_92e62c88eddfdfa5a1804389f82" FOREIGN KEY ("housing_area_id", "municipality_id") REFERENCES "housing_area"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement" ADD CONSTRAINT "FK_ba79c0da5f41878915309d38873" FOREIGN KEY ("recorded_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement_participant" ADD CONSTRAINT "FK_98cf5684a2849467bd9b0066967" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement_participant" ADD CONSTRAINT "FK_c7d48529c6f1079dac3aa188208" FOREIGN KEY ("engagement_id", "municipality_id") REFERENCES "engagement"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement_participant" ADD CONSTRAINT "FK_c86cca68b0c650b36543ef9ca32" FOREIGN KEY ("local_actor_id", "municipality_id") REFERENCES "local_actor"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement_participant" ADD CONSTRAINT "FK_62591db52254f325816db6df927" FOREIGN KEY ("staff_user_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "civil_society_goal" ADD CONSTRAINT "FK_819598116d0a05b25ed22330339" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_local_actor" ADD CONSTRAINT "FK_bb3f10474a68ff5277e80d85397" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_local_actor" ADD CONSTRAINT "FK_0012b593d61fe8e46202b2232e3" FOREIGN KEY ("network_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_local_actor" ADD CONSTRAINT "FK_bb709249b41f0b402afb15e45cf" FOREIGN KEY ("local_actor_id", "municipality_id") REFERENCES "local_actor"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "housing_area_network" ADD CONSTRAINT "FK_0a776ac2ece25e697f0a5337a90" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "housing_area_network" ADD CONSTRAINT "FK_6bdcaf5cf96634b792e98866ff0" FOREIGN KEY ("housing_area_id", "municipality_id") REFERENCES "housing_area"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "housing_area_network" ADD CONSTRAINT "FK_447cd6f3c95af62703d3c51d180" FOREIGN KEY ("network_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await isolateTenantTables(queryRunner, TABLES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropTenantIsolation(queryRunner, Object.keys(TABLES));
    await queryRunner.query(`ALTER TABLE "housing_area_network" DROP CONSTRAINT "FK_447cd6f3c95af62703d3c51d180"`);
    await queryRunner.query(`ALTER TABLE "housing_area_network" DROP CONSTRAINT "FK_6bdcaf5cf96634b792e98866ff0"`);
    await queryRunner.query(`ALTER TABLE "housing_area_network" DROP CONSTRAINT "FK_0a776ac2ece25e697f0a5337a90"`);
    await queryRunner.query(`ALTER TABLE "network_local_actor" DROP CONSTRAINT "FK_bb709249b41f0b402afb15e45cf"`);
    await queryRunner.query(`ALTER TABLE "network_local_actor" DROP CONSTRAINT "FK_0012b593d61fe8e46202b2232e3"`);
    await queryRunner.query(`ALTER TABLE "network_local_actor" DROP CONSTRAINT "FK_bb3f10474a68ff5277e80d85397"`);
    await queryRunner.query(`ALTER TABLE "civil_society_goal" DROP CONSTRAINT "FK_819598116d0a05b25ed22330339"`);
    await queryRunner.query(`ALTER TABLE "engagement_participant" DROP CONSTRAINT "FK_62591db52254f325816db6df927"`);
    await queryRunner.query(`ALTER TABLE "engagement_participant" DROP CONSTRAINT "FK_c86cca68b0c650b36543ef9ca32"`);
    await queryRunner.query(`ALTER TABLE "engagement_participant" DROP CONSTRAINT "FK_c7d48529c6f1079dac3aa188208"`);
    await queryRunner.query(`ALTER TABLE "engagement_participant" DROP CONSTRAINT "FK_98cf5684a2849467bd9b0066967"`);
    await queryRunner.query(`ALTER TABLE "engagement" DROP CONSTRAINT "FK_ba79c0da5f41878915309d38873"`);
    await queryRunner.query(`ALTER TABLE "engagement" DROP CONSTRAINT "FK_92e62c88eddfdfa5a1804389f82"`);
    await queryRunner.query(`ALTER TABLE "engagement" DROP CONSTRAINT "FK_40478f5d1e14df75d5ab66b3e0e"`);
    await queryRunner.query(`ALTER TABLE "local_actor_area" DROP CONSTRAINT "FK_47d7bd3849f32cf31008c34e5b1"`);
    await queryRunner.query(`ALTER TABLE "local_actor_area" DROP CONSTRAINT "FK_815b8be10e2adda6f24b45368f9"`);
    await queryRunner.query(`ALTER TABLE "local_actor_area" DROP CONSTRAINT "FK_6f98ea5dd3fb140897aa485b661"`);
    await queryRunner.query(`ALTER TABLE "local_actor" DROP CONSTRAINT "FK_0ba21f1daba121229501a2041a6"`);
    await queryRunner.query(`ALTER TABLE "local_actor" DROP CONSTRAINT "FK_d509a1ad767329fa982806c3109"`);
    await queryRunner.query(`ALTER TABLE "housing_area" DROP CONSTRAINT "FK_8f83f066084b7a68d950c947407"`);
    await queryRunner.query(`DROP INDEX "public"."uq_housing_area_network"`);
    await queryRunner.query(`DROP TABLE "housing_area_network"`);
    await queryRunner.query(`DROP INDEX "public"."uq_network_local_actor"`);
    await queryRunner.query(`DROP TABLE "network_local_actor"`);
    await queryRunner.query(`DROP INDEX "public"."uq_civil_society_goal_tenant_key"`);
    await queryRunner.query(`DROP TABLE "civil_society_goal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagement_participant_engagement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagement_participant_actor"`);
    await queryRunner.query(`DROP TABLE "engagement_participant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_engagement_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagement_area"`);
    await queryRunner.query(`DROP TABLE "engagement"`);
    await queryRunner.query(`DROP TYPE "public"."engagement_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_local_actor_area"`);
    await queryRunner.query(`DROP INDEX "public"."ix_local_actor_area_area"`);
    await queryRunner.query(`DROP TABLE "local_actor_area"`);
    await queryRunner.query(`DROP INDEX "public"."uq_local_actor_tenant_key"`);
    await queryRunner.query(`DROP TABLE "local_actor"`);
    await queryRunner.query(`DROP TYPE "public"."local_actor_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_housing_area_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."uq_housing_area_name"`);
    await queryRunner.query(`DROP TABLE "housing_area"`);
  }
}
