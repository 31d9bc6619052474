import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { HASH_BYTES } from './merkle';

/** Entries per block: big enough that a million entries are 62 round trips, small enough to stream. */
export const LEAF_BLOCK = 16_384;

export interface LeafBlock {
  /** Position of the first entry in the block, and how many there are (fewer than the span means one is missing). */
  firstPosition: number;
  count: number;
  /** Concatenated hex: each entry's stored hash and stored link (prev_hash), 64 characters each; one digit per entry for its hash version. */
  hashes: string;
  links: string;
  versions: string;
}

/**
 * The entries 1..upTo in position order, as blocks of their stored hashes
 * and links: the tree is built from these. Ordered aggregation in
 * PostgreSQL and one FETCH per block: fetching a million rows one by one
 * cost 6 s in the driver alone; the next block is asked for before this one
 * is hashed, so the database and Node work at the same time.
 */
export async function* leafBlocks(manager: EntityManager, upTo: number, from = 1): AsyncGenerator<LeafBlock> {
  if (upTo < from) return;
  const cursor = `ledger_leaves_${Math.random().toString(36).slice(2, 10)}`;
  await manager.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR
       SELECT min(position)::int AS first, count(*)::int AS count,
              string_agg(entry_hash, '' ORDER BY position) AS hashes,
              string_agg(prev_hash, '' ORDER BY position) AS links,
              string_agg(hash_version::text, '' ORDER BY position) AS versions
         FROM ledger_entry WHERE position BETWEEN ${Math.trunc(from)} AND ${Math.trunc(upTo)}
        GROUP BY (position - 1) / ${LEAF_BLOCK} ORDER BY (position - 1) / ${LEAF_BLOCK}`,
  );
  try {
    let pending = manager.query(`FETCH 1 FROM ${cursor}`) as Promise<{ first: number; count: number; hashes: string; links: string; versions: string }[]>;
    for (;;) {
      const [row] = await pending;
      if (!row) break;
      pending = manager.query(`FETCH 1 FROM ${cursor}`);
      yield { firstPosition: row.first, count: row.count, hashes: row.hashes, links: row.links, versions: row.versions };
    }
  } finally {
    await manager.query(`CLOSE ${cursor}`);
  }
}

/** The last position of the fixed span of positions the block holding `position` covers. */
export const blockEnd = (position: number) => (Math.floor((position - 1) / LEAF_BLOCK) + 1) * LEAF_BLOCK;

/** The tree leaf of the entry at `index` within a block: the stored hash (version 2), or SHA-256(0x00 || hash) for version 1. */
export function blockLeafHex(block: LeafBlock, index: number): string {
  const stored = block.hashes.slice(index * 64, index * 64 + 64);
  if (block.versions[index] !== '1') return stored;
  return createHash('sha256').update(Buffer.concat([Buffer.of(0), Buffer.from(stored, 'hex')])).digest('hex');
}

/** Every leaf of entries 1..size in one buffer, for proofs (32 bytes per entry). */
export async function allLeaves(manager: EntityManager, size: number): Promise<Buffer> {
  const leaves = Buffer.alloc(size * HASH_BYTES);
  let offset = 0;
  for await (const block of leafBlocks(manager, size)) {
    for (let index = 0; index < block.count; index++) offset += leaves.write(blockLeafHex(block, index), offset, HASH_BYTES, 'hex');
  }
  if (offset !== leaves.length) throw new Error('the ledger has fewer entries than its head says');
  return leaves;
}
