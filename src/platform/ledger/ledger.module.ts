import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxModule } from '../outbox/outbox.module';
import { CheckpointWitness } from './checkpoint-witness';
import { LedgerCheckpoints } from './ledger-checkpoints.service';
import { LedgerReceipts } from './ledger-receipts.service';
import { LEDGER_SIGNING_KEY, loadLedgerSigningKey } from './ledger-signing-key';
import { LedgerVerifier } from './ledger-verifier.service';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';

/**
 * The append-only, hash-chained record of every exchange, read, consent event,
 * role grant and removal, its signed checkpoints and receipts. Global: every
 * area that must leave evidence writes to it in its own transaction.
 */
@Global()
@Module({
  imports: [OutboxModule],
  providers: [
    LedgerService,
    LedgerVerifier,
    LedgerCheckpoints,
    LedgerReceipts,
    CheckpointWitness,
    LedgerResolver,
    { provide: LEDGER_SIGNING_KEY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadLedgerSigningKey(config.ledger) },
  ],
  exports: [LedgerService, LedgerReceipts],
})
export class LedgerModule {}
