import { Module } from '@nestjs/common';
import { CitizenService } from '../citizens/citizen.service';
import { DepartmentModule } from '../../organisation/departments/department.module';
import { ExchangeResolver } from '../exchange/exchange.resolver';
import { ExchangeService } from '../exchange/exchange.service';
import { WithdrawnContentService } from '../exchange/withdrawn-content.service';
import { AccessReportService } from '../access-report/access-report.service';
import { AccessReportResolver } from '../access-report/access-report.resolver';
import { StaffModule } from '../../organisation/staff/staff.module';
import { ConsentResolver } from './consent.resolver';
import { ConsentReceiptService } from './consent-receipt.service';
import { ConsentService } from './consent.service';
import { DataFlowPolicyService } from './data-flow-policy.service';

/**
 * Consent, the gated exchange and the citizen's access report: one module,
 * because every decision needs them (and the ledger) inside one transaction.
 */
@Module({
  imports: [StaffModule, DepartmentModule],
  providers: [
    CitizenService,
    AccessReportService,
    ConsentService,
    ConsentReceiptService,
    DataFlowPolicyService,
    ExchangeService,
    WithdrawnContentService,
    ConsentResolver,
    ExchangeResolver,
    AccessReportResolver,
  ],
})
export class ConsentModule {}
