import { createCipheriv, randomBytes } from 'node:crypto';
import { Keyring, keyId } from '../../src/platform/crypto/content-cipher';

const key = (fill: number) => Buffer.alloc(32, fill);

/** The format before key ids: iv | tag | ciphertext under the raw key (how values were stored until now). */
function sealedBeforeKeyIds(raw: Buffer, plaintext: string, associated: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', raw, iv).setAAD(Buffer.from(associated));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

describe('sealing with key ids', () => {
  it('seals under the current key with its id, and opens what it sealed', () => {
    const ring = new Keyring(key(1));
    const sealed = ring.seal('exchange', 'Familien er flyttet.', 'm:e');
    expect(sealed.subarray(0, 4).toString()).toBe('NSK1');
    expect(sealed.includes(Buffer.from(keyId(key(1))))).toBe(true);
    expect(ring.open('exchange', sealed, 'm:e')).toBe('Familien er flyttet.');
    expect(ring.needsReseal(sealed)).toBe(false);
  });

  it('opens values of an old key after rotation, and says they need re-sealing', () => {
    const old = new Keyring(key(1)).seal('speaker-contact', 'a@b.dk', 's:1');
    const rotated = new Keyring(key(2), [key(1)]);
    expect(rotated.open('speaker-contact', old, 's:1')).toBe('a@b.dk');
    expect(rotated.needsReseal(old)).toBe(true);
    expect(() => new Keyring(key(2)).open('speaker-contact', old, 's:1')).toThrow('does not open with any configured key');
  });

  it('opens values sealed before key ids existed, with the raw key', () => {
    const legacy = sealedBeforeKeyIds(key(3), 'gammel', 'o:1');
    const ring = new Keyring(key(3));
    expect(ring.open('mail-recipient', legacy, 'o:1')).toBe('gammel');
    expect(ring.needsReseal(legacy)).toBe(true);
  });

  it('keeps purposes and rows apart: a value opens only as what it was sealed for, on its own row', () => {
    const ring = new Keyring(key(4));
    const sealed = ring.seal('exchange', 'x', 'm:e1');
    expect(() => ring.open('speaker-contact', sealed, 'm:e1')).toThrow();
    expect(() => ring.open('exchange', sealed, 'm:e2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => ring.open('exchange', tampered, 'm:e1')).toThrow();
  });
});
