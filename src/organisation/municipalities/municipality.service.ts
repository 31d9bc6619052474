import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { notFound } from '../../platform/errors/app-error';
import { Municipality } from './municipality.entity';

@Injectable()
export class MunicipalityService {
  constructor(private readonly db: TenantDatabase) {}

  /** Row-level security shows exactly one row: the caller's own municipality. */
  async current(): Promise<Municipality> {
    const manager = await this.db.manager();
    const municipality = await manager.findOne(Municipality, { where: {} });
    if (!municipality) throw notFound('Your municipality');
    return municipality;
  }
}
