/**
 * Issue 18's start-up figure: the README's first command (`npm start`, embedded PostgreSQL, demo data) run twice
 * on a fresh data folder, timed from the command to `/health/ready` answering 200 (target: the second start within
 * 5 s; the first may build). Against the floor: a bare Node process that listens and answers, started the same way.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/platform/database/embedded-postgres';
import { machine, writeResults } from './lib/report';

const root = join(__dirname, '..');

async function timeToReady(command: string, args: string[], env: NodeJS.ProcessEnv, url: string): Promise<{ ms: number; child: ChildProcess }> {
  const started = Date.now();
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode} before it was ready`);
    const ok = await fetch(url).then((r) => r.status === 200, () => false);
    if (ok) return { ms: Date.now() - started, child };
    if (Date.now() - started > 180_000) throw new Error('not ready within 180 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  // npm start runs the service as a grandchild: signal the whole group, as a terminal's Ctrl-C does.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the embedded PostgreSQL finishes stopping
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nsk-bench-start-'));
  try {
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const env = { ...process.env, PORT: String(port), EMBEDDED_DB_DIR: join(dir, 'postgres'), LEDGER_WITNESS_DIR: join(dir, 'witness'), LOG_LEVEL: 'warn', NODE_ENV: 'development' };
      const { ms, child } = await timeToReady('npm', ['start', '--silent'], env, `http://127.0.0.1:${port}/health/ready`);
      starts.push(ms);
      await stop(child);
    }
    const port = await freePort();
    const floorScript = `require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`;
    const floor = await timeToReady(process.execPath, ['-e', floorScript], process.env, `http://127.0.0.1:${port}/`);
    await stop(floor.child).catch(() => undefined);
    const results = { machine: machine(), firstStartMs: starts[0], secondStartMs: starts[1], thirdStartMs: starts[2], bareNodeMs: floor.ms, ratioSecondToFloor: Math.round((starts[1] / floor.ms) * 10) / 10, targetSecondMs: 5000 };
    console.log(JSON.stringify(results, null, 2));
    console.log(`written to ${writeResults('start', results)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
