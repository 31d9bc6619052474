import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDatabase } from '../database/tenant-database';
import { canonicalJson } from './canonical-json';
import { LedgerEntry, LedgerHead } from './ledger-entry.entity';

export const GENESIS_HASH = '0'.repeat(64);
const VERIFY_BATCH = 10_000;

export enum LedgerKind {
  CONSENT_GRANTED = 'consent_granted',
  CONSENT_WITHDRAWN = 'consent_withdrawn',
  CONSENT_EXPIRED = 'consent_expired',
  CONSENT_LOOKUP = 'consent_lookup',
  EXCHANGE_DECISION = 'exchange_decision',
  CONTENT_READ = 'content_read',
  EXCHANGE_REVIEWED = 'exchange_reviewed',
  POLICY_CHANGED = 'policy_changed',
  ACCESS_REPORT = 'access_report',
}

/** What an entry records. Identifiers and codes only: never a CPR number, a name or exchanged content. */
export interface LedgerContent {
  citizenId?: string;
  staffId?: string;
  [key: string]: string | number | boolean | null | string[] | undefined;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const entryHash = (position: string | number, prevHash: string, contentHash: string) => sha256(`${position}\n${prevHash}\n${contentHash}`);

export type Verification = { ok: true; size: number; headHash: string } | { ok: false; size: number; firstInvalidPosition: number; problem: string };

@Injectable()
export class LedgerService {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * Appends one entry to the municipality's chain, in the caller's
   * transaction. Locking the head row serialises appends, so positions follow
   * commit order: what a transaction saw is what came before it.
   */
  async append(manager: EntityManager, kind: LedgerKind, content: LedgerContent): Promise<LedgerEntry> {
    const municipalityId = this.db.current().municipalityId!;
    await manager.query(
      `INSERT INTO ledger_head (municipality_id, position, entry_hash) VALUES ($1, 0, $2) ON CONFLICT (municipality_id) DO NOTHING`,
      [municipalityId, GENESIS_HASH],
    );
    const [head]: { position: string; entry_hash: string }[] = await manager.query(
      'SELECT position, entry_hash FROM ledger_head WHERE municipality_id = $1 FOR UPDATE',
      [municipalityId],
    );
    const position = String(BigInt(head.position) + 1n);
    const recordedAt = new Date();
    const text = canonicalJson({ ...content, kind, at: recordedAt.toISOString() });
    const contentHash = sha256(text);
    const entry = manager.create(LedgerEntry, {
      municipalityId,
      position,
      kind,
      citizenId: content.citizenId ?? null,
      content: text,
      contentHash,
      prevHash: head.entry_hash,
      entryHash: entryHash(position, head.entry_hash, contentHash),
      recordedAt,
    });
    await manager.insert(LedgerEntry, entry);
    await manager.update(LedgerHead, { municipalityId }, { position, entryHash: entry.entryHash });
    return entry;
  }

  /**
   * Walks the chain from the first entry and recomputes every hash. Returns
   * the first entry that does not verify, or the head hash and size.
   */
  async verify(): Promise<Verification> {
    const manager = await this.db.manager();
    const head = await manager.findOne(LedgerHead, { where: {} });
    let previous = GENESIS_HASH;
    let expectedPosition = 1n;
    for (;;) {
      const rows: { position: string; content: string; content_hash: string; prev_hash: string; entry_hash: string; citizen_id: string | null }[] = await manager.query(
        `SELECT position, content, content_hash, prev_hash, entry_hash, citizen_id FROM ledger_entry
          WHERE position >= $1 ORDER BY position LIMIT $2`,
        [String(expectedPosition), VERIFY_BATCH],
      );
      for (const row of rows) {
        const problem = this.problemWith(row, expectedPosition, previous);
        if (problem) return { ok: false, size: Number(head?.position ?? 0), firstInvalidPosition: Number(row.position), problem };
        previous = row.entry_hash;
        expectedPosition += 1n;
      }
      if (rows.length < VERIFY_BATCH) break;
    }
    const size = Number(expectedPosition - 1n);
    if (head && (Number(head.position) !== size || head.entryHash !== previous)) {
      return { ok: false, size: Number(head.position), firstInvalidPosition: size + 1, problem: 'entries after this position are missing' };
    }
    return { ok: true, size, headHash: previous };
  }

  /** Every entry about a citizen, oldest first (for the access report). */
  async forCitizen(citizenId: string): Promise<LedgerEntry[]> {
    const manager = await this.db.manager();
    return manager.find(LedgerEntry, { where: { citizenId }, order: { position: 'ASC' } });
  }

  private problemWith(
    row: { position: string; content: string; content_hash: string; prev_hash: string; entry_hash: string; citizen_id: string | null },
    expectedPosition: bigint,
    previous: string,
  ): string | null {
    if (BigInt(row.position) !== expectedPosition) return `entry ${expectedPosition} is missing`;
    if (row.prev_hash !== previous) return 'does not link to the entry before it';
    if (sha256(row.content) !== row.content_hash) return 'its content does not match its content hash';
    if (entryHash(row.position, row.prev_hash, row.content_hash) !== row.entry_hash) return 'its entry hash does not match';
    const citizenId = (JSON.parse(row.content) as LedgerContent).citizenId ?? null;
    if (citizenId !== row.citizen_id) return 'its citizen column does not match its content';
    return null;
  }
}
