import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

export class RoleGrants1796118468006 implements MigrationInterface {
  name = 'RoleGrants1796118468006';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."granted_role" AS ENUM('municipality_admin', 'data_protection_officer')`);
    await queryRunner.query(`CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "staff_id" uuid NOT NULL, "role" "public"."granted_role" NOT NULL, "granted_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_role_grant_active" ON "role_grant" ("municipality_id", "staff_id", "role") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_role_grant_tenant_key" ON "role_grant" ("id", "municipality_id") `);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_b15ab3ffd91cf7f62daa3c08c01" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_ac2e48e6296c72ff6b414240e38" FOREIGN KEY ("staff_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Grants are withdrawn, never edited or deleted: the runtime role may set only the withdrawal.
    await isolateTenantTables(queryRunner, { role_grant: 'SELECT, INSERT, UPDATE (revoked_at, revoked_by)' });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropTenantIsolation(queryRunner, ['role_grant']);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_ac2e48e6296c72ff6b414240e38"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_b15ab3ffd91cf7f62daa3c08c01"`);
    await queryRunner.query(`DROP INDEX "public"."uq_role_grant_tenant_key"`);
    await queryRunner.query(`DROP INDEX "public"."uq_role_grant_active"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP TYPE "public"."granted_role"`);
  }
}
