import { mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A directory only this user can enter (0700), without making its parents
 * private too: `mkdir -p` with a mode applies it to every directory it
 * creates, and a private `.data/` would keep the embedded PostgreSQL (its own
 * user, when started as root) out of `.data/postgres`.
 */
export function makePrivateDirectorySync(dir: string): void {
  mkdirSync(dirname(dir), { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

export async function makePrivateDirectory(dir: string): Promise<void> {
  await mkdir(dirname(dir), { recursive: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
}
