import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CitizenLookupInput } from '../consent/consent.model';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { AccessReportService } from './access-report.service';
import { AccessReportModel, LedgerVerificationModel } from './ledger.model';
import { LedgerService } from './ledger.service';

@Resolver()
export class LedgerResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly reports: AccessReportService,
  ) {}

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Mutation(() => LedgerVerificationModel, { description: "Walk the municipality's ledger and check every hash" })
  verifyLedger(): Promise<LedgerVerificationModel> {
    return this.ledger.verify();
  }

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Query(() => AccessReportModel, { description: "A citizen's access report (the request itself is recorded)" })
  citizenAccessReport(@CurrentPrincipal() principal: Principal, @Args('input') input: CitizenLookupInput): Promise<AccessReportModel> {
    return this.reports.forCitizen(principal, input.cpr);
  }
}
