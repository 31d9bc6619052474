/**
 * The load generator, run as a second process so it does not share the
 * service's event loop: `node -r ts-node/register bench/lib/load.ts <spec.json>`.
 * Sends POST bodies round-robin with autocannon and prints its result as JSON.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadSpec } from './processes';

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadSpec;
  let next = 0;
  const result = await autocannon({
    url: spec.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...spec.headers },
    connections: spec.connections,
    // autocannon refuses an undefined duration: give it only the one that is set.
    ...(spec.durationSeconds ? { duration: spec.durationSeconds } : { amount: spec.amount }),
    requests: [{ setupRequest: (request) => ({ ...request, body: spec.bodies[next++ % spec.bodies.length] }) }],
  });
  process.stdout.write(
    JSON.stringify({
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      total: result.requests.total,
      durationSeconds: result.duration,
    }),
  );
}

void main();
