import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLedgerSigningKey } from '../../src/platform/ledger/ledger-signing-key';

describe("the ledger's generated signing key", () => {
  it('is private (0600 in a 0700 directory) without making the folders above it private', () => {
    const root = mkdtempSync(join(tmpdir(), 'nsk-key-'));
    const keyFile = join(root, '.data', 'ledger', 'signing-key');
    const key = loadLedgerSigningKey({ keyFile, keyName: 'test', witnessDir: join(root, 'witness'), checkpointIntervalMs: 0 } as never);
    expect(key).toBeDefined();
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(keyFile)).toBe(0o600);
    expect(mode(join(root, '.data', 'ledger'))).toBe(0o700);
    // .data/ holds the embedded database too, which runs as its own user when started as root.
    expect(mode(join(root, '.data')) & 0o005).toBe(0o005);
  });
});
