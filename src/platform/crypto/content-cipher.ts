import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Marks the keyed format: MAGIC | key-id length | key id | iv | tag | ciphertext. */
const MAGIC = Buffer.from('NSK1');

/** What a sealed value is; each kind is sealed with its own key, derived from the master key. */
export type SealPurpose = 'exchange' | 'speaker-contact' | 'local-actor-contact' | 'mail-recipient';

/**
 * AES-256-GCM for personal data at rest, with key ids so the key can be
 * rotated: the current master key seals, every configured key (current and
 * old) opens, and `npm run reseal` moves old values to the current key. Each
 * purpose has its own key (HKDF from the master), so one key never seals
 * three kinds of data. The row's identity is authenticated as associated data,
 * so a value copied onto another row does not open. Values sealed before key
 * ids existed (iv | tag | ciphertext under the raw master key) still open.
 */
export class Keyring {
  readonly currentId: string;
  private readonly masters = new Map<string, Buffer>();

  constructor(current: Buffer, previous: Buffer[] = []) {
    this.currentId = keyId(current);
    for (const key of [current, ...previous]) this.masters.set(keyId(key), key);
  }

  seal(purpose: SealPurpose, plaintext: string, associated: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', derive(this.masters.get(this.currentId)!, purpose), iv).setAAD(Buffer.from(associated));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const id = Buffer.from(this.currentId, 'ascii');
    return Buffer.concat([MAGIC, Buffer.from([id.length]), id, iv, cipher.getAuthTag(), ciphertext]);
  }

  open(purpose: SealPurpose, sealed: Buffer, associated: string): string {
    const keyed = parseKeyed(sealed);
    if (keyed) {
      const master = this.masters.get(keyed.id);
      if (master) {
        const opened = tryOpen(derive(master, purpose), keyed.body, associated);
        if (opened !== undefined) return opened;
      }
    }
    // Sealed before key ids: the raw master key, no header (a keyed value whose key is unknown falls through and fails).
    for (const master of this.masters.values()) {
      const opened = tryOpen(master, sealed, associated);
      if (opened !== undefined) return opened;
    }
    throw new Error('The sealed value does not open with any configured key');
  }

  /** True when the value is not sealed with the current key (an old key, or the format before key ids). */
  needsReseal(sealed: Buffer): boolean {
    return parseKeyed(sealed)?.id !== this.currentId;
  }
}

/** A key's id: a short fingerprint, enough to pick the key, nothing about its bits. */
export const keyId = (key: Buffer): string => createHash('sha256').update('nsk-key-id').update(key).digest('hex').slice(0, 16);

const derive = (master: Buffer, purpose: SealPurpose): Buffer => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), Buffer.from(`nsk-seal-v1:${purpose}`), 32));

function parseKeyed(sealed: Buffer): { id: string; body: Buffer } | undefined {
  if (sealed.length < MAGIC.length + 1 || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const length = sealed[MAGIC.length];
  const start = MAGIC.length + 1;
  if (sealed.length < start + length + IV_BYTES + TAG_BYTES) return undefined;
  return { id: sealed.subarray(start, start + length).toString('ascii'), body: sealed.subarray(start + length) };
}

function tryOpen(key: Buffer, body: Buffer, associated: string): string | undefined {
  if (body.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, IV_BYTES)).setAAD(Buffer.from(associated));
    decipher.setAuthTag(body.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
