import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Copenhagen's inquiries also come from the integration centre and youth
 * units, and a channel is not always known: new enum values (appended, so
 * existing rows keep their meaning). PostgreSQL cannot drop an enum value, so
 * down() leaves them.
 */
export class InquirySourcesAndChannel1796200200000 implements MigrationInterface {
  name = 'InquirySourcesAndChannel1796200200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."discipline" ADD VALUE IF NOT EXISTS 'integration_centre'`);
    await queryRunner.query(`ALTER TYPE "public"."discipline" ADD VALUE IF NOT EXISTS 'youth_unit'`);
    await queryRunner.query(`ALTER TYPE "public"."inquiry_channel" ADD VALUE IF NOT EXISTS 'unknown'`);
  }

  public async down(): Promise<void> {
    // Enum values cannot be removed without rewriting every column that uses the type; they stay.
  }
}
