import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTables } from './support/tenant-isolation';

export class Foundation1795548370897 implements MigrationInterface {
  name = 'Foundation1795548370897';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(4) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f01eb47e7b81481ca5a146a786d" UNIQUE ("code"), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."discipline" AS ENUM('health_visiting', 'school', 'ssp', 'housing_social_work', 'jobcentre', 'other')`);
    await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "discipline" "public"."discipline" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_department_name" UNIQUE ("municipality_id", "name"), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_department_tenant_key" ON "department" ("id", "municipality_id") `);
    await queryRunner.query(`CREATE TABLE "staff_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "subject" character varying(200) NOT NULL, "display_name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "department_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_staff_user_subject" UNIQUE ("municipality_id", "subject"), CONSTRAINT "PK_cec9365d9fc3a3409158b645f2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_user_tenant_key" ON "staff_user" ("id", "municipality_id") `);
    await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "FK_e2e1e78b9416f37b5345aacc992" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_user" ADD CONSTRAINT "FK_0a13b79c896db88d5837b8e891b" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_user" ADD CONSTRAINT "FK_5d37387605e7a95ec1a0f4106d8" FOREIGN KEY ("department_id", "municipality_id") REFERENCES "department"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // --- Tenant isolation (not entity metadata, so written by hand) ---
    // The tenant comes from a transaction-local setting the service sets from
    // the verified token. NULLIF: after a transaction that set it, the setting
    // reads '' (not NULL) on the same connection, and ''::uuid would fail.
    await queryRunner.query(`
      CREATE FUNCTION app_current_municipality() RETURNS uuid
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT NULLIF(current_setting('app.municipality_id', true), '')::uuid $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO nsk_runtime`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION app_current_municipality() TO nsk_runtime`);

    await queryRunner.query(`ALTER TABLE "municipality" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "municipality" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "municipality"
      USING (id = app_current_municipality()) WITH CHECK (id = app_current_municipality())`);
    // Creating a municipality is a platform operation (owner role), never a tenant's.
    await queryRunner.query(`GRANT SELECT ON "municipality" TO nsk_runtime`);

    // No DELETE: staff are deactivated and departments kept, so history keeps its authors.
    await isolateTenantTables(queryRunner, { department: 'SELECT, INSERT, UPDATE', staff_user: 'SELECT, INSERT, UPDATE' });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON "municipality", "department", "staff_user" FROM nsk_runtime`);
    await queryRunner.query(`DROP POLICY tenant_isolation ON "staff_user"`);
    await queryRunner.query(`DROP POLICY tenant_isolation ON "department"`);
    await queryRunner.query(`DROP POLICY tenant_isolation ON "municipality"`);
    await queryRunner.query(`DROP FUNCTION app_current_municipality()`);
    await queryRunner.query(`ALTER TABLE "staff_user" DROP CONSTRAINT "FK_5d37387605e7a95ec1a0f4106d8"`);
    await queryRunner.query(`ALTER TABLE "staff_user" DROP CONSTRAINT "FK_0a13b79c896db88d5837b8e891b"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "FK_e2e1e78b9416f37b5345aacc992"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staff_user_tenant_key"`);
    await queryRunner.query(`DROP TABLE "staff_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_department_tenant_key"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP TYPE "public"."discipline"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
