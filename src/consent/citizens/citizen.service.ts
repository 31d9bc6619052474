import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode } from '../../platform/errors/app-error';
import { Citizen } from './citizen.entity';
import { Cpr, parseCpr } from '../../privacy/cpr/cpr';
import { hashCpr } from './cpr-hasher';

/** Never echoes the number: it is personal data. */
export const invalidCpr = () => new AppError(ErrorCode.BadUserInput, 'The CPR number is not valid (DDMMYY-SSSS with a real date of birth)', { field: 'cpr' });

@Injectable()
export class CitizenService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  parse(input: string): Cpr {
    const cpr = parseCpr(input);
    if (!cpr) throw invalidCpr();
    return cpr;
  }

  /**
   * The citizen for a CPR number, created on first use, and locked for the
   * rest of the transaction. The lock is the "consent state" lock: consent
   * changes and exchange decisions for one citizen take it, so they are
   * serialised and a decision always sees every withdrawal committed before it.
   */
  async lock(manager: EntityManager, cpr: Cpr, create: boolean): Promise<Citizen | null> {
    const municipalityId = this.db.current().municipalityId!;
    const cprHash = hashCpr(this.config.crypto.cprHashSecret, municipalityId, cpr.digits);
    const locked = () => manager.createQueryBuilder(Citizen, 'c').where('c.cpr_hash = :cprHash', { cprHash }).setLock('pessimistic_write').getOne();
    // A known citizen, the common case, is one statement. A new one is inserted (a concurrent first use waits on the unique index, then inserts nothing) and then locked.
    const known = await locked();
    if (known || !create) return known;
    await manager.query('INSERT INTO citizen (municipality_id, cpr_hash) VALUES ($1, $2) ON CONFLICT (municipality_id, cpr_hash) DO NOTHING', [municipalityId, cprHash]);
    return locked();
  }

  async bumpRevision(manager: EntityManager, citizenId: string): Promise<void> {
    await manager.increment(Citizen, { id: citizenId }, 'consentRevision', 1);
  }

  /** Locks a known citizen by id (a reply in a conversation refers to the citizen of the request). */
  async lockById(manager: EntityManager, citizenId: string): Promise<Citizen> {
    return manager.createQueryBuilder(Citizen, 'c').where('c.id = :citizenId', { citizenId }).setLock('pessimistic_write').getOneOrFail();
  }
}
