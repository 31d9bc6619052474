// Compiles the service (tsc -p tsconfig.build.json into dist/) when its sources
// changed since the last build, so a second `npm start` costs a hash of the
// sources (~0.1 s), not a type check of the whole program (~5 s even when
// incremental). `--force` builds regardless. Plain Node: it runs before anything is compiled.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.source-hash');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sourceHash() {
  const inputs = [...['src', 'migrations', 'scripts'].flatMap((dir) => files(join(root, dir))), ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((f) => join(root, f))];
  const hash = createHash('sha256');
  for (const file of inputs.sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const hash = sourceHash();
if (!process.argv.includes('--force') && existsSync(stamp) && existsSync(join(root, 'dist', 'src', 'main.js')) && readFileSync(stamp, 'utf8') === hash) {
  process.exit(0);
}
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
writeFileSync(stamp, hash);
