import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { CitizenLookupInput } from '../consent/consent.resolver';
import { CurrentPrincipal } from '../graphql/current-principal.decorator';
import { AccessReportService } from './access-report.service';
import { LedgerService } from './ledger.service';

@ObjectType('LedgerVerification')
export class LedgerVerificationModel {
  @Field()
  ok: boolean;

  @Field(() => Int, { description: 'Entries in the chain' })
  size: number;

  @Field(() => String, { nullable: true, description: 'Hash of the newest entry, when the chain verifies' })
  headHash?: string | null;

  @Field(() => Int, { nullable: true, description: 'The first entry that does not verify' })
  firstInvalidPosition?: number | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;
}

@ObjectType('AccessReportEntry', { description: 'One recorded event about the citizen' })
export class AccessReportEntryModel {
  @Field()
  position: string;

  @Field()
  recordedAt: Date;

  @Field({ description: 'consent_granted, consent_withdrawn, consent_expired, consent_lookup, exchange_decision, content_read, exchange_reviewed, access_report' })
  kind: string;

  @Field({ description: 'The entry as recorded (canonical JSON of ids and codes; verifiable against the chain)' })
  content: string;

  @Field(() => String, { nullable: true })
  staffMemberName: string | null;

  @Field(() => String, { nullable: true })
  departmentName: string | null;

  @Field(() => String, { nullable: true, description: 'For exchanges: from department -> to department' })
  route: string | null;

  @Field(() => [String], { description: 'Data categories involved' })
  categories: string[];

  @Field(() => String, { nullable: true, description: 'Consent id, legal basis or refusal reason' })
  basis: string | null;
}

@ObjectType('AccessReport', { description: 'GDPR art. 15: who received what about the citizen, when, on which basis' })
export class AccessReportModel {
  @Field()
  generatedAt: Date;

  @Field(() => [AccessReportEntryModel])
  entries: AccessReportEntryModel[];
}

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
