import { Module } from '@nestjs/common';
import { CitizenService } from '../citizens/citizen.service';
import { DepartmentModule } from '../../organisation/departments/department.module';
import { ExchangeResolver } from '../exchange/exchange.resolver';
import { ExchangeService } from '../exchange/exchange.service';
import { AccessReportService } from '../ledger/access-report.service';
import { LedgerResolver } from '../ledger/ledger.resolver';
import { LedgerService } from '../ledger/ledger.service';
import { StaffModule } from '../../organisation/staff/staff.module';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';
import { DataFlowPolicyService } from './data-flow-policy.service';

/**
 * Consent, the gated exchange and the ledger they write to: one module,
 * because every decision needs all three inside one transaction.
 */
@Module({
  imports: [StaffModule, DepartmentModule],
  providers: [
    CitizenService,
    LedgerService,
    AccessReportService,
    ConsentService,
    DataFlowPolicyService,
    ExchangeService,
    ConsentResolver,
    ExchangeResolver,
    LedgerResolver,
  ],
  exports: [LedgerService],
})
export class ConsentModule {}
