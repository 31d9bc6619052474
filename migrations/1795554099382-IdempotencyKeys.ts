import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

export class IdempotencyKeys1795554099382 implements MigrationInterface {
  name = 'IdempotencyKeys1795554099382';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subject" character varying(200) NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character varying(64) NOT NULL, "response" jsonb, CONSTRAINT "PK_213f125e14469be304f9ff1d452" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_idempotency_key" ON "idempotency_key" ("municipality_id", "subject", "key") `);
    await queryRunner.query(`ALTER TABLE "idempotency_key" ADD CONSTRAINT "FK_3511b9a6ffedac99585cbd56c51" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Keys are kept for replay; a request that failed leaves none (its transaction rolled back).
    await isolateTenantTables(queryRunner, { idempotency_key: 'SELECT, INSERT, UPDATE' });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropTenantIsolation(queryRunner, ['idempotency_key']);
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP CONSTRAINT "FK_3511b9a6ffedac99585cbd56c51"`);
    await queryRunner.query(`DROP INDEX "public"."uq_idempotency_key"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
