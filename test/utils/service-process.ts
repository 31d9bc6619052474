import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const PROJECT_ROOT = join(__dirname, '..', '..');

/**
 * Runs src/main.ts as a real process (ts-node, no build step), with exactly
 * the given environment. It takes no background jobs unless `JOB_RUNNER: 'on'`
 * is given: test files share one database, and a runner would take the others' jobs.
 */
export function spawnService(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', JOB_RUNNER: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Both pipes keep flowing whether or not a test reads them: on Linux a process writing to a full pipe blocks,
  // and a service blocked on a write cannot answer SIGTERM. A test that collects a stream attaches in the same tick.
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/** Collects a stream's text and resolves once `pattern` has appeared in it. */
export function collect(stream: NodeJS.ReadableStream | null) {
  let text = '';
  stream?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return {
    text: () => text,
    waitFor: (pattern: RegExp, timeoutMs: number) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = setInterval(() => {
          if (pattern.test(text)) {
            clearInterval(poll);
            resolve();
          } else if (Date.now() - started > timeoutMs) {
            clearInterval(poll);
            reject(new Error(`timed out waiting for ${pattern}; output so far:\n${text.slice(-2000)}`));
          }
        }, 100);
      }),
  };
}

/** Resolves with the exit code (null when a signal ended it), also for a process that has already exited. */
export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** SIGTERM, and SIGKILL if the process has not exited within `graceMs` (a test's clean-up must not hang on one). */
export async function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    return await exited(child);
  } finally {
    clearTimeout(timer);
  }
}

export interface EmbeddedDatabaseProcess {
  ownerUrl: string;
  appUrl: string;
  /** Sends `stop`, `start` or `exit` and resolves once the database process has done it. */
  command(word: 'stop' | 'start' | 'exit'): Promise<void>;
}

/** Starts test/utils/embedded-database-process.ts on a data folder of its own. */
export async function spawnEmbeddedDatabase(dir: string): Promise<EmbeddedDatabaseProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'embedded-database-process.ts'), dir], {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  const lines = () => stdout.text().split('\n').filter(Boolean);
  await stdout.waitFor(/^\{.*\}$/m, 60_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${stderr.text()}`);
  });
  const urls = JSON.parse(lines()[0]) as { ownerUrl: string; appUrl: string };
  return {
    ...urls,
    command: async (word) => {
      const answered = lines().length;
      child.stdin!.write(`${word}\n`);
      const started = Date.now();
      while (lines().length <= answered) {
        if (Date.now() - started > 30_000) throw new Error(`the embedded database did not ${word}: ${stderr.text()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
