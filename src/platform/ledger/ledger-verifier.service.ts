import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDatabase } from '../database/tenant-database';
import { AppError, ErrorCode } from '../errors/app-error';
import { blockEnd, LeafBlock, leafBlocks, pushLeaves } from './ledger-leaves';
import { LedgerCheckpoints, SignedCheckpoint } from './ledger-checkpoints.service';
import { GENESIS_HASH } from './ledger.service';
import { TreeHasher } from './merkle';

export enum LedgerBreak {
  /** An entry's columns no longer give its stored hash, or an entry no longer links to the one before. */
  EDITED_ENTRY = 'EDITED_ENTRY',
  /** A position in the middle of the chain has no entry. */
  DELETED_ENTRY = 'DELETED_ENTRY',
  /** The chain holds together, but not with a signed checkpoint: entries were changed and every later hash recomputed. */
  REWRITTEN_HISTORY = 'REWRITTEN_HISTORY',
  /** Entries a signed checkpoint (or the head) counts are gone from the end. */
  TRUNCATED_TAIL = 'TRUNCATED_TAIL',
  /** An entry of hash version 1 whose content is not a recorded entry (not JSON) or disagrees with its columns. */
  MALFORMED_ENTRY = 'MALFORMED_ENTRY',
}

export type Verification = {
  ok: boolean;
  size: number;
  headHash: string | null;
  rootHash: string | null;
  /** The newest signed checkpoint the chain was held against. */
  checkpoint: SignedCheckpoint | null;
  checkpointsChecked: number;
  /** 1 for the full check; the first entry after the checkpoint an incremental check started from. */
  checkedFrom: number;
  breakKind?: LedgerBreak;
  firstInvalidPosition?: number;
  problem?: string;
};

type Finding = { position: number; kind: LedgerBreak; problem: string; upTo?: number };

const PRECEDENCE = [LedgerBreak.DELETED_ENTRY, LedgerBreak.EDITED_ENTRY, LedgerBreak.MALFORMED_ENTRY, LedgerBreak.TRUNCATED_TAIL, LedgerBreak.REWRITTEN_HISTORY];

/**
 * The first break: lowest position, the more specific kind on a tie. A
 * rewritten history is only known to lie somewhere in a range; an entry
 * named exactly inside that range says more, so it wins.
 */
function firstOf(findings: Finding[]): Finding | undefined {
  const exact = findings.filter((finding) => finding.kind !== LedgerBreak.REWRITTEN_HISTORY || !findings.some((other) => other !== finding && other.position >= finding.position && other.position <= (finding.upTo ?? finding.position)));
  return exact.sort((a, b) => a.position - b.position || PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind))[0];
}

/**
 * The per-entry hash check, a boolean over a ledger_entry row, done where the rows are: PostgreSQL's own
 * sha256, schema-qualified, over the columns, compared as text with the stored hash (so a stored hash that
 * is not hex simply differs). The link is decoded, so it is checked first as 64 characters with none outside
 * [0-9a-f]: the anchored '^[0-9a-f]{64}$' cost PostgreSQL's regex engine 4.3 s of the 5.0 s the check took
 * on a million entries; the negated class 0.18 s a column.
 */
const ENTRY_CHECK = `CASE
     WHEN octet_length(prev_hash) <> 64 OR prev_hash ~ '[^0-9a-f]' THEN false
     WHEN hash_version = 2 THEN content_hash IS NULL AND encode(pg_catalog.sha256(
       '\\x0002'::bytea || uuid_send(municipality_id) || int8send(position) || timestamptz_send(recorded_at)
       || coalesce(uuid_send(citizen_id), '\\x00000000000000000000000000000000'::bytea) || decode(prev_hash, 'hex')
       || set_byte('\\x00'::bytea, 0, octet_length(convert_to(kind, 'UTF8'))) || convert_to(kind, 'UTF8') || convert_to(content, 'UTF8')), 'hex') = entry_hash
     WHEN hash_version = 1 THEN content_hash = encode(pg_catalog.sha256(convert_to(content, 'UTF8')), 'hex')
       AND entry_hash = encode(pg_catalog.sha256(convert_to(position::text || E'\\n' || prev_hash || E'\\n' || content_hash, 'UTF8')), 'hex')
     ELSE false END`;

/** The index of the first entry in the block that does not link to the hash before it (`previous` for the first), or -1. */
function firstBrokenLink(block: LeafBlock, previous: string): number {
  if (block.firstLink !== previous) return 0;
  return block.firstBrokenLink === null ? -1 : block.firstBrokenLink - block.firstPosition!;
}

/**
 * Checks a municipality's ledger: every entry's hash against its columns
 * (in PostgreSQL, in parallel where it can), the links and positions, the
 * Merkle root at the size of every signed checkpoint it knows (from the
 * database, the witness, or given by the caller), and the head. Says which
 * kind of break it found first and where; never fails on a malformed entry.
 */
@Injectable()
export class LedgerVerifier {
  constructor(
    private readonly db: TenantDatabase,
    private readonly checkpoints: LedgerCheckpoints,
  ) {}

  /**
   * `sinceCheckpoint`: check only the entries after the newest checkpoint
   * whose stored frontier folds to its signed root, and that they extend it
   * (a monitor's incremental check; edits before it need the full check).
   */
  async verify(givenCheckpoint?: string, sinceCheckpoint = false): Promise<Verification> {
    const manager = await this.db.manager();
    await manager.query("SET LOCAL statement_timeout = '600s'");
    const municipalityId = this.db.current().municipalityId!;
    const given = givenCheckpoint === undefined ? [] : [givenCheckpoint];
    if (givenCheckpoint !== undefined && !this.checkpoints.open(givenCheckpoint, municipalityId)) {
      throw new AppError(ErrorCode.BadUserInput, "The checkpoint is not signed by this service's ledger key for this municipality", { fields: ['checkpoint'] });
    }
    const known = await this.checkpoints.known(manager, municipalityId, given);
    const [head] = (await manager.query('SELECT position::int AS size, entry_hash FROM ledger_head')) as { size: number; entry_hash: string }[];
    const [{ last }] = (await manager.query('SELECT coalesce(max(position), 0)::int AS last FROM ledger_entry')) as { last: number }[];

    const start = sinceCheckpoint ? await this.resumeAt(manager, known) : null;
    const from = (start?.tree.size ?? 0) + 1;

    // The chain is read over this connection and a second one, block by block, with the hash checks in the same scans.
    const walk = await this.db.runAsTenant(municipalityId, async (other) => {
      await other.query("SET LOCAL statement_timeout = '600s'");
      return this.walk([manager, other], last, known, start ?? undefined);
    });
    const firstEdited = walk.firstEdited;
    // Version-1 entries' columns against their content: only where the walk saw any (a ledger begun since LedgerProofs has none).
    const findings = [...walk.findings, ...(walk.versionOne > 0 ? await this.malformedVersionOne(manager, from, last) : [])];
    if (firstEdited !== null) findings.push({ position: firstEdited, kind: LedgerBreak.EDITED_ENTRY, problem: `entry ${firstEdited} no longer gives its recorded hash: it was edited` });

    const newest = known.at(-1) ?? null;
    if (newest && newest.treeSize > walk.size) {
      findings.push({ position: walk.size + 1, kind: LedgerBreak.TRUNCATED_TAIL, problem: `the checkpoint signed ${newest.time.toISOString()} counts ${newest.treeSize} entries; entries from ${walk.size + 1} on are gone` });
    }
    if (head && head.size > walk.size) {
      findings.push({ position: walk.size + 1, kind: LedgerBreak.TRUNCATED_TAIL, problem: `the head counts ${head.size} entries; entries from ${walk.size + 1} on are gone` });
    } else if (walk.size > 0 && (!head || head.size !== walk.size || head.entry_hash !== walk.lastHash)) {
      findings.push({ position: head?.size ? head.size : 1, kind: LedgerBreak.REWRITTEN_HISTORY, problem: 'the head does not point at the last entry' });
    }
    const first = firstOf(findings);
    const result = {
      size: walk.size,
      checkedFrom: from,
      headHash: walk.size > 0 ? walk.lastHash : null,
      rootHash: walk.size > 0 ? walk.root.toString('hex') : null,
      checkpoint: newest,
      checkpointsChecked: walk.checked,
    };
    if (!first) return { ok: true, ...result };
    return { ok: false, ...result, breakKind: first.kind, firstInvalidPosition: first.position, problem: first.problem };
  }

  /** The tree at the newest checkpoint whose stored frontier its signature vouches for, and the hash of its last entry. */
  private async resumeAt(manager: EntityManager, known: SignedCheckpoint[]): Promise<{ tree: TreeHasher; previous: string } | null> {
    for (const checkpoint of [...known].reverse()) {
      const tree = await this.checkpoints.resume(manager, checkpoint);
      if (!tree) continue;
      const [row] = (await manager.query('SELECT entry_hash FROM ledger_entry WHERE position = $1', [checkpoint.treeSize])) as { entry_hash: string }[];
      return { tree, previous: row?.entry_hash ?? '' };
    }
    return null;
  }

  /** One ordered pass: positions, links, the entries' hash checks, and the Merkle root at every checkpoint's size. */
  private async walk(connections: EntityManager[], upTo: number, known: SignedCheckpoint[], start?: { tree: TreeHasher; previous: string }) {
    const findings: Finding[] = [];
    const tree = start?.tree ?? new TreeHasher();
    let expected = tree.size + 1;
    let previous = start?.previous ?? GENESIS_HASH;
    let checked = 0;
    let lastMatching = tree.size;
    let firstEdited: number | null = null;
    let versionOne = 0;
    let pending = known.findIndex((checkpoint) => checkpoint.treeSize > tree.size);
    if (pending < 0) pending = known.length;
    const result = () => ({ findings, size: expected - 1, lastHash: previous, root: tree.root(), checked, firstEdited, versionOne });
    for await (const block of leafBlocks(connections, upTo, expected, ENTRY_CHECK)) {
      // Blocks come in position order: the first failing position found is the lowest.
      firstEdited ??= block.firstFailing;
      versionOne += block.versionOne;
      // Blocks are fixed spans of positions: one with fewer entries than its span lacks one.
      if (block.firstPosition !== expected || block.count < Math.min(blockEnd(expected), upTo) - expected + 1) {
        const missing = await this.firstMissing(connections[0], expected, upTo);
        if (missing !== null) {
          findings.push({ position: missing, kind: LedgerBreak.DELETED_ENTRY, problem: `entry ${missing} is missing` });
          return { ...result(), size: missing - 1 };
        }
      }
      if (block.count === 0) continue;
      const broken = findings.length === 0 ? firstBrokenLink(block, previous) : -1;
      // In runs between checkpoint sizes and the broken link: each checkpoint's root is taken at its size.
      for (let index = 0; index < block.count; ) {
        if (index === broken && findings.length === 0) {
          // Entry `expected + index` holds the hash the previous entry had when it was written: that one was replaced since.
          const position = expected + index;
          findings.push({ position: position - 1, kind: LedgerBreak.EDITED_ENTRY, problem: `entry ${position} does not link to entry ${position - 1}: entry ${position - 1} was replaced after ${position} was written` });
        }
        const untilCheckpoint = pending < known.length ? known[pending].treeSize - tree.size : Infinity;
        const end = Math.min(block.count, index + untilCheckpoint, broken > index ? broken : Infinity);
        pushLeaves(tree, block, index, end);
        index = end;
        while (pending < known.length && known[pending].treeSize === tree.size) {
          checked += 1;
          const rewritten = findings.some((finding) => finding.kind === LedgerBreak.REWRITTEN_HISTORY);
          if (tree.root().equals(known[pending].rootHash)) {
            if (!rewritten) lastMatching = tree.size;
          } else if (!rewritten) {
            const checkpoint = known[pending];
            findings.push({
              position: lastMatching + 1,
              upTo: checkpoint.treeSize,
              kind: LedgerBreak.REWRITTEN_HISTORY,
              problem: `the entries do not match the checkpoint of ${checkpoint.treeSize} entries signed ${checkpoint.time.toISOString()}: an entry between ${lastMatching + 1} and ${checkpoint.treeSize} was changed and the later hashes recomputed`,
            });
          }
          pending += 1;
        }
      }
      expected += block.count;
      previous = block.lastHash ?? previous;
    }
    return result();
  }

  private async firstMissing(manager: EntityManager, from: number, upTo: number): Promise<number | null> {
    const [row] = (await manager.query(
      `SELECT s.p::int AS missing FROM generate_series($1::bigint, $2::bigint) s(p) WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.position = s.p) ORDER BY s.p LIMIT 1`,
      [from, upTo],
    )) as { missing: number }[];
    return row ? row.missing : null;
  }

  /**
   * Version-1 entries' hashes did not cover kind, time and citizen: those
   * columns are checked against the hashed content (entries since
   * LedgerProofs are version 2 and need none of this).
   */
  private async malformedVersionOne(manager: EntityManager, from: number, upTo: number): Promise<Finding[]> {
    const rows = (await manager.query(
      `SELECT position::int AS position, kind, citizen_id, content, to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
         FROM ledger_entry WHERE hash_version = 1 AND position BETWEEN $1 AND $2 ORDER BY position`,
      [from, upTo],
    )) as { position: number; kind: string; citizen_id: string | null; content: string; recorded_at: string }[];
    for (const row of rows) {
      type Recorded = { kind?: unknown; at?: unknown; citizenId?: unknown } | null;
      let content: Recorded;
      try {
        content = JSON.parse(row.content) as Recorded;
      } catch {
        return [{ position: row.position, kind: LedgerBreak.MALFORMED_ENTRY, problem: `entry ${row.position}: its content is not a recorded entry (not JSON)` }];
      }
      const agrees = !!content && typeof content === 'object' && content.kind === row.kind && content.at === row.recorded_at && (content.citizenId ?? null) === row.citizen_id;
      if (!agrees) return [{ position: row.position, kind: LedgerBreak.MALFORMED_ENTRY, problem: `entry ${row.position}: its kind, time or citizen column does not match its content` }];
    }
    return [];
  }
}
