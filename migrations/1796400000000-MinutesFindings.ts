import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes are saved with the anonymisation guard's findings instead of being
 * refused: kind, field, offsets and a masked preview (never the value), and
 * the coordinator's acknowledgement of each (who, when, why). Circulation and
 * approval wait until every finding is removed or acknowledged.
 */
export class MinutesFindings1796400000000 implements MigrationInterface {
  name = 'MinutesFindings1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_version" ADD "findings" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "minutes_version" ADD "finding_acknowledgements" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_version" DROP COLUMN "finding_acknowledgements"`);
    await queryRunner.query(`ALTER TABLE "minutes_version" DROP COLUMN "findings"`);
  }
}
