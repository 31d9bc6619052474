import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a meeting last changed: the calendar feed's DTSTAMP and Last-Modified (a poll that finds nothing new gets 304). */
export class MeetingUpdatedAt1796200100000 implements MigrationInterface {
  name = 'MeetingUpdatedAt1796200100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`UPDATE "meeting" SET "updated_at" = "created_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "updated_at"`);
  }
}
