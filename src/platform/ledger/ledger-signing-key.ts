import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppConfig } from '../config/app-config';
import { makePrivateDirectorySync } from './private-directory';
import { SigningKey, signingKeyFromSeed } from './signed-note';

export const LEDGER_SIGNING_KEY = Symbol('LEDGER_SIGNING_KEY');

/**
 * The checkpoint signing key: LEDGER_SIGNING_KEY (required in production),
 * else a key generated once for this checkout and kept in a file beside the
 * embedded database's directory, never in the database it vouches for.
 */
export function loadLedgerSigningKey(config: AppConfig['ledger']): SigningKey {
  if (config.signingSeed) return signingKeyFromSeed(config.keyName, config.signingSeed);
  return signingKeyFromSeed(config.keyName, developmentSeed(config.keyFile));
}

function developmentSeed(file: string): Buffer {
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  makePrivateDirectorySync(dirname(file));
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process generated it first: use theirs.
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
