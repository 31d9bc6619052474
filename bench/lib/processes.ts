import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { freePort } from '../../src/platform/database/embedded-postgres';

export const BENCH_ROOT = join(__dirname, '..');
export const PROJECT_ROOT = join(BENCH_ROOT, '..');

export interface LoadSpec { url: string; headers: Record<string, string>; bodies: string[]; connections: number; amount?: number; durationSeconds?: number }
export interface LoadResult { requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number; total: number; durationSeconds: number }

/**
 * Runs the load generator (autocannon) as a second process. Asynchronously:
 * when the server under test lives in this process, a blocking spawn would
 * stop it from answering.
 */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const file = join(tmpdir(), `nsk-load-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'load.ts'), file], { cwd: PROJECT_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout) as LoadResult) : reject(new Error(`load generator failed: ${stderr}`))));
  });
}

export interface ServerProcess { child: ChildProcess; output: () => string; stop(): Promise<void> }

/** Starts a server process and resolves once its output matches `ready`. */
export function startServerProcess(args: string[], env: Record<string, string>, ready: RegExp, cwd = PROJECT_ROOT): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve({ child, output: () => output, stop });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before it was ready:\n${output.slice(-2000)}`)));
  });
}

/** Peak resident set size of a running process (Linux's VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Math.round(Number(line?.match(/(\d+)/)?.[1] ?? 0) / 1024);
}
