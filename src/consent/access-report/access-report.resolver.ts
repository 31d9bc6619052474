import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { CitizenLookupInput } from '../consent/consent.model';
import { AccessReportModel } from './access-report.model';
import { AccessReportService } from './access-report.service';

@Resolver()
export class AccessReportResolver {
  constructor(private readonly reports: AccessReportService) {}

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Query(() => AccessReportModel, { description: "A citizen's access report (the request itself is recorded)" })
  citizenAccessReport(@CurrentPrincipal() principal: Principal, @Args('input') input: CitizenLookupInput): Promise<AccessReportModel> {
    return this.reports.forCitizen(principal, input.cpr);
  }
}
