import { hash } from 'node:crypto';

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency; algorithms as
 * restated in RFC 9162 section 2.1): leaf hash SHA-256(0x00 || data), node
 * hash SHA-256(0x01 || left || right), a tree of n leaves split at the
 * largest power of two below n. Hashes are 32-byte Buffers.
 */
export const HASH_BYTES = 32;
export const EMPTY_ROOT = Buffer.from(hash('sha256', Buffer.alloc(0), 'hex'), 'hex');

export const leafHash = (data: Buffer): Buffer => Buffer.from(hash('sha256', Buffer.concat([Buffer.of(0), data]), 'hex'), 'hex');
export const nodeHash = (left: Buffer, right: Buffer): Buffer => Buffer.from(hash('sha256', Buffer.concat([Buffer.of(1), left, right]), 'hex'), 'hex');

const largestPowerOfTwoBelow = (n: number): number => 2 ** Math.floor(Math.log2(n - 1));

/**
 * Computes the root of a growing tree one leaf at a time in O(log n) memory
 * (the roots of the perfect subtrees so far), and the root at any size on
 * the way. Internally base64 strings and one scratch buffer: a Buffer per
 * node cost four times as much on a million leaves (allocation, not hashing).
 */
export class TreeHasher {
  private readonly stack: string[] = [];
  private readonly scratch = Buffer.alloc(1 + 2 * HASH_BYTES);
  size = 0;

  constructor() {
    this.scratch[0] = 1;
  }

  /**
   * Continues a tree from the roots of its perfect subtrees (its frontier,
   * base64, largest first), as stored with a checkpoint. Returns null unless
   * they are exactly as many as `size` needs and fold to `root`: a stored
   * frontier is trusted only as far as the signed root vouches for it.
   */
  static resume(size: number, frontier: string[], root: Buffer): TreeHasher | null {
    const needed = size.toString(2).split('').filter((bit) => bit === '1').length;
    if (!Array.isArray(frontier) || frontier.length !== needed || !frontier.every((node) => typeof node === 'string' && Buffer.from(node, 'base64').length === HASH_BYTES)) return null;
    const tree = new TreeHasher();
    tree.stack.push(...frontier);
    tree.size = size;
    return tree.root().equals(root) ? tree : null;
  }

  /** The roots of the perfect subtrees so far, largest first (base64). */
  frontier(): string[] {
    return [...this.stack];
  }

  /** Adds a leaf given as the hex of its leaf hash (the ledger stores them so). */
  pushHex(leafHashHex: string): void {
    this.push(Buffer.from(leafHashHex, 'hex').toString('base64'));
  }

  /**
   * Adds `leaves` (leaf hashes, 32 bytes each) in order. Where the tree's size
   * is a multiple of a power of two the leaves fill, that perfect subtree is
   * hashed level by level from the buffer and pushed as one node: the same
   * tree (every left subtree of an RFC 6962 tree is such an aligned perfect
   * one), without a string per leaf.
   */
  pushLeaves(leaves: Buffer): void {
    const count = Math.floor(leaves.length / HASH_BYTES);
    let at = 0;
    while (at < count) {
      let span = 1;
      while (span * 2 <= count - at && this.size % (span * 2) === 0) span *= 2;
      if (span === 1) {
        this.push(leaves.toString('base64', at * HASH_BYTES, (at + 1) * HASH_BYTES));
      } else {
        this.pushPerfect(perfectRoot(leaves.subarray(at * HASH_BYTES, (at + span) * HASH_BYTES), this.scratch).toString('base64'), span);
      }
      at += span;
    }
  }

  /** A perfect subtree of `span` leaves at a size that is a multiple of `span`. */
  private pushPerfect(node: string, span: number): void {
    this.size += span;
    for (let count = this.size / span; (count & 1) === 0; count >>>= 1) {
      this.scratch.write(this.stack.pop()!, 1, HASH_BYTES, 'base64');
      this.scratch.write(node, 1 + HASH_BYTES, HASH_BYTES, 'base64');
      node = hash('sha256', this.scratch, 'base64');
    }
    this.stack.push(node);
  }

  private push(leaf: string): void {
    let node = leaf;
    this.size += 1;
    for (let count = this.size; (count & 1) === 0; count >>>= 1) {
      this.scratch.write(this.stack.pop()!, 1, HASH_BYTES, 'base64');
      this.scratch.write(node, 1 + HASH_BYTES, HASH_BYTES, 'base64');
      node = hash('sha256', this.scratch, 'base64');
    }
    this.stack.push(node);
  }

  /** The root of the leaves pushed so far (MTH of RFC 6962). */
  root(): Buffer {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let node: Buffer = Buffer.from(this.stack[this.stack.length - 1], 'base64');
    for (let index = this.stack.length - 2; index >= 0; index--) node = nodeHash(Buffer.from(this.stack[index], 'base64'), node);
    return node;
  }
}

/**
 * MTH of a power-of-two number of leaves, level by level in place of a copy; `scratch` is 65 bytes starting 0x01.
 * Each digest comes back as a 'binary' (latin1) string and is written into the level: a Buffer per digest was 2.5-3 times slower.
 */
function perfectRoot(leaves: Buffer, scratch: Buffer): Buffer {
  let level = Buffer.from(leaves);
  for (let count = leaves.length / HASH_BYTES; count > 1; count >>>= 1) {
    for (let index = 0; index < count >>> 1; index++) {
      level.copy(scratch, 1, 2 * index * HASH_BYTES, (2 * index + 2) * HASH_BYTES);
      level.write(hash('sha256', scratch, 'binary'), index * HASH_BYTES, HASH_BYTES, 'binary');
    }
    level = level.subarray(0, (count >>> 1) * HASH_BYTES);
  }
  return level;
}

/**
 * Every perfect subtree of a tree, level by level (level 0 the leaves), so
 * that inclusion and consistency proofs for many leaves cost one pass over
 * the tree and a lookup per proof step. Every left child in an RFC 6962
 * tree is such an aligned perfect subtree; only right edges are composed.
 */
export class MerkleLevels {
  private readonly levels: Buffer[];

  constructor(
    leaves: Buffer,
    readonly size: number,
  ) {
    if (leaves.length !== size * HASH_BYTES) throw new RangeError('leaves must hold size hashes');
    this.levels = [leaves];
    const scratch = Buffer.alloc(1 + 2 * HASH_BYTES);
    scratch[0] = 1;
    for (let below = leaves, count = size; count > 1; count >>>= 1) {
      const level = Buffer.alloc((count >>> 1) * HASH_BYTES);
      for (let index = 0; index < count >>> 1; index++) {
        below.copy(scratch, 1, 2 * index * HASH_BYTES, (2 * index + 2) * HASH_BYTES);
        level.write(hash('sha256', scratch, 'base64'), index * HASH_BYTES, HASH_BYTES, 'base64');
      }
      this.levels.push(level);
      below = level;
    }
  }

  leaf(index: number): Buffer {
    return this.levels[0].subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
  }

  /** MTH of leaves [start, start + count). */
  subtree(start: number, count: number): Buffer {
    if (count === 0) return EMPTY_ROOT;
    const height = Math.log2(count);
    if (Number.isInteger(height) && start % count === 0) {
      const index = start / count;
      return this.levels[height].subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
    }
    const split = largestPowerOfTwoBelow(count);
    return nodeHash(this.subtree(start, split), this.subtree(start + split, count - split));
  }

  root(size = this.size): Buffer {
    return this.subtree(0, size);
  }

  /** PATH(index, D[size]) of RFC 6962 section 2.1.1. */
  inclusionProof(index: number, size: number): Buffer[] {
    if (!(index >= 0 && index < size && size <= this.size)) throw new RangeError('no such leaf in a tree of that size');
    const path = (m: number, start: number, count: number): Buffer[] => {
      if (count === 1) return [];
      const split = largestPowerOfTwoBelow(count);
      return m < split
        ? [...path(m, start, split), this.subtree(start + split, count - split)]
        : [...path(m - split, start + split, count - split), this.subtree(start, split)];
    };
    return path(index, 0, size);
  }

  /** PROOF(first, D[second]) of RFC 6962 section 2.1.2. */
  consistencyProof(first: number, second: number): Buffer[] {
    if (!(first >= 0 && first <= second && second <= this.size)) throw new RangeError('no such pair of tree sizes');
    if (first === 0 || first === second) return [];
    const subproof = (m: number, start: number, count: number, whole: boolean): Buffer[] => {
      if (m === count) return whole ? [] : [this.subtree(start, count)];
      const split = largestPowerOfTwoBelow(count);
      return m <= split
        ? [...subproof(m, start, split, whole), this.subtree(start + split, count - split)]
        : [...subproof(m - split, start + split, count - split, false), this.subtree(start, split)];
    };
    return subproof(first, 0, second, true);
  }
}

const isHash = (value: unknown): value is Buffer => Buffer.isBuffer(value) && value.length === HASH_BYTES;

/** RFC 9162 section 2.1.3.2: does `proof` show leaf `index` in the tree of `size` with `root`? */
export function verifyInclusion(leaf: Buffer, index: number, size: number, proof: Buffer[], root: Buffer): boolean {
  if (!isHash(leaf) || !isHash(root) || !Array.isArray(proof) || !proof.every(isHash)) return false;
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size)) return false;
  let fn = BigInt(index);
  let sn = BigInt(size - 1);
  let node = leaf;
  for (const sibling of proof) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      node = nodeHash(sibling, node);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) {
          fn >>= 1n;
          sn >>= 1n;
        }
      }
    } else {
      node = nodeHash(node, sibling);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && node.equals(root);
}

/** RFC 9162 section 2.1.4.2: is the tree of `second` leaves an append-only extension of the tree of `first`? */
export function verifyConsistency(first: number, second: number, firstRoot: Buffer, secondRoot: Buffer, proof: Buffer[]): boolean {
  if (!isHash(firstRoot) || !isHash(secondRoot) || !Array.isArray(proof) || !proof.every(isHash)) return false;
  if (!(Number.isSafeInteger(first) && Number.isSafeInteger(second) && first >= 0 && first <= second)) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0 && firstRoot.equals(EMPTY_ROOT);
  if (proof.length === 0) return false;
  const path = Number.isInteger(Math.log2(first)) ? [firstRoot, ...proof] : [...proof];
  let fn = BigInt(first - 1);
  let sn = BigInt(second - 1);
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0];
  let sr = path[0];
  for (const node of path.slice(1)) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      fr = nodeHash(node, fr);
      sr = nodeHash(node, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = nodeHash(sr, node);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && fr.equals(firstRoot) && sr.equals(secondRoot);
}
