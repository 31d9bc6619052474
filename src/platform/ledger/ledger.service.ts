import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDatabase } from '../database/tenant-database';
import { canonicalJson } from '../crypto/canonical-json';
import { LedgerEntry } from './ledger-entry.entity';
import { now } from '../clock/clock';

export const GENESIS_HASH = '0'.repeat(64);

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
  CASE_TEXT_REMOVED = 'case_text_removed',
  ROLE_GRANTED = 'role_granted',
  ROLE_REVOKED = 'role_revoked',
  EXCHANGE_CONTENT_ERASED = 'exchange_content_erased',
}

/** What an entry records. Identifiers and codes only: never a CPR number, a name or exchanged content. */
export interface LedgerContent {
  citizenId?: string;
  staffId?: string;
  [key: string]: string | number | boolean | null | string[] | undefined;
}

/**
 * One statement through the one function the runtime role may append with
 * (migration LedgerProofs, owned by nsk_ledger_writer): it checks that the
 * columns match the content, locks the head, inserts the next entry with
 * its version-2 hash (ledger-leaf.ts) and moves the head, for the
 * transaction's tenant only.
 */
export const LEDGER_APPEND_SQL = `SELECT entry_position AS position, entry_prev_hash AS prev_hash, entry_entry_hash AS entry_hash FROM ledger_append($1::varchar, $2::uuid, $3::text, $4::timestamptz)`;

type AppendedRow = { position: string; prev_hash: string; entry_hash: string };

@Injectable()
export class LedgerService {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * Appends one entry to the municipality's chain, in the caller's
   * transaction. Locking the head row serialises appends, so positions follow
   * commit order: what a transaction saw is what came before it.
   */
  async append(manager: EntityManager, kind: LedgerKind, content: LedgerContent): Promise<LedgerEntry> {
    const unitOfWork = this.db.current();
    const municipalityId = unitOfWork.municipalityId!;
    unitOfWork.recordedEvidence = true;
    const recordedAt = now();
    const text = canonicalJson({ ...content, kind, at: recordedAt.toISOString() });
    const citizenId = content.citizenId ?? null;
    const [row] = (await manager.query(LEDGER_APPEND_SQL, [kind, citizenId, text, recordedAt])) as AppendedRow[];
    if (!row) throw new Error('the ledger head could not be created');
    return Object.assign(new LedgerEntry(), { municipalityId, position: String(row.position), kind, citizenId, content: text, contentHash: null, hashVersion: 2, prevHash: row.prev_hash, entryHash: row.entry_hash, recordedAt });
  }

  /** Every entry about a citizen, oldest first (for the access report). */
  async forCitizen(citizenId: string): Promise<LedgerEntry[]> {
    const manager = await this.db.manager();
    return manager.find(LedgerEntry, { where: { citizenId }, order: { position: 'ASC' } });
  }
}
