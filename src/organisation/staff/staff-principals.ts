import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import { effectiveRoles, Principal, PrincipalDirectory, TokenClaims } from '../../platform/auth/principal';
import { PrincipalPreloads } from '../../platform/auth/principal-preloads';
import { Role } from '../../platform/auth/role.enum';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { StaffUser } from './staff-user.entity';
import { StaffService } from './staff.service';

/** The subject column's length: a longer subject matches no one. */
const SUBJECT_MAX_LENGTH = 200;

interface StaffRow {
  id: string;
  municipality_id: string;
  created_at: Date;
  subject: string;
  display_name: string;
  email: string;
  department_id: string;
  active: boolean;
  granted: Role[];
  [preload: `preload_${number}`]: unknown;
}

/**
 * Turns a verified token into the caller's record: the active staff member of
 * the token's municipality with that subject, and the roles the municipality
 * granted them. One statement per request, in the round trip that begins the
 * request's transaction (UnitOfWork.beginWith); the staff row it reads is handed to
 * the request's loaders, so `StaffService.current` costs nothing more, and so
 * is what other areas preload about the caller (PrincipalPreloads).
 */
@Injectable()
export class StaffPrincipals implements PrincipalDirectory {
  constructor(
    private readonly db: TenantDatabase,
    private readonly staff: StaffService,
    private readonly preloads: PrincipalPreloads,
  ) {}

  async resolve(claims: TokenClaims): Promise<Principal | null> {
    // A subject no record could hold is no one's; it is never sent.
    if (claims.subject.length > SUBJECT_MAX_LENGTH || claims.subject.includes('\u0000')) return null;
    // Row-level security already limits both tables to the token's municipality.
    const preloads = this.preloads.all;
    // The first statement of the request, sent with the transaction's start: the subject (from the verified token) as a quoted literal.
    const [row] = await this.db.current().beginWith<StaffRow>(
      `SELECT s.id, s.municipality_id, s.created_at, s.subject, s.display_name, s.email, s.department_id, s.active,
              ARRAY(SELECT g.role::text FROM role_grant g WHERE g.staff_id = s.id AND g.revoked_at IS NULL ORDER BY g.role) AS granted
              ${preloads.map((preload, i) => `, ${preload.expression} AS preload_${i}`).join('')}
         FROM staff_user s WHERE s.subject = ${escapeLiteral(claims.subject)}`,
    );
    const manager = await this.db.manager();
    if (!row || !row.active) return null;
    preloads.forEach((preload, i) => preload.receive(row.id, row[`preload_${i}`]));
    const record = manager.create(StaffUser, {
      id: row.id,
      municipalityId: row.municipality_id,
      createdAt: row.created_at,
      subject: row.subject,
      displayName: row.display_name,
      email: row.email,
      departmentId: row.department_id,
      active: row.active,
    });
    this.staff.remember(record);
    return { subject: row.subject, municipalityId: row.municipality_id, staffId: row.id, roles: effectiveRoles(row.granted, claims.requestedRoles) };
  }
}
