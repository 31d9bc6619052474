import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { Role } from '../auth/role.enum';
import { TenantDatabase } from '../database/tenant-database';
import { AppError, ErrorCode } from '../errors/app-error';
import { checkpointModel, LedgerCheckpointModel, LedgerReceiptInput, LedgerReceiptModel, LedgerVerificationModel, receiptModel, VerifyLedgerInput } from './ledger.model';
import { LedgerCheckpoints } from './ledger-checkpoints.service';
import { LedgerReceipts } from './ledger-receipts.service';
import { LedgerVerifier } from './ledger-verifier.service';

@Resolver()
export class LedgerResolver {
  constructor(
    private readonly db: TenantDatabase,
    private readonly verifier: LedgerVerifier,
    private readonly checkpoints: LedgerCheckpoints,
    private readonly receipts: LedgerReceipts,
  ) {}

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Mutation(() => LedgerVerificationModel, { description: "Check every entry of the municipality's ledger, its links, and its Merkle root against every signed checkpoint known or given" })
  async verifyLedger(@Args('input', { nullable: true }) input?: VerifyLedgerInput): Promise<LedgerVerificationModel> {
    const result = await this.verifier.verify(input?.checkpoint, input?.sinceCheckpoint ?? false);
    return { ...result, checkpoint: result.checkpoint && checkpointModel(result.checkpoint) };
  }

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Mutation(() => LedgerCheckpointModel, { description: 'Sign a checkpoint over the entries now (the schedule does so every LEDGER_CHECKPOINT_INTERVAL_MS); the latest one when nothing was added since' })
  async signLedgerCheckpoint(): Promise<LedgerCheckpointModel> {
    const checkpoint = await this.checkpoints.checkpoint(await this.db.manager());
    if (!checkpoint) throw new AppError(ErrorCode.NotFound, 'The ledger has no entries yet');
    return checkpointModel(checkpoint);
  }

  @Allow(Role.STAFF)
  @Query(() => String, { description: "The key that checks the ledger's checkpoints and receipts (signed-note verifier key)" })
  ledgerVerifierKey(): string {
    return this.checkpoints.verifierKey;
  }

  @Allow(Role.DATA_PROTECTION_OFFICER)
  @Query(() => LedgerReceiptModel, { description: 'One entry with its inclusion proof against a signed checkpoint' })
  async ledgerReceipt(@Args('input') input: LedgerReceiptInput): Promise<LedgerReceiptModel> {
    return receiptModel(await this.receipts.forPosition(input.position));
  }
}
