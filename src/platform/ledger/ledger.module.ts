import { Global, Module } from '@nestjs/common';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';

/**
 * The append-only, hash-chained record of every exchange, read, consent event,
 * role grant and removal. Global: every area that must leave evidence writes
 * to it in its own transaction.
 */
@Global()
@Module({ providers: [LedgerService, LedgerResolver], exports: [LedgerService] })
export class LedgerModule {}
