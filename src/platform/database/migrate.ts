import { DataSource } from 'typeorm';
import { migrateJobQueue } from './job-queue-schema';
import { ownerDataSourceOptions } from './data-source-options';

/** Arbitrary constant: serialises concurrent migration runs (several instances, parallel test workers). */
const MIGRATION_LOCK = 7_311_960_001;

/** Applies pending migrations as the owner role, then the job queue's; returns the names of the service's migrations applied. */
export async function migrateDatabase(ownerUrl: string): Promise<string[]> {
  const dataSource = await new DataSource(ownerDataSourceOptions(ownerUrl, [])).initialize(); // migrations need no entity metadata
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'all' });
      await migrateJobQueue(ownerUrl);
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await dataSource.destroy();
  }
}
