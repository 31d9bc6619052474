import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDatabase } from '../database/tenant-database';
import { AppError, ErrorCode } from '../errors/app-error';
import { allLeaves } from './ledger-leaves';
import { HashedEntry } from './ledger-leaf';
import { LEDGER_BROKEN, LedgerCheckpoints, SignedCheckpoint } from './ledger-checkpoints.service';
import { MerkleLevels } from './merkle';

export const RECEIPT_FORMAT = 'nsk-ledger-receipt/1';

/** What a receipt holds per entry: every column the entry's hash covers, and its inclusion proof (base64 hashes). */
export type ReceiptEntry = HashedEntry & { inclusionProof: string[] };

export interface Receipt {
  checkpoint: SignedCheckpoint;
  verifierKey: string;
  entries: ReceiptEntry[];
  document: string;
}

/**
 * Receipts: entries with RFC 6962 inclusion proofs against a signed
 * checkpoint, verifiable offline with the public key only
 * (scripts/verify-receipt.ts). Proofs are built from every leaf up to the
 * checkpoint (one pass; about a second per million entries).
 */
@Injectable()
export class LedgerReceipts {
  constructor(
    private readonly db: TenantDatabase,
    private readonly checkpoints: LedgerCheckpoints,
  ) {}

  async forPositions(manager: EntityManager, positions: string[]): Promise<Receipt> {
    const checkpoint = await this.checkpoints.checkpoint(manager);
    if (!checkpoint) throw new AppError(ErrorCode.NotFound, 'The ledger has no entries yet');
    const covered = positions.filter((position) => Number(position) <= checkpoint.treeSize);
    const rows = (await manager.query(
      `SELECT hash_version, municipality_id, position::text AS position, kind, citizen_id, prev_hash, content,
              to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
         FROM ledger_entry WHERE position = ANY($1::bigint[]) ORDER BY position`,
      [covered],
    )) as { hash_version: number; municipality_id: string; position: string; kind: string; citizen_id: string | null; prev_hash: string; content: string; recorded_at: string }[];
    let levels: MerkleLevels;
    try {
      levels = new MerkleLevels(await allLeaves(manager, checkpoint.treeSize), checkpoint.treeSize);
    } catch {
      throw new AppError(LEDGER_BROKEN, 'Entries the last checkpoint counts are missing: verify the ledger');
    }
    if (!levels.root().equals(checkpoint.rootHash)) throw new AppError(LEDGER_BROKEN, 'The ledger no longer matches its last signed checkpoint: verify the ledger');
    const entries = rows.map((row): ReceiptEntry => ({
      hashVersion: row.hash_version,
      municipalityId: row.municipality_id,
      position: row.position,
      kind: row.kind,
      recordedAt: row.recorded_at,
      citizenId: row.citizen_id,
      prevHash: row.prev_hash,
      content: row.content,
      inclusionProof: levels.inclusionProof(Number(row.position) - 1, checkpoint.treeSize).map((node) => node.toString('base64')),
    }));
    const document = JSON.stringify({ format: RECEIPT_FORMAT, checkpoint: checkpoint.note, entries }, null, 2);
    return { checkpoint, entries, document, verifierKey: this.checkpoints.verifierKey };
  }

  /** The receipt of one entry of the current tenant. */
  async forPosition(position: string): Promise<Receipt> {
    const manager = await this.db.manager();
    const receipt = await this.forPositions(manager, [position]);
    if (receipt.entries.length === 0) throw new AppError(ErrorCode.NotFound, 'That entry is not in a signed checkpoint yet, or does not exist');
    return receipt;
  }
}
