import { EntityManager } from 'typeorm';
import { HASH_BYTES, TreeHasher } from './merkle';

/** Entries per block: big enough that a million entries are 62 statements, small enough to stream. */
export const LEAF_BLOCK = 16_384;

export interface LeafBlock {
  /** Position of the first entry in the block (null when the span holds none), and how many there are (fewer than the span means one is missing). */
  firstPosition: number | null;
  count: number;
  /** The entries' tree leaves, concatenated hex, 64 characters each: the stored hash (version 2), SHA-256(0x00 || stored hash) for version 1. */
  leaves: string;
  /** The first entry's stored link (prev_hash), and the last entry's stored hash: the links between blocks are checked in Node. */
  firstLink: string | null;
  lastHash: string | null;
  /** The first position in the block whose link is not the stored hash of the entry before it (within the block), else null. */
  firstBrokenLink: number | null;
  /** With a `check`: the first position in the block whose row fails it, else null. */
  firstFailing: number | null;
  /** Entries of hash version 1 (written before LedgerProofs) in the block. */
  versionOne: number;
}

type BlockRow = { first: number | null; count: number; leaves: string | null; first_link: string | null; last_hash: string | null; broken: number | null; failing: number | null; version_one: number };

/**
 * One block of the chain. The window over the primary key's order gives each
 * row the hash before it and marks the last, so the links are checked where
 * the rows are and never sent; one ordered aggregate (one sort) builds the
 * leaves. A version-1 leaf is hashed here only when its stored hash is hex
 * (decode would fail on an edited one; the check names that entry).
 */
const blockSql = (failing: string) => `
  SELECT min(position)::int AS first, count(*)::int AS count, string_agg(leaf, '' ORDER BY position) AS leaves,
         min(prev_hash) FILTER (WHERE previous IS NULL) AS first_link, min(entry_hash) FILTER (WHERE is_last) AS last_hash,
         min(position) FILTER (WHERE previous IS NOT NULL AND prev_hash IS DISTINCT FROM previous)::int AS broken, ${failing} AS failing,
         count(*) FILTER (WHERE hash_version = 1)::int AS version_one
    FROM (SELECT e.*, lag(entry_hash) OVER w AS previous, lead(position) OVER w IS NULL AS is_last,
                 CASE WHEN hash_version = 1 AND octet_length(entry_hash) = 64 AND entry_hash !~ '[^0-9a-f]'
                      THEN encode(pg_catalog.sha256('\\x00'::bytea || decode(entry_hash, 'hex')), 'hex') ELSE entry_hash END AS leaf
            FROM ledger_entry e WHERE municipality_id = app_current_municipality() AND position BETWEEN $1 AND $2
          WINDOW w AS (ORDER BY position)) e`;

/**
 * The entries from..upTo in position order, as blocks of the fixed spans of
 * LEAF_BLOCK positions: the tree is built from these. One statement per
 * block, a range of the primary key (municipality_id, position); blocks are
 * spread over the connections given and asked for ahead (one per connection,
 * two on one), so the database reads and checks while Node hashes. Before,
 * one cursor over the whole range ran without parallel workers and sent every
 * link: 3.9 s of waiting on a million entries (a million rows fetched one by
 * one had cost 6 s in the driver alone).
 *
 * `check`, a boolean SQL expression over a ledger_entry row, is evaluated in
 * the same scan: the first failing position comes with its block.
 */
export async function* leafBlocks(connections: EntityManager | EntityManager[], upTo: number, from = 1, check?: string): AsyncGenerator<LeafBlock> {
  const managers = Array.isArray(connections) ? connections : [connections];
  const spans: [number, number][] = [];
  for (let start = Math.trunc(from); start <= upTo; start = blockEnd(start) + 1) spans.push([start, Math.min(blockEnd(start), Math.trunc(upTo))]);
  const sql = blockSql(check ? `min(position) FILTER (WHERE NOT (${check}))::int` : 'NULL::int');
  const ahead = Math.max(2, managers.length);
  const pending: Promise<BlockRow[]>[] = [];
  const ask = (index: number) => {
    if (index < spans.length) pending.push(managers[index % managers.length].query(sql, spans[index]) as Promise<BlockRow[]>);
  };
  for (let index = 0; index < ahead; index++) ask(index);
  try {
    for (let index = 0; index < spans.length; index++) {
      const [row] = await pending.shift()!;
      ask(index + ahead);
      yield { firstPosition: row.first, count: row.count, leaves: row.leaves ?? '', firstLink: row.first_link, lastHash: row.last_hash, firstBrokenLink: row.broken, firstFailing: row.failing, versionOne: row.version_one };
    }
  } finally {
    // A caller that stops early (a deleted entry) leaves statements in flight: wait for them, so none outlives its transaction unawaited.
    await Promise.allSettled(pending);
  }
}

/** The last position of the fixed span of positions the block holding `position` covers. */
export const blockEnd = (position: number) => (Math.floor((position - 1) / LEAF_BLOCK) + 1) * LEAF_BLOCK;

const HEX = /^[0-9a-f]*$/;

/**
 * Leaves from..to of a block onto the tree: as one buffer where they are hex,
 * else one by one as they are (an edited entry; the check names it).
 */
export function pushLeaves(tree: TreeHasher, block: LeafBlock, from: number, to: number): void {
  if (to <= from) return;
  const hex = block.leaves.slice(from * 64, to * 64);
  const leaves = Buffer.from(hex, 'hex');
  if (leaves.length === (to - from) * HASH_BYTES && HEX.test(hex)) tree.pushLeaves(leaves);
  else for (let index = from; index < to; index++) tree.pushHex(block.leaves.slice(index * 64, index * 64 + 64));
}

/** Every leaf of entries 1..size in one buffer, for proofs (32 bytes per entry). */
export async function allLeaves(manager: EntityManager, size: number): Promise<Buffer> {
  const leaves = Buffer.alloc(size * HASH_BYTES);
  let offset = 0;
  for await (const block of leafBlocks(manager, size)) offset += leaves.write(block.leaves, offset, block.count * HASH_BYTES, 'hex');
  if (offset !== leaves.length) throw new Error('the ledger has fewer entries than its head says');
  return leaves;
}
