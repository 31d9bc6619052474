import { Field, ObjectType } from '@nestjs/graphql';
import { LedgerReceiptModel } from '../../platform/ledger/ledger.model';

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

  @Field(() => LedgerReceiptModel, { nullable: true, description: "Every entry above except the report's own, with inclusion proofs against a signed checkpoint: the citizen can check it offline (npm run verify-receipt)" })
  receipt: LedgerReceiptModel | null;
}
