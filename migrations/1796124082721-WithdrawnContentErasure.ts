import { MigrationInterface, QueryRunner } from 'typeorm';

export class WithdrawnContentErasure1796124082721 implements MigrationInterface {
  name = 'WithdrawnContentErasure1796124082721';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange" ADD "content_erased_at" TIMESTAMP WITH TIME ZONE`);
    // The erasure job (runtime role) removes sealed content after a withdrawal, in every municipality.
    await queryRunner.query(`GRANT UPDATE (content_sealed, justification_sealed, content_erased_at) ON "exchange" TO nsk_runtime`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION all_municipality_ids() TO nsk_runtime`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION all_municipality_ids() FROM nsk_runtime`);
    await queryRunner.query(`REVOKE UPDATE (content_sealed, justification_sealed, content_erased_at) ON "exchange" FROM nsk_runtime`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP COLUMN "content_erased_at"`);
  }
}
