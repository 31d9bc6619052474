/**
 * Key rotation for sealed personal data. Put the new key in
 * EXCHANGE_CONTENT_KEY and the old one(s) in EXCHANGE_CONTENT_OLD_KEYS, restart
 * the service (new values use the new key, old ones still open), then run:
 *
 *   DATABASE_URL=<owner url> EXCHANGE_CONTENT_KEY=... EXCHANGE_CONTENT_OLD_KEYS=... npm run reseal
 *
 * Afterwards the old keys can be removed from the configuration.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../src/entities';
import { SEALED_COLUMNS } from '../src/sealed-columns';
import { loadConfig } from '../src/platform/config/app-config';
import { ownerDataSourceOptions } from '../src/platform/database/data-source-options';
import { resealAll } from '../src/platform/crypto/reseal';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.database.ownerUrl) {
    console.error('usage: DATABASE_URL=<owner url> EXCHANGE_CONTENT_KEY=<new> EXCHANGE_CONTENT_OLD_KEYS=<old,...> npm run reseal');
    process.exit(2);
  }
  const owner = await new DataSource(ownerDataSourceOptions(config.database.ownerUrl, ENTITIES)).initialize();
  try {
    const { municipalities, resealed } = await resealAll(owner, config.crypto.keyring, SEALED_COLUMNS);
    console.log(`re-sealed ${resealed} values in ${municipalities} municipalities under key ${config.crypto.keyring.currentId}`);
  } finally {
    await owner.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
