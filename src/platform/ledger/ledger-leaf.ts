import { createHash } from 'node:crypto';

/**
 * The bytes an entry's hash covers, as the append function (migration
 * LedgerProofs) and verification compute them in PostgreSQL; written out here
 * for receipts and for anyone re-implementing verification (docs/ledger.md).
 *
 * Version 2: entry_hash = SHA-256(0x00 || leaf input), the RFC 6962 leaf hash,
 *   leaf input = 0x02 || municipality uuid (16 bytes) || position (int64 BE)
 *     || recorded_at (int64 BE, microseconds since 2000-01-01T00:00:00Z)
 *     || citizen uuid (16 bytes; zeros when none) || prev_hash (32 bytes)
 *     || byte length of kind (1 byte) || kind (UTF-8) || content (UTF-8)
 * Version 1 (entries written before): entry_hash = SHA-256(position "\n"
 *   prev_hash "\n" SHA-256(content)), hex in the text; its tree leaf is
 *   SHA-256(0x00 || entry_hash).
 */
export interface HashedEntry {
  hashVersion: number;
  municipalityId: string;
  position: string;
  kind: string;
  /** ISO 8601 in UTC; entries are written with millisecond precision. */
  recordedAt: string;
  citizenId: string | null;
  prevHash: string;
  content: string;
}

const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const uuidBytes = (id: string | null) => (id ? Buffer.from(id.replace(/-/g, ''), 'hex') : Buffer.alloc(16));

export function leafInput(entry: HashedEntry): Buffer {
  const position = Buffer.alloc(8);
  position.writeBigUInt64BE(BigInt(entry.position));
  const recordedAt = Buffer.alloc(8);
  recordedAt.writeBigInt64BE(BigInt(Date.parse(entry.recordedAt) - POSTGRES_EPOCH_MS) * 1000n);
  const kind = Buffer.from(entry.kind, 'utf8');
  return Buffer.concat([Buffer.of(2), uuidBytes(entry.municipalityId), position, recordedAt, uuidBytes(entry.citizenId), Buffer.from(entry.prevHash, 'hex'), Buffer.of(kind.length), kind, Buffer.from(entry.content, 'utf8')]);
}

/** The entry's hash as the ledger stores it (hex). */
export function entryHashOf(entry: HashedEntry): string {
  if (entry.hashVersion === 1) return sha256(`${entry.position}\n${entry.prevHash}\n${sha256(entry.content).toString('hex')}`).toString('hex');
  return sha256(Buffer.concat([Buffer.of(0), leafInput(entry)])).toString('hex');
}

/** The entry's leaf in the Merkle tree. */
export function treeLeafOf(entry: HashedEntry): Buffer {
  const stored = Buffer.from(entryHashOf(entry), 'hex');
  return entry.hashVersion === 1 ? sha256(Buffer.concat([Buffer.of(0), stored])) : stored;
}
