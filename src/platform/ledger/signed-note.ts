import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/**
 * Checkpoints as signed notes in the C2SP formats (c2sp.org/signed-note,
 * c2sp.org/tlog-checkpoint), so that tools written for transparency logs
 * (e.g. Go's golang.org/x/mod/sumdb/note) can read and check them:
 *
 *   <origin>\n<tree size>\n<base64 root hash>\ntime <ISO 8601 UTC>\n
 *   \n
 *   — <key name> <base64(4-byte key id || 64-byte Ed25519 signature)>\n
 *
 * The signature covers the text above the blank line. The key id is the
 * first four bytes of SHA-256(key name || "\n" || 0x01 || public key).
 */
const ED25519 = 0x01;
const SIGNATURE_PREFIX = '\u2014 ';
/** PKCS#8 wrapping of a 32-byte Ed25519 seed (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface Checkpoint {
  origin: string;
  treeSize: number;
  rootHash: Buffer;
  time: Date;
}

export interface SigningKey {
  name: string;
  privateKey: KeyObject;
  publicKey: Buffer;
  keyId: Buffer;
}

export class NoteError extends Error {}

export function signingKeyFromSeed(name: string, seed: Buffer): SigningKey {
  if (!/^[^\s+]+$/.test(name)) throw new NoteError('a key name has no spaces or plus signs');
  if (seed.length !== 32) throw new NoteError('an Ed25519 seed is 32 bytes');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
  return { name, privateKey, publicKey, keyId: keyIdOf(name, publicKey) };
}

const keyIdOf = (name: string, publicKey: Buffer) =>
  createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`), Buffer.of(ED25519), publicKey])).digest().subarray(0, 4);

/** The verifier key as signed-note tools print it: `<name>+<hex key id>+<base64(0x01 || public key)>`. */
export const verifierKey = (key: Pick<SigningKey, 'name' | 'publicKey' | 'keyId'>): string =>
  `${key.name}+${key.keyId.toString('hex')}+${Buffer.concat([Buffer.of(ED25519), key.publicKey]).toString('base64')}`;

export function parseVerifierKey(text: string): { name: string; publicKey: Buffer; keyId: Buffer } {
  // The key itself is base64 and may hold '+': only the first two separate.
  const match = /^([^\s+]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(text.trim());
  if (!match) throw new NoteError('a verifier key is name+keyid+key');
  const [, name, idHex, keyBase64] = match;
  const raw = Buffer.from(keyBase64, 'base64');
  if (raw.length !== 33 || raw[0] !== ED25519) throw new NoteError('the verifier key is not an Ed25519 key');
  const publicKey = raw.subarray(1);
  const keyId = keyIdOf(name, publicKey);
  if (keyId.toString('hex') !== idHex) throw new NoteError('the verifier key id does not match the key');
  return { name, publicKey, keyId };
}

export function checkpointBody(checkpoint: Checkpoint): string {
  return `${checkpoint.origin}\n${checkpoint.treeSize}\n${checkpoint.rootHash.toString('base64')}\ntime ${checkpoint.time.toISOString()}\n`;
}

export function signCheckpoint(checkpoint: Checkpoint, key: SigningKey): string {
  const body = checkpointBody(checkpoint);
  const signature = sign(null, Buffer.from(body), key.privateKey);
  return `${body}\n${SIGNATURE_PREFIX}${key.name} ${Buffer.concat([key.keyId, signature]).toString('base64')}\n`;
}

/**
 * Reads a signed checkpoint and checks its signature by `key`; throws a
 * NoteError saying what is wrong (never echoing the text).
 */
export function openCheckpoint(note: string, key: { name: string; publicKey: Buffer; keyId: Buffer }): Checkpoint {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || note.length > 4096) throw new NoteError('not a signed checkpoint');
  const body = note.slice(0, split + 1);
  const signatures = note.slice(split + 2).split('\n').filter(Boolean);
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, key.publicKey]), format: 'der', type: 'spki' });
  const signed = signatures.some((line) => {
    if (!line.startsWith(SIGNATURE_PREFIX)) return false;
    const [name, encoded] = line.slice(SIGNATURE_PREFIX.length).split(' ');
    if (name !== key.name || !encoded) return false;
    const raw = Buffer.from(encoded, 'base64');
    return raw.length === 68 && raw.subarray(0, 4).equals(key.keyId) && verify(null, Buffer.from(body), publicKey, raw.subarray(4));
  });
  if (!signed) throw new NoteError('the checkpoint is not signed by this key');
  const lines = body.split('\n');
  const [origin, size, root, time] = lines;
  const rootHash = Buffer.from(root ?? '', 'base64');
  const at = new Date((time ?? '').replace(/^time /, ''));
  if (!origin || !/^\d{1,15}$/.test(size ?? '') || rootHash.length !== 32 || !time?.startsWith('time ') || Number.isNaN(at.getTime())) {
    throw new NoteError('the signed text is not a checkpoint');
  }
  return { origin, treeSize: Number(size), rootHash, time: at };
}
