/** `npm run bench [-- name]`: runs each benchmark in its own process and prints where the figures went. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchmarksMarkdown } from './lib/markdown';

const only = process.argv[2];
const benches = readdirSync(__dirname).filter((file) => file.endsWith('.bench.ts') && (!only || file.startsWith(only)));
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
writeBenchmarksMarkdown(join(__dirname, '..'));
console.log('\nBENCHMARKS.md rewritten from bench/results/.');
process.exit(failed > 0 ? 1 : 0);
