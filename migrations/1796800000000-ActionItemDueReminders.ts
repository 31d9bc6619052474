import { MigrationInterface, QueryRunner } from 'typeorm';

/** The owner of an open action item is reminded the day before it is due, once: when that happened. */
export class ActionItemDueReminders1796800000000 implements MigrationInterface {
  name = 'ActionItemDueReminders1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_item" ADD "due_reminder_sent_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_item" DROP COLUMN "due_reminder_sent_at"`);
  }
}
