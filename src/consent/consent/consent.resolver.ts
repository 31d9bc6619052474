import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator';
import { Principal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/role.enum';
import { CurrentPrincipal } from '../../platform/graphql/current-principal.decorator';
import { ParseIdPipe } from '../../platform/graphql/validation';
import { CitizenLookupInput, ConsentModel, DataFlowPolicyModel, RecordConsentInput, SetDataFlowPolicyInput } from './consent.model';
import { ConsentService } from './consent.service';
import { ConsentReceiptService } from './consent-receipt.service';
import { LedgerReceiptModel, receiptModel } from '../../platform/ledger/ledger.model';
import { DataFlowPolicyService } from './data-flow-policy.service';

@Resolver(() => ConsentModel)
export class ConsentResolver {
  constructor(
    private readonly consents: ConsentService,
    private readonly policies: DataFlowPolicyService,
    private readonly receipts: ConsentReceiptService,
  ) {}

  @Allow(Role.STAFF)
  @Query(() => LedgerReceiptModel, { description: 'The ledger entry that recorded a consent, with its inclusion proof against a signed checkpoint: for the citizen to keep (the look-up is recorded)' })
  async consentReceipt(@CurrentPrincipal() principal: Principal, @Args('consentId', { type: () => ID }, ParseIdPipe) consentId: string): Promise<LedgerReceiptModel> {
    return receiptModel(await this.receipts.forConsent(principal, consentId));
  }

  @Allow(Role.STAFF)
  @Mutation(() => ConsentModel, { description: "Record a citizen's consent to exchange between departments" })
  recordConsent(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordConsentInput): Promise<ConsentModel> {
    return this.consents.record(principal, input);
  }

  @Allow(Role.STAFF)
  @Mutation(() => ConsentModel, { description: "Withdraw a consent on the citizen's word: effective immediately" })
  withdrawConsent(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<ConsentModel> {
    return this.consents.withdraw(principal, id);
  }

  @Allow(Role.STAFF)
  @Query(() => [ConsentModel], { description: "A citizen's consents with their current state (the look-up is recorded)" })
  citizenConsents(@CurrentPrincipal() principal: Principal, @Args('input') input: CitizenLookupInput): Promise<ConsentModel[]> {
    return this.consents.forCitizen(principal, input.cpr);
  }

  @Allow(Role.STAFF)
  @Query(() => [DataFlowPolicyModel])
  dataFlowPolicies(): Promise<DataFlowPolicyModel[]> {
    return this.policies.list();
  }

  @Allow(Role.MUNICIPALITY_ADMIN)
  @Mutation(() => DataFlowPolicyModel, { description: 'Declare which categories may pass between two departments at all' })
  setDataFlowPolicy(@CurrentPrincipal() principal: Principal, @Args('input') input: SetDataFlowPolicyInput): Promise<DataFlowPolicyModel> {
    return this.policies.set(principal, input.fromDepartmentId, input.toDepartmentId, input.categories);
  }
}
