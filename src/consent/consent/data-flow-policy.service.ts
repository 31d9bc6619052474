import { Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { Department } from '../../organisation/departments/department.entity';
import { AppError, ErrorCode, notFound } from '../../platform/errors/app-error';
import { LedgerKind, LedgerService } from '../../platform/ledger/ledger.service';
import { StaffService } from '../../organisation/staff/staff.service';
import { DataCategory } from './consent.enums';
import { DataFlowPolicy } from './data-flow-policy.entity';

@Injectable()
export class DataFlowPolicyService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly ledger: LedgerService,
    private readonly staff: StaffService,
  ) {}

  list(): Promise<DataFlowPolicy[]> {
    return this.db.manager().then((manager) => manager.find(DataFlowPolicy, { order: { createdAt: 'ASC' } }));
  }

  /** Declares which categories may flow from one department to another (an empty list closes the pair). Recorded in the ledger. */
  async set(principal: Principal, fromDepartmentId: string, toDepartmentId: string, categories: DataCategory[]): Promise<DataFlowPolicy> {
    if (fromDepartmentId === toDepartmentId) throw new AppError(ErrorCode.BadUserInput, 'A policy is between two different departments');
    const admin = await this.staff.current(principal);
    const manager = await this.db.manager();
    if ((await manager.countBy(Department, [{ id: fromDepartmentId }, { id: toDepartmentId }])) !== 2) throw notFound('A department');
    const municipalityId = admin.municipalityId;
    await manager.upsert(DataFlowPolicy, { municipalityId, fromDepartmentId, toDepartmentId, categories: [...new Set(categories)] }, ['municipalityId', 'fromDepartmentId', 'toDepartmentId']);
    await this.ledger.append(manager, LedgerKind.POLICY_CHANGED, { staffId: admin.id, fromDepartmentId, toDepartmentId, categories: [...new Set(categories)].sort() });
    return manager.findOneByOrFail(DataFlowPolicy, { fromDepartmentId, toDepartmentId });
  }
}
