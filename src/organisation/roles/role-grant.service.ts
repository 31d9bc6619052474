import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Principal } from '../../platform/auth/principal';
import { GrantableRole } from '../../platform/auth/role.enum';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode, notFound } from '../../platform/errors/app-error';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';
import { StaffUser } from '../staff/staff-user.entity';
import { RoleGrant } from './role-grant.entity';
import { now } from '../../platform/clock/clock';

/**
 * Who holds which role is the municipality's record, kept here. Every grant
 * and withdrawal is written to the ledger in the same transaction, so the DPO
 * can show who could see what, and since when.
 */
@Injectable()
export class RoleGrantService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly ledger: LedgerService,
  ) {}

  async active(): Promise<RoleGrant[]> {
    const manager = await this.db.manager();
    return manager.find(RoleGrant, { where: { revokedAt: IsNull() }, order: { role: 'ASC', createdAt: 'ASC' } });
  }

  async grant(principal: Principal, staffId: string, role: GrantableRole): Promise<RoleGrant> {
    const manager = await this.db.manager();
    const staff = await manager.findOne(StaffUser, { where: { id: staffId } });
    if (!staff) throw notFound('The member of staff');
    if (!staff.active) throw new AppError(ErrorCode.BadUserInput, 'Only an active member of staff can be given a role');
    // The partial unique index makes a concurrent second grant fail; reading first gives the usual answer a clear message.
    const existing = await manager.findOne(RoleGrant, { where: { staffId, role, revokedAt: IsNull() } });
    if (existing) throw new AppError(ErrorCode.Conflict, 'The member of staff already holds this role');
    const grant = await manager.save(
      RoleGrant,
      manager.create(RoleGrant, { municipalityId: principal.municipalityId, staffId, role, grantedBy: principal.staffId, revokedAt: null, revokedBy: null }),
    );
    await this.ledger.append(manager, LedgerKind.ROLE_GRANTED, { staffId: principal.staffId, grantId: grant.id, holderId: staffId, role });
    return grant;
  }

  async revoke(principal: Principal, staffId: string, role: GrantableRole): Promise<RoleGrant> {
    const manager = await this.db.manager();
    // Locked, so two admins withdrawing each other at once cannot leave the municipality without one.
    const grants = await manager.find(RoleGrant, { where: { role, revokedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    const grant = grants.find((candidate) => candidate.staffId === staffId);
    if (!grant) throw notFound('The role grant');
    if (role === GrantableRole.MUNICIPALITY_ADMIN && grants.length === 1) {
      throw new AppError(ErrorCode.Conflict, 'This is the last municipality admin; grant the role to someone else first');
    }
    grant.revokedAt = now();
    grant.revokedBy = principal.staffId;
    await manager.save(RoleGrant, grant);
    await this.ledger.append(manager, LedgerKind.ROLE_REVOKED, { staffId: principal.staffId, grantId: grant.id, holderId: staffId, role });
    return grant;
  }
}
