import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

export class NetworksAndMeetings1795549243928 implements MigrationInterface {
  name = 'NetworksAndMeetings1795549243928';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."network_kind" AS ENUM('resource_network', 'working_group', 'counsellor_team', 'specialist_team')`);
    await queryRunner.query(`CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "kind" "public"."network_kind" NOT NULL, "purpose" text NOT NULL DEFAULT '', "cadence" character varying(500) NOT NULL DEFAULT 'FREQ=MONTHLY;INTERVAL=2', CONSTRAINT "uq_network_name" UNIQUE ("municipality_id", "name"), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_network_tenant_key" ON "network" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "meeting_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "rrule" character varying(500) NOT NULL, "time_zone" character varying(64) NOT NULL, "first_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, CONSTRAINT "PK_4eca052972681e25409955b1774" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_series_tenant_key" ON "meeting_series" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."meeting_status" AS ENUM('planned', 'agenda_published', 'held', 'minutes_approved', 'cancelled')`);
    await queryRunner.query(`CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "series_id" uuid, "recurrence_id" TIMESTAMP WITH TIME ZONE, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "online_url" character varying(1000), "status" "public"."meeting_status" NOT NULL DEFAULT 'planned', "sequence" integer NOT NULL DEFAULT '0', "cancellation_reason" character varying(500), CONSTRAINT "ck_meeting_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_network_start" ON "meeting" ("network_id", "starts_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_tenant_key" ON "meeting" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."agenda_item_type" AS ENUM('case_discussion', 'external_talk', 'knowledge_sharing', 'news_round', 'other')`);
    await queryRunner.query(`CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "type" "public"."agenda_item_type" NOT NULL, "title" character varying(300) NOT NULL, "duration_minutes" integer NOT NULL, "presenter_id" uuid, "fixed_start" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_agenda_item_duration" CHECK ("duration_minutes" > 0), CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agenda_item_tenant_key" ON "agenda_item" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agenda_item_position" ON "agenda_item" ("meeting_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."rsvp" AS ENUM('yes', 'no', 'maybe')`);
    await queryRunner.query(`CREATE TABLE "meeting_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "staff_user_id" uuid NOT NULL, "rsvp" "public"."rsvp", "responded_at" TIMESTAMP WITH TIME ZONE, "present" boolean, CONSTRAINT "PK_1ece13054cdfcd65f8487e71267" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_attendance" ON "meeting_attendance" ("meeting_id", "staff_user_id") `);
    await queryRunner.query(`CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "owner_id" uuid NOT NULL, "network_id" uuid, "token_hash" character varying(64) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feed_token" ON "calendar_feed" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "knowledge_takeback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "staff_user_id" uuid NOT NULL, "department_id" uuid NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_53f3393b8ff2ef64d0f395879ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_knowledge_takeback_department" ON "knowledge_takeback" ("department_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_knowledge_takeback" ON "knowledge_takeback" ("meeting_id", "staff_user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."action_item_status" AS ENUM('open', 'done')`);
    await queryRunner.query(`CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "text" character varying(1000) NOT NULL, "owner_id" uuid NOT NULL, "due_on" date, "status" "public"."action_item_status" NOT NULL DEFAULT 'open', "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_action_item_meeting" ON "action_item" ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "ix_action_item_network_status" ON "action_item" ("network_id", "status", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."minutes_status" AS ENUM('draft', 'circulated', 'approved')`);
    await queryRunner.query(`CREATE TABLE "minutes_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "version" integer NOT NULL, "status" "public"."minutes_status" NOT NULL DEFAULT 'draft', "body" text NOT NULL, "decisions" text array NOT NULL DEFAULT '{}', "author_id" uuid NOT NULL, "change_note" character varying(1000), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "circulated_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_id" uuid, CONSTRAINT "PK_cbeb053c21d6a84e970c3957394" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_minutes_version" ON "minutes_version" ("meeting_id", "version") `);
    await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('coordinator', 'member', 'resource_person')`);
    await queryRunner.query(`CREATE TABLE "network_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "staff_user_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL, "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "PK_2285cd04012f9c6aebab91fa91e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_network_membership_staff" ON "network_membership" ("staff_user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_network_membership_active" ON "network_membership" ("network_id", "staff_user_id") WHERE (left_on IS NULL)`);
    await queryRunner.query(`ALTER TABLE "network" ADD CONSTRAINT "FK_af5f92e3e42cf9368e98ee1f8d1" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_series" ADD CONSTRAINT "FK_6d7a3cae4af8c7e9404877dfe34" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_series" ADD CONSTRAINT "FK_6d7b17c828717f0cab0ab5f6579" FOREIGN KEY ("network_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_b005a1a7c22fceca38497c4ff3c" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_a92fe8d96e1db873a08c9a7c5cd" FOREIGN KEY ("network_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_747c78cd89fdcc0a1763ba9cdf4" FOREIGN KEY ("series_id", "municipality_id") REFERENCES "meeting_series"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_8e3ed309056db9024457db65de4" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_458e58e3afd47f4e2c07851afbc" FOREIGN KEY ("meeting_id", "municipality_id") REFERENCES "meeting"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_9109e3e2f2ff50fdd91a1e978e5" FOREIGN KEY ("presenter_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_8dd2a915ff10131870815b79b9a" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_a66ef4d033e809f57ae95c0d86d" FOREIGN KEY ("meeting_id", "municipality_id") REFERENCES "meeting"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_e6857fa5784d20155777f7370e1" FOREIGN KEY ("staff_user_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_cafe5fc9ad08b70bb6f9dd34d9b" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_9939c3e1e8a2197f637a8874732" FOREIGN KEY ("owner_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_3456fed3328aacbc500b1feaac2" FOREIGN KEY ("network_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_takeback" ADD CONSTRAINT "FK_98d92b2b87c83de823c298abb03" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_takeback" ADD CONSTRAINT "FK_f98d247fa789e85ddd30af58d48" FOREIGN KEY ("meeting_id", "municipality_id") REFERENCES "meeting"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_takeback" ADD CONSTRAINT "FK_7a8428b38f32f88049df6c76f64" FOREIGN KEY ("staff_user_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_takeback" ADD CONSTRAINT "FK_99cc39b39f507f4c49eb23298bc" FOREIGN KEY ("department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "FK_6319f4599fd8528bb0198b93686" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "FK_9286cd2c552ffebb0f8be3f331a" FOREIGN KEY ("network_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "FK_6d93f1c27058acac2c00481df96" FOREIGN KEY ("meeting_id", "municipality_id") REFERENCES "meeting"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "FK_6c9f366cfab3a6b68710005d1a6" FOREIGN KEY ("owner_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_version" ADD CONSTRAINT "FK_e85fc618c0b6622556d39f9cd91" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_version" ADD CONSTRAINT "FK_f57f48d88ceda8c157b2ab94684" FOREIGN KEY ("meeting_id", "municipality_id") REFERENCES "meeting"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_version" ADD CONSTRAINT "FK_5e4e145858357c8277d6ed6dfc6" FOREIGN KEY ("author_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_version" ADD CONSTRAINT "FK_93d806fbe6f0d8c0a3e38d378be" FOREIGN KEY ("approved_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "FK_8d1f34bd3ed4f539a1ddb414b87" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "FK_7a9e02949105ebcb4f1bc18d091" FOREIGN KEY ("network_id", "municipality_id") REFERENCES "network"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "FK_1202adbb8e7f2e2694f75e259f8" FOREIGN KEY ("staff_user_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // --- Tenant isolation, privileges and invariants (written by hand) ---
    const tables: Record<string, string> = {
      network: 'SELECT, INSERT, UPDATE',
      network_membership: 'SELECT, INSERT, UPDATE',
      meeting_series: 'SELECT, INSERT, UPDATE',
      meeting: 'SELECT, INSERT, UPDATE',
      // An agenda is replaced as a whole, so its items may be deleted.
      agenda_item: 'SELECT, INSERT, UPDATE, DELETE',
      meeting_attendance: 'SELECT, INSERT, UPDATE',
      minutes_version: 'SELECT, INSERT, UPDATE',
      action_item: 'SELECT, INSERT, UPDATE',
      knowledge_takeback: 'SELECT, INSERT, UPDATE',
      calendar_feed: 'SELECT, INSERT, UPDATE',
    };
    await isolateTenantTables(queryRunner, tables);

    // Approved minutes are immutable for everyone, whatever the application does.
    await queryRunner.query(`
      CREATE FUNCTION refuse_change_to_approved_minutes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'approved' THEN
          RAISE EXCEPTION 'approved minutes are immutable' USING ERRCODE = 'P0001', HINT = 'MINUTES_APPROVED';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER minutes_approved_immutable BEFORE UPDATE OR DELETE ON "minutes_version"
      FOR EACH ROW EXECUTE FUNCTION refuse_change_to_approved_minutes()`);

    // A calendar app fetches a feed with no bearer token, so the tenant is not
    // known yet. This narrow function (running as the owner) maps a token hash
    // to its municipality and nothing else; the feed itself is then read under
    // row-level security as that municipality.
    await queryRunner.query(`
      CREATE FUNCTION calendar_feed_municipality(token_hash varchar) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT municipality_id FROM calendar_feed WHERE calendar_feed.token_hash = $1 AND revoked_at IS NULL $$`);
    // Row-level security is forced for the owner too; the function runs as the
    // owner, so the owner gets a read-only view of feeds. The runtime role is
    // unaffected (and the owner could switch RLS off on its own tables anyway).
    await queryRunner.query(`CREATE POLICY feed_token_lookup ON "calendar_feed" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION calendar_feed_municipality(varchar) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION calendar_feed_municipality(varchar) TO nsk_runtime`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION calendar_feed_municipality(varchar)`);
    await queryRunner.query(`DROP POLICY feed_token_lookup ON "calendar_feed"`);
    await queryRunner.query(`DROP TRIGGER minutes_approved_immutable ON "minutes_version"`);
    await queryRunner.query(`DROP FUNCTION refuse_change_to_approved_minutes()`);
    await dropTenantIsolation(queryRunner, ['network', 'network_membership', 'meeting_series', 'meeting', 'agenda_item', 'meeting_attendance', 'minutes_version', 'action_item', 'knowledge_takeback', 'calendar_feed']);
    await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "FK_1202adbb8e7f2e2694f75e259f8"`);
    await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "FK_7a9e02949105ebcb4f1bc18d091"`);
    await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "FK_8d1f34bd3ed4f539a1ddb414b87"`);
    await queryRunner.query(`ALTER TABLE "minutes_version" DROP CONSTRAINT "FK_93d806fbe6f0d8c0a3e38d378be"`);
    await queryRunner.query(`ALTER TABLE "minutes_version" DROP CONSTRAINT "FK_5e4e145858357c8277d6ed6dfc6"`);
    await queryRunner.query(`ALTER TABLE "minutes_version" DROP CONSTRAINT "FK_f57f48d88ceda8c157b2ab94684"`);
    await queryRunner.query(`ALTER TABLE "minutes_version" DROP CONSTRAINT "FK_e85fc618c0b6622556d39f9cd91"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_6c9f366cfab3a6b68710005d1a6"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_6d93f1c27058acac2c00481df96"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_9286cd2c552ffebb0f8be3f331a"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_6319f4599fd8528bb0198b93686"`);
    await queryRunner.query(`ALTER TABLE "knowledge_takeback" DROP CONSTRAINT "FK_99cc39b39f507f4c49eb23298bc"`);
    await queryRunner.query(`ALTER TABLE "knowledge_takeback" DROP CONSTRAINT "FK_7a8428b38f32f88049df6c76f64"`);
    await queryRunner.query(`ALTER TABLE "knowledge_takeback" DROP CONSTRAINT "FK_f98d247fa789e85ddd30af58d48"`);
    await queryRunner.query(`ALTER TABLE "knowledge_takeback" DROP CONSTRAINT "FK_98d92b2b87c83de823c298abb03"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_3456fed3328aacbc500b1feaac2"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_9939c3e1e8a2197f637a8874732"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_cafe5fc9ad08b70bb6f9dd34d9b"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_e6857fa5784d20155777f7370e1"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_a66ef4d033e809f57ae95c0d86d"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_8dd2a915ff10131870815b79b9a"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_9109e3e2f2ff50fdd91a1e978e5"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_458e58e3afd47f4e2c07851afbc"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_8e3ed309056db9024457db65de4"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_747c78cd89fdcc0a1763ba9cdf4"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_a92fe8d96e1db873a08c9a7c5cd"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_b005a1a7c22fceca38497c4ff3c"`);
    await queryRunner.query(`ALTER TABLE "meeting_series" DROP CONSTRAINT "FK_6d7b17c828717f0cab0ab5f6579"`);
    await queryRunner.query(`ALTER TABLE "meeting_series" DROP CONSTRAINT "FK_6d7a3cae4af8c7e9404877dfe34"`);
    await queryRunner.query(`ALTER TABLE "network" DROP CONSTRAINT "FK_af5f92e3e42cf9368e98ee1f8d1"`);
    await queryRunner.query(`DROP INDEX "public"."uq_network_membership_active"`);
    await queryRunner.query(`DROP INDEX "public"."ix_network_membership_staff"`);
    await queryRunner.query(`DROP TABLE "network_membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP INDEX "public"."uq_minutes_version"`);
    await queryRunner.query(`DROP TABLE "minutes_version"`);
    await queryRunner.query(`DROP TYPE "public"."minutes_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_item_network_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_item_meeting"`);
    await queryRunner.query(`DROP TABLE "action_item"`);
    await queryRunner.query(`DROP TYPE "public"."action_item_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_knowledge_takeback"`);
    await queryRunner.query(`DROP INDEX "public"."ix_knowledge_takeback_department"`);
    await queryRunner.query(`DROP TABLE "knowledge_takeback"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_feed_token"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_attendance"`);
    await queryRunner.query(`DROP TABLE "meeting_attendance"`);
    await queryRunner.query(`DROP TYPE "public"."rsvp"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agenda_item_position"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agenda_item_tenant_key"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP TYPE "public"."agenda_item_type"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_network_start"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_series_tenant_key"`);
    await queryRunner.query(`DROP TABLE "meeting_series"`);
    await queryRunner.query(`DROP INDEX "public"."uq_network_tenant_key"`);
    await queryRunner.query(`DROP TABLE "network"`);
    await queryRunner.query(`DROP TYPE "public"."network_kind"`);
  }
}
