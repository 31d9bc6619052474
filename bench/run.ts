/**
 * `npm run bench [-- name]`: runs each benchmark in its own process, on the
 * reference Node (24, the Dockerfile's; fetched once by scripts/reference-node.sh
 * when the machine's is older), and prints where the figures went.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchmarksMarkdown } from './lib/markdown';

const only = process.argv[2];
const benches = readdirSync(__dirname).filter((file) => file.endsWith('.bench.ts') && (!only || file.startsWith(only)));
const referenceBin = execFileSync(join(__dirname, '..', 'scripts', 'reference-node.sh'), { encoding: 'utf8' }).trim();
const node = referenceBin ? join(referenceBin, 'node') : process.execPath;
const env = referenceBin ? { ...process.env, PATH: `${referenceBin}:${process.env.PATH ?? ''}` } : process.env;
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(node, ['-r', 'ts-node/register/transpile-only', join(__dirname, file)], { stdio: 'inherit', env });
  if (run.status !== 0) failed += 1;
}
writeBenchmarksMarkdown(join(__dirname, '..'));
console.log('\nBENCHMARKS.md rewritten from bench/results/.');
process.exit(failed > 0 ? 1 : 0);
