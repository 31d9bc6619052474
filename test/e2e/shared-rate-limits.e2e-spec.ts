import Redis from 'ioredis';
import { ChildProcess } from 'node:child_process';
import { freePort } from '../../src/platform/database/embedded-postgres';
import { TEST_ENV } from '../setup/test-database';
import { collect, spawnService, stopProcess } from '../utils/service-process';
import { TEST_SECRETS } from '../utils/test-secrets';

/** The machine's Redis (127.0.0.1:6379), as in CI; each run has key names of its own. */
const REDIS_URL = 'redis://127.0.0.1:6379';

async function startInstance(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: ReturnType<typeof collect> }> {
  const port = await freePort();
  const child = spawnService({
    NODE_ENV: 'test', PORT: String(port), DATABASE_APP_URL: process.env[TEST_ENV.appUrl]!, DEMO_DATA: 'false', LOG_LEVEL: 'info', DB_POOL_SIZE: '2', ...TEST_SECRETS, ...env,
  });
  const output = collect(child.stdout);
  await output.waitFor(/"msg":"listening"/, 90_000);
  return { child, url: `http://127.0.0.1:${port}/graphql`, output };
}

const typename = async (url: string) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) })).status;

describe('rate limits across instances (REDIS_URL)', () => {
  const instances: { child: ChildProcess; url: string; output: ReturnType<typeof collect> }[] = [];
  afterAll(async () => {
    await Promise.all(instances.map(({ child }) => stopProcess(child)));
  }, 30_000);

  it('limits a client spreading its requests over three instances at the configured rate overall', async () => {
    const prefix = `nsk-test-${process.pid}-${Date.now()}`;
    instances.push(...(await Promise.all([1, 2, 3].map(() => startInstance({ REDIS_URL, REDIS_KEY_PREFIX: prefix, RATE_LIMIT_ADDRESS_PER_MINUTE: '30' })))));
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push(await typename(instances[i % 3].url));
    expect(statuses.filter((s) => s === 200).length).toBe(30);
    expect(statuses.filter((s) => s === 429).length).toBe(15);
    // Each instance alone would have let all 45 through (15 each, under 30).
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      // The client's address is not a key name: counters are keyed by a keyed hash.
      expect(keys.filter((key) => key.includes('127.0.0.1'))).toEqual([]);
    } finally {
      redis.disconnect();
    }
  }, 180_000);

  it('keeps serving when Redis is away, counting per instance, and logs it without the address', async () => {
    const closedPort = await freePort();
    const instance = await startInstance({ REDIS_URL: `redis://127.0.0.1:${closedPort}`, RATE_LIMIT_ADDRESS_PER_MINUTE: '5' });
    instances.push(instance);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push(await typename(instance.url));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    await instance.output.waitFor(/Redis is unreachable \(ECONNREFUSED\)/, 10_000);
    expect(instance.output.text()).not.toContain(String(closedPort));
  }, 120_000);
});
