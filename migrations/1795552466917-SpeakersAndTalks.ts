import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

export class SpeakersAndTalks1795552466917 implements MigrationInterface {
  name = 'SpeakersAndTalks1795552466917';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."speaker_kind" AS ENUM('specialist_team', 'civil_society', 'local_actor', 'authority', 'researcher')`);
    await queryRunner.query(`CREATE TABLE "speaker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "organisation" character varying(200), "kind" "public"."speaker_kind" NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "contact_sealed" bytea NOT NULL, "notes" text NOT NULL DEFAULT '', CONSTRAINT "PK_8441432fc32d602d417bf2687a9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_speaker_tenant_key" ON "speaker" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."talk_status" AS ENUM('invited', 'confirmed', 'declined', 'cancelled')`);
    await queryRunner.query(`CREATE TABLE "talk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "speaker_id" uuid NOT NULL, "topic" character varying(300) NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."talk_status" NOT NULL DEFAULT 'invited', "sequence" integer NOT NULL DEFAULT '0', "responded_at" TIMESTAMP WITH TIME ZONE, "invited_by_id" uuid NOT NULL, CONSTRAINT "ck_talk_period" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_645e0089c9f92048125eef3d8eb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_talk_meeting" ON "talk" ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "ix_talk_speaker_time" ON "talk" ("speaker_id", "starts_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_talk_tenant_key" ON "talk" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "talk_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "talk_id" uuid NOT NULL, "from_status" "public"."talk_status", "to_status" "public"."talk_status" NOT NULL, "changed_by_id" uuid, CONSTRAINT "PK_2d9bddc87dfd543bb7de76ba6ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_talk_status_change_talk" ON "talk_status_change" ("talk_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "talk_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "talk_id" uuid NOT NULL, "staff_user_id" uuid NOT NULL, "score" integer NOT NULL, "comment" character varying(2000), CONSTRAINT "ck_talk_rating_score" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_644ba1fa805417b5eef3f3baad1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_talk_rating" ON "talk_rating" ("talk_id", "staff_user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed')`);
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(60) NOT NULL, "recipient_sealed" bytea NOT NULL, "subject" character varying(300) NOT NULL, "text_body" text NOT NULL, "ics_method" character varying(20), "ics" text, "status" "public"."outbox_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" character varying(100), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_due" ON "outbox_message" ("status", "next_attempt_at") `);
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD "talk_id" uuid`);
    await queryRunner.query(`ALTER TABLE "speaker" ADD CONSTRAINT "FK_8e3f10a633a83040ac7bfb964fe" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk" ADD CONSTRAINT "FK_bb2e07108ee85d5ba352ce85cea" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk" ADD CONSTRAINT "FK_0ae6f49e10282e1ebcc5e5688b8" FOREIGN KEY ("meeting_id", "municipality_id") REFERENCES "meeting"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk" ADD CONSTRAINT "FK_7d94780579b679d152fd9e15d46" FOREIGN KEY ("speaker_id", "municipality_id") REFERENCES "speaker"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk" ADD CONSTRAINT "FK_1b2fc1193bef7d4b99b6177507f" FOREIGN KEY ("invited_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk_status_change" ADD CONSTRAINT "FK_f834c0b82903a977c25b92829e5" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk_status_change" ADD CONSTRAINT "FK_9bf75d0a10f58ac10dfe3175bea" FOREIGN KEY ("talk_id", "municipality_id") REFERENCES "talk"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk_status_change" ADD CONSTRAINT "FK_7f0d096e4b77e5e9d660226049d" FOREIGN KEY ("changed_by_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk_rating" ADD CONSTRAINT "FK_06dd0144af153ab33b7e0b39ef5" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk_rating" ADD CONSTRAINT "FK_ef20a133837469bf18bd85e7093" FOREIGN KEY ("talk_id", "municipality_id") REFERENCES "talk"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talk_rating" ADD CONSTRAINT "FK_0c69856cfdd545838886d293308" FOREIGN KEY ("staff_user_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_edf5ee1bae027d61869cd37c5fe" FOREIGN KEY ("talk_id", "municipality_id") REFERENCES "talk"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD CONSTRAINT "FK_e814c85a1b8951a1e6fef6f52d5" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // --- Tenant isolation and privileges (written by hand) ---
    const tables: Record<string, string> = {
      // UPDATE on speaker: editing the directory, and the per-speaker row lock that serialises bookings.
      speaker: 'SELECT, INSERT, UPDATE',
      talk: 'SELECT, INSERT, UPDATE',
      talk_status_change: 'SELECT, INSERT',
      talk_rating: 'SELECT, INSERT, UPDATE',
      outbox_message: 'SELECT, INSERT, UPDATE',
    };
    await isolateTenantTables(queryRunner, tables);

    // The sender serves every municipality: this function (running as the
    // owner) lists which messages are due and nothing else; each message is
    // then read and updated under row-level security as its municipality.
    await queryRunner.query(`CREATE POLICY outbox_due_lookup ON "outbox_message" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`
      CREATE FUNCTION outbox_due(max_messages integer) RETURNS TABLE (municipality_id uuid, id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT o.municipality_id, o.id FROM outbox_message o
               WHERE o.status = 'pending' AND o.next_attempt_at <= now()
               ORDER BY o.next_attempt_at LIMIT max_messages $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION outbox_due(integer) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION outbox_due(integer) TO nsk_runtime`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION outbox_due(integer)`);
    await queryRunner.query(`DROP POLICY outbox_due_lookup ON "outbox_message"`);
    await dropTenantIsolation(queryRunner, ['speaker', 'talk', 'talk_status_change', 'talk_rating', 'outbox_message']);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP CONSTRAINT "FK_e814c85a1b8951a1e6fef6f52d5"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_edf5ee1bae027d61869cd37c5fe"`);
    await queryRunner.query(`ALTER TABLE "talk_rating" DROP CONSTRAINT "FK_0c69856cfdd545838886d293308"`);
    await queryRunner.query(`ALTER TABLE "talk_rating" DROP CONSTRAINT "FK_ef20a133837469bf18bd85e7093"`);
    await queryRunner.query(`ALTER TABLE "talk_rating" DROP CONSTRAINT "FK_06dd0144af153ab33b7e0b39ef5"`);
    await queryRunner.query(`ALTER TABLE "talk_status_change" DROP CONSTRAINT "FK_7f0d096e4b77e5e9d660226049d"`);
    await queryRunner.query(`ALTER TABLE "talk_status_change" DROP CONSTRAINT "FK_9bf75d0a10f58ac10dfe3175bea"`);
    await queryRunner.query(`ALTER TABLE "talk_status_change" DROP CONSTRAINT "FK_f834c0b82903a977c25b92829e5"`);
    await queryRunner.query(`ALTER TABLE "talk" DROP CONSTRAINT "FK_1b2fc1193bef7d4b99b6177507f"`);
    await queryRunner.query(`ALTER TABLE "talk" DROP CONSTRAINT "FK_7d94780579b679d152fd9e15d46"`);
    await queryRunner.query(`ALTER TABLE "talk" DROP CONSTRAINT "FK_0ae6f49e10282e1ebcc5e5688b8"`);
    await queryRunner.query(`ALTER TABLE "talk" DROP CONSTRAINT "FK_bb2e07108ee85d5ba352ce85cea"`);
    await queryRunner.query(`ALTER TABLE "speaker" DROP CONSTRAINT "FK_8e3f10a633a83040ac7bfb964fe"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP COLUMN "talk_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_due"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TYPE "public"."outbox_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_talk_rating"`);
    await queryRunner.query(`DROP TABLE "talk_rating"`);
    await queryRunner.query(`DROP INDEX "public"."ix_talk_status_change_talk"`);
    await queryRunner.query(`DROP TABLE "talk_status_change"`);
    await queryRunner.query(`DROP TYPE "public"."talk_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_talk_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_talk_speaker_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_talk_meeting"`);
    await queryRunner.query(`DROP TABLE "talk"`);
    await queryRunner.query(`DROP INDEX "public"."uq_speaker_tenant_key"`);
    await queryRunner.query(`DROP TABLE "speaker"`);
    await queryRunner.query(`DROP TYPE "public"."speaker_kind"`);
  }
}
