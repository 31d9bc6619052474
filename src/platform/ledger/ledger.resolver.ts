import { Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { Role } from '../auth/role.enum';
import { LedgerVerificationModel } from './ledger.model';
import { LedgerService } from './ledger.service';

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Mutation(() => LedgerVerificationModel, { description: "Walk the municipality's ledger and check every hash" })
  verifyLedger(): Promise<LedgerVerificationModel> {
    return this.ledger.verify();
  }
}
