// Builds the web client (web/dist) when its sources changed since the last
// build, so a second `npm start` costs a hash of the sources, not a build.
// `--force` builds regardless. Plain Node: it runs before anything is compiled.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const web = join(root, 'web');
const stamp = join(web, 'dist', '.source-hash');
// graphql-env.d.ts is generated from schema.gql by the build itself, so the schema stands for it.
const GENERATED = join(web, 'src', 'api', 'graphql-env.d.ts');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function sourceHash() {
  const inputs = [...files(join(web, 'src')).filter((f) => f !== GENERATED), ...['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((f) => join(web, f)), join(root, 'schema.gql'), join(root, 'package-lock.json')];
  const hash = createHash('sha256');
  for (const file of inputs.sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const hash = sourceHash();
if (!process.argv.includes('--force') && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  process.exit(0);
}
process.stdout.write(`${JSON.stringify({ level: 'info', time: Date.now(), msg: 'building the web client (its sources changed)' })}\n`);
// Always a production build: a NODE_ENV of test (jest) or development would bundle React's development build.
execFileSync('npm', ['run', '--silent', '-w', 'web', 'build', '--', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
writeFileSync(stamp, hash);
