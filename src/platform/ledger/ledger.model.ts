import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, Matches, MaxLength } from 'class-validator';
import { Formatted } from '../graphql/text-input';
import { LedgerBreak } from './ledger-verifier.service';
import type { SignedCheckpoint } from './ledger-checkpoints.service';
import type { Receipt } from './ledger-receipts.service';

registerEnumType(LedgerBreak, { name: 'LedgerBreak', description: 'The kind of break verification found first' });

/** A C2SP signed note: origin, size, root, time, blank line, signature lines. */
const SIGNED_NOTE = /^[^\n]{1,200}\n\d{1,15}\n[A-Za-z0-9+/]{43}=\ntime [0-9T:.Z-]{24}\n\n(\u2014 [^\n]{1,300}\n){1,8}$/;

@ObjectType('LedgerCheckpoint', { description: "A signed statement of the ledger's size and Merkle root at a time, kept outside the database too" })
export class LedgerCheckpointModel {
  @Field(() => Int)
  treeSize: number;

  @Field({ description: 'RFC 6962 Merkle root, hex' })
  rootHash: string;

  @Field()
  signedAt: Date;

  @Field({ description: 'The checkpoint as a C2SP signed note (Ed25519), to keep and to check with the verifier key' })
  note: string;
}

@ObjectType('LedgerVerification')
export class LedgerVerificationModel {
  @Field()
  ok: boolean;

  @Field(() => Int, { description: 'Entries in the chain' })
  size: number;

  @Field(() => String, { nullable: true, description: 'Hash of the newest entry' })
  headHash?: string | null;

  @Field(() => String, { nullable: true, description: 'Merkle root of the entries, hex' })
  rootHash?: string | null;

  @Field(() => LedgerCheckpointModel, { nullable: true, description: 'The newest signed checkpoint the entries were held against' })
  checkpoint?: LedgerCheckpointModel | null;

  @Field(() => Int, { description: 'Signed checkpoints whose roots were recomputed from the entries' })
  checkpointsChecked: number;

  @Field(() => Int, { description: '1 for the full check; for a check since the last checkpoint, the first entry after it' })
  checkedFrom: number;

  @Field(() => LedgerBreak, { nullable: true })
  breakKind?: LedgerBreak | null;

  @Field(() => Int, { nullable: true, description: 'The first entry that does not verify' })
  firstInvalidPosition?: number | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;
}

@InputType()
export class VerifyLedgerInput {
  @Field({ nullable: true, description: 'A signed checkpoint kept outside the service (e.g. from the checkpoint mail): the entries are also held against it' })
  @IsOptional()
  @MaxLength(4096)
  @Matches(SIGNED_NOTE, { message: 'checkpoint must be a signed checkpoint as the service issues them' })
  @Formatted('a signed checkpoint (C2SP signed note)')
  checkpoint?: string;

  @Field({ defaultValue: false, description: 'Only the entries after the newest signed checkpoint, and that they extend it (fast; edits before it need the full check)' })
  @IsOptional()
  @IsBoolean()
  sinceCheckpoint?: boolean;
}

@InputType()
export class LedgerReceiptInput {
  @Field({ description: 'The position of the entry' })
  @MaxLength(15)
  @Matches(/^[1-9]\d{0,14}$/, { message: 'position must be a ledger position' })
  @Formatted('a ledger position')
  position: string;
}

@ObjectType('LedgerReceipt', { description: 'Entries with inclusion proofs against a signed checkpoint: checkable offline with the verifier key (npm run verify-receipt)' })
export class LedgerReceiptModel {
  @Field(() => LedgerCheckpointModel)
  checkpoint: LedgerCheckpointModel;

  @Field({ description: 'The receipt as a JSON document, to hand over and keep' })
  document: string;

  @Field({ description: "The service's verifier key (signed-note notation); a checker should obtain it independently, e.g. from the municipality's website" })
  verifierKey: string;
}

export const checkpointModel = (checkpoint: SignedCheckpoint): LedgerCheckpointModel => ({
  treeSize: checkpoint.treeSize,
  rootHash: checkpoint.rootHash.toString('hex'),
  signedAt: checkpoint.time,
  note: checkpoint.note,
});

export const receiptModel = (receipt: Receipt): LedgerReceiptModel => ({
  checkpoint: checkpointModel(receipt.checkpoint),
  document: receipt.document,
  verifierKey: receipt.verifierKey,
});

