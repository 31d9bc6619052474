import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

/**
 * Member notifications: each member's preferences (no row: every kind, a
 * reminder 24 hours ahead), the reminders sent (one per member, meeting and
 * start time) and extra mail headers (List-Unsubscribe) on outbox messages.
 */
export class MemberNotifications1796600000000 implements MigrationInterface {
  name = 'MemberNotifications1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_preference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "staff_user_id" uuid NOT NULL, "agenda_published" boolean NOT NULL DEFAULT true, "minutes_for_approval" boolean NOT NULL DEFAULT true, "meeting_reminder" boolean NOT NULL DEFAULT true, "action_items" boolean NOT NULL DEFAULT true, "reminder_hours_before" integer NOT NULL DEFAULT '24', CONSTRAINT "ck_notification_reminder_hours" CHECK ("reminder_hours_before" BETWEEN 1 AND 336), CONSTRAINT "PK_7e6346c424b3f82c47e1ddba0f5" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_preference_tenant_key" ON "notification_preference" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_preference_staff" ON "notification_preference" ("municipality_id", "staff_user_id") `);
    await queryRunner.query(`CREATE TABLE "meeting_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "staff_user_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_082799dd74906ff53993337add4" PRIMARY KEY ("id", "municipality_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_reminder_tenant_key" ON "meeting_reminder" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_reminder" ON "meeting_reminder" ("municipality_id", "meeting_id", "staff_user_id", "starts_at") `);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "headers" jsonb`);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_81770d54b774c39c15af0c77af8" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_4d21df4403b2d84b5d197d116f7" FOREIGN KEY ("staff_user_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_reminder" ADD CONSTRAINT "FK_66701e34f153b9e3d437ce02dde" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_reminder" ADD CONSTRAINT "FK_0d3a3a4e281bd69ee244d859964" FOREIGN KEY ("meeting_id", "municipality_id") REFERENCES "meeting"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_reminder" ADD CONSTRAINT "FK_bd765b7592973f74a3f3a2b863d" FOREIGN KEY ("staff_user_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await isolateTenantTables(queryRunner, { notification_preference: 'SELECT, INSERT, UPDATE', meeting_reminder: 'SELECT, INSERT' });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropTenantIsolation(queryRunner, ['meeting_reminder', 'notification_preference']);
    await queryRunner.query(`ALTER TABLE "meeting_reminder" DROP CONSTRAINT "FK_bd765b7592973f74a3f3a2b863d"`);
    await queryRunner.query(`ALTER TABLE "meeting_reminder" DROP CONSTRAINT "FK_0d3a3a4e281bd69ee244d859964"`);
    await queryRunner.query(`ALTER TABLE "meeting_reminder" DROP CONSTRAINT "FK_66701e34f153b9e3d437ce02dde"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_4d21df4403b2d84b5d197d116f7"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_81770d54b774c39c15af0c77af8"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "headers"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_reminder_tenant_key"`);
    await queryRunner.query(`DROP TABLE "meeting_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_preference_staff"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_preference_tenant_key"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
