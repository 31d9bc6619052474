/**
 * Checks a ledger receipt offline, with nothing but the verifier key:
 *
 *   npm run verify-receipt -- receipt.json --key 'nsk-ledger+1a2b3c4d+AQ...'
 *
 * The receipt (from the access report, a consent receipt or `ledgerReceipt`)
 * holds entries, their inclusion proofs and a signed checkpoint. This checks
 * the checkpoint's Ed25519 signature, recomputes each entry's hash from its
 * columns (docs/ledger.md) and its path to the checkpoint's Merkle root.
 * Exit status 0 when every entry is proven, 1 otherwise. Get the key from the
 * municipality independently of the receipt: the receipt proves nothing
 * about a key it brings itself.
 */
import { readFileSync } from 'node:fs';
import { treeLeafOf } from '../src/platform/ledger/ledger-leaf';
import type { ReceiptEntry } from '../src/platform/ledger/ledger-receipts.service';
import { verifyInclusion } from '../src/platform/ledger/merkle';
import { NoteError, openCheckpoint, parseVerifierKey } from '../src/platform/ledger/signed-note';

interface ReceiptDocument {
  format?: string;
  checkpoint?: string;
  entries?: ReceiptEntry[];
}

function main(args: string[]): number {
  const keyAt = args.indexOf('--key');
  const file = args.find((arg, index) => !arg.startsWith('--') && index !== keyAt + 1);
  if (!file || keyAt < 0 || !args[keyAt + 1]) {
    process.stderr.write("usage: npm run verify-receipt -- <receipt.json> --key '<verifier key>'\n");
    return 2;
  }
  let receipt: ReceiptDocument;
  let key: ReturnType<typeof parseVerifierKey>;
  try {
    key = parseVerifierKey(args[keyAt + 1]);
    receipt = JSON.parse(readFileSync(file, 'utf8')) as ReceiptDocument;
  } catch (error) {
    process.stderr.write(`${error instanceof NoteError ? error.message : 'the receipt could not be read as JSON'}\n`);
    return 1;
  }
  if (receipt.format !== 'nsk-ledger-receipt/1' || typeof receipt.checkpoint !== 'string' || !Array.isArray(receipt.entries)) {
    process.stderr.write('not a ledger receipt (nsk-ledger-receipt/1)\n');
    return 1;
  }
  let checkpoint: ReturnType<typeof openCheckpoint>;
  try {
    checkpoint = openCheckpoint(receipt.checkpoint, key);
  } catch (error) {
    process.stderr.write(`checkpoint refused: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`checkpoint: ${checkpoint.origin}, ${checkpoint.treeSize} entries, signed ${checkpoint.time.toISOString()} by ${key.name}\n`);
  let proven = 0;
  for (const entry of receipt.entries) {
    const ofThisLog = checkpoint.origin === `${key.name}/${entry.municipalityId}`;
    let included = false;
    try {
      const proof = entry.inclusionProof.map((node) => Buffer.from(node, 'base64'));
      included = ofThisLog && verifyInclusion(treeLeafOf(entry), Number(entry.position) - 1, checkpoint.treeSize, proof, checkpoint.rootHash);
    } catch {
      included = false;
    }
    process.stdout.write(`entry ${entry.position} (${entry.kind}, ${entry.recordedAt}): ${included ? 'proven' : 'NOT PROVEN'}\n`);
    if (included) proven += 1;
  }
  const ok = proven === receipt.entries.length && proven > 0;
  process.stdout.write(ok ? `all ${proven} entries are in the signed ledger\n` : `${receipt.entries.length - proven} of ${receipt.entries.length} entries are not proven\n`);
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
