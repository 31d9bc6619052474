import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Keyed hash of a CPR number: HMAC-SHA-256 with a per-municipality key
 * derived (HKDF-SHA-256) from the configured secret and the municipality id.
 * The same CPR gives unrelated hashes in two municipalities, and without the
 * secret the hash cannot be reversed by trying all ~3.6 million valid numbers.
 */
export function hashCpr(secret: Buffer, municipalityId: string, cprDigits: string): string {
  const key = Buffer.from(hkdfSync('sha256', secret, Buffer.from(municipalityId), Buffer.from('nsk-cpr-hash-v1'), 32));
  return createHmac('sha256', key).update(cprDigits).digest('hex');
}
