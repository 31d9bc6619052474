import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { now } from '../../platform/clock/clock';
import { TenantDatabase } from '../../platform/database/tenant-database';

export interface SessionOwner {
  municipalityId: string;
  staffId: string;
  subject: string;
}

export const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Server-side sessions in PostgreSQL. The browser holds a 256-bit random
 * secret in an httpOnly cookie; the database holds its SHA-256 only, so a
 * copy of the table signs no one in. A session ends after
 * SESSION_IDLE_MINUTES without a request, SESSION_MAX_HOURS after sign-in,
 * at sign-out, and when its member of staff is deactivated (a trigger).
 */
@Injectable()
export class WebSessions {
  private readonly idleSeconds: number;
  private readonly maxSeconds: number;
  private readonly csrfKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.idleSeconds = config.web.sessionIdleMinutes * 60;
    this.maxSeconds = config.web.sessionMaxHours * 3600;
    this.csrfKey = createHmac('sha256', config.linkSecret).update('nsk web session csrf').digest();
  }

  /** Starts a session for an active member of staff; returns the secret for the cookie (shown nowhere else). */
  async start(owner: SessionOwner): Promise<{ token: string; maxAgeSeconds: number }> {
    const token = randomBytes(32).toString('base64url');
    const at = now();
    await this.db.runAsTenant(owner.municipalityId, (manager) =>
      manager.query(
        `INSERT INTO web_session (municipality_id, staff_id, subject, token_hash, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [owner.municipalityId, owner.staffId, owner.subject, hashToken(token), at, new Date(at.getTime() + this.maxSeconds * 1000)],
      ),
    );
    return { token, maxAgeSeconds: this.maxSeconds };
  }

  /** The live session's owner, or null (unknown, idle too long, past its end: the last two are deleted on the way). */
  async resume(token: string | undefined): Promise<SessionOwner | null> {
    if (!token || !SESSION_TOKEN_PATTERN.test(token)) return null;
    const [row]: { municipality_id: string; staff_id: string; subject: string }[] = await this.dataSource.query(
      'SELECT municipality_id, staff_id, subject FROM web_session_resume($1, $2, $3)',
      [hashToken(token), now(), this.idleSeconds],
    );
    return row ? { municipalityId: row.municipality_id, staffId: row.staff_id, subject: row.subject } : null;
  }

  async end(token: string | undefined): Promise<void> {
    if (!token || !SESSION_TOKEN_PATTERN.test(token)) return;
    await this.dataSource.query('SELECT web_session_end($1)', [hashToken(token)]);
  }

  /** Removes every session past its idle or absolute limit; returns how many. */
  async purgeExpired(): Promise<number> {
    const [{ purged }] = await this.dataSource.query('SELECT purge_expired_web_sessions($1, $2) AS purged', [now(), this.idleSeconds]);
    return purged as number;
  }

  /**
   * The session's CSRF token: derived from its secret, so nothing more is
   * stored, and unknowable to a page on another origin (it cannot read our
   * answers). The web client sends it in X-CSRF-Token with every GraphQL call.
   */
  csrfToken(sessionToken: string): string {
    return createHmac('sha256', this.csrfKey).update(sessionToken).digest('base64url');
  }

  csrfMatches(sessionToken: string, presented: string | undefined): boolean {
    if (!presented) return false;
    const expected = Buffer.from(this.csrfToken(sessionToken));
    const given = Buffer.from(presented);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
