import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantIsolation, isolateTenantTables } from './support/tenant-isolation';

/**
 * Server-side sessions for the web client. Only the SHA-256 of a session's
 * secret is stored. A browser's request carries no tenant until its session is
 * found, so two narrow functions (running as the owner) resume and end a
 * session by its hash; creating one happens under row-level security as the
 * signed-in person's municipality. Deactivating a member of staff deletes
 * their sessions in the same statement (a trigger), so no path forgets it.
 */
export class WebSessions1796200000000 implements MigrationInterface {
  name = 'WebSessions1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "web_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "staff_id" uuid NOT NULL, "subject" character varying(255) NOT NULL,
      "token_hash" character varying(64) NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_web_session" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_web_session_token" ON "web_session" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "ix_web_session_staff" ON "web_session" ("staff_id")`);
    await queryRunner.query(`ALTER TABLE "web_session" ADD CONSTRAINT "FK_web_session_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT`);
    await queryRunner.query(`ALTER TABLE "web_session" ADD CONSTRAINT "FK_web_session_staff" FOREIGN KEY ("staff_id", "municipality_id") REFERENCES "staff_user"("id","municipality_id") ON DELETE CASCADE`);
    await isolateTenantTables(queryRunner, { web_session: 'SELECT, INSERT, DELETE' });

    await queryRunner.query(`CREATE POLICY session_by_token ON "web_session" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)`);
    // Finds a live session (neither idle past its limit nor past its absolute end) and notes the request, at most once a minute.
    await queryRunner.query(`
      CREATE FUNCTION web_session_resume(p_token_hash varchar, p_at timestamptz, p_idle_seconds integer)
        RETURNS TABLE (municipality_id uuid, staff_id uuid, subject varchar)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$
        DECLARE session_row web_session%ROWTYPE;
        BEGIN
          SELECT * INTO session_row FROM web_session s WHERE s.token_hash = p_token_hash;
          IF NOT FOUND THEN RETURN; END IF;
          IF session_row.expires_at <= p_at OR session_row.last_seen_at <= p_at - make_interval(secs => p_idle_seconds) THEN
            DELETE FROM web_session s WHERE s.id = session_row.id;
            RETURN;
          END IF;
          IF session_row.last_seen_at < p_at - interval '1 minute' THEN
            UPDATE web_session s SET last_seen_at = p_at WHERE s.id = session_row.id;
          END IF;
          RETURN QUERY SELECT session_row.municipality_id, session_row.staff_id, session_row.subject;
        END $$`);
    await queryRunner.query(`
      CREATE FUNCTION web_session_end(p_token_hash varchar) RETURNS void
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ DELETE FROM web_session WHERE token_hash = p_token_hash $$`);
    await queryRunner.query(`
      CREATE FUNCTION purge_expired_web_sessions(p_at timestamptz, p_idle_seconds integer) RETURNS integer
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ WITH gone AS (DELETE FROM web_session WHERE expires_at <= p_at OR last_seen_at <= p_at - make_interval(secs => p_idle_seconds) RETURNING 1)
              SELECT count(*)::integer FROM gone $$`);
    // The OpenID provider of one municipality signs its staff in: its code names it.
    await queryRunner.query(`
      CREATE FUNCTION municipality_id_by_code(p_code varchar) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT id FROM municipality WHERE code = p_code $$`);
    for (const fn of ['web_session_resume(varchar, timestamptz, integer)', 'web_session_end(varchar)', 'purge_expired_web_sessions(timestamptz, integer)', 'municipality_id_by_code(varchar)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO nsk_runtime`);
    }

    await queryRunner.query(`
      CREATE FUNCTION end_sessions_of_deactivated_staff() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.active AND NOT NEW.active THEN DELETE FROM web_session WHERE staff_id = NEW.id; END IF;
          RETURN NEW;
        END $$`);
    await queryRunner.query(`CREATE TRIGGER staff_deactivated_ends_sessions AFTER UPDATE OF active ON "staff_user"
      FOR EACH ROW EXECUTE FUNCTION end_sessions_of_deactivated_staff()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER staff_deactivated_ends_sessions ON "staff_user"`);
    await queryRunner.query(`DROP FUNCTION end_sessions_of_deactivated_staff()`);
    await queryRunner.query(`DROP FUNCTION municipality_id_by_code(varchar)`);
    await queryRunner.query(`DROP FUNCTION purge_expired_web_sessions(timestamptz, integer)`);
    await queryRunner.query(`DROP FUNCTION web_session_end(varchar)`);
    await queryRunner.query(`DROP FUNCTION web_session_resume(varchar, timestamptz, integer)`);
    await queryRunner.query(`DROP POLICY session_by_token ON "web_session"`);
    await dropTenantIsolation(queryRunner, ['web_session']);
    await queryRunner.query(`DROP TABLE "web_session"`);
  }
}
