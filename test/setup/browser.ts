import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the browser tests find Chromium: CHROMIUM_PATH, else Debian's package. */
export const CHROMIUM_ENV = 'CHROMIUM_PATH';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

export class BrowserMissingError extends Error {}

/**
 * Finds the Chromium the browser tests drive, installing Debian's `chromium`
 * where this process may (root on a Debian-like system with apt-get), so the
 * README's test command passes by itself on a fresh machine. Anywhere else it
 * stops the run at once with the one command to run.
 */
export function ensureChromium(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): string {
  const configured = process.env[CHROMIUM_ENV];
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new BrowserMissingError(`${CHROMIUM_ENV} names no file; unset it to use ${DEBIAN_CHROMIUM}`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (!canInstallWithApt()) {
    throw new BrowserMissingError(`The browser tests need Chromium. Run as root: ${INSTALL_COMMAND} (or set ${CHROMIUM_ENV})`);
  }
  log(`Chromium is missing: installing Debian's chromium for the browser tests (${INSTALL_COMMAND}) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) {
      throw new BrowserMissingError(`Installing chromium failed (apt-get ${args[0]}: ${result.stderr.trim().split('\n').pop() ?? 'no output'}). Run: ${INSTALL_COMMAND}`);
    }
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new BrowserMissingError(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing. Set ${CHROMIUM_ENV}.`);
  log(`Chromium installed at ${DEBIAN_CHROMIUM}.`);
  return DEBIAN_CHROMIUM;
}

function canInstallWithApt(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
