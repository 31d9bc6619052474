import { DataSource } from 'typeorm';
import { runtimeDataSourceOptions } from '../../src/platform/database/data-source-options';
import { ENTITIES } from '../../src/entities';
import { migrateDatabase } from '../../src/platform/database/migrate';
import { assertRuntimeRoleRespectsRls } from '../../src/platform/database/runtime-role-check';
import { schemaDiff } from '../../src/platform/database/schema-diff';
import { TEST_ENV } from '../setup/test-database';
import { closeFactories, ownerDataSource } from '../utils/factories';
import { createTestApp } from '../utils/test-app';

describe('schema and database roles', () => {
  afterAll(() => closeFactories());

  it('the migrations produce exactly the schema the entities describe', async () => {
    const diff = await schemaDiff(await ownerDataSource());
    expect(diff.up).toEqual([]);
  });

  it('applying migrations again is a no-op', async () => {
    expect(await migrateDatabase(process.env[TEST_ENV.ownerUrl]!)).toEqual([]);
  });

  it('accepts the runtime role: no superuser, no BYPASSRLS, owns nothing', async () => {
    const runtime = await new DataSource(runtimeDataSourceOptions(process.env[TEST_ENV.appUrl]!, { poolSize: 1, statementTimeoutMs: 5000 }, ENTITIES)).initialize();
    try {
      await expect(assertRuntimeRoleRespectsRls(runtime)).resolves.toBeUndefined();
    } finally {
      await runtime.destroy();
    }
  });

  it('refuses to start when the runtime role owns the tables', async () => {
    await expect(createTestApp({ DATABASE_APP_URL: process.env[TEST_ENV.ownerUrl] })).rejects.toThrow(
      /runtime database role "nsk_owner" owns tables .* could bypass row-level security/,
    );
  });

  it('refuses to start when the runtime role is a superuser', async () => {
    const admin = process.env[TEST_ENV.adminUrl]!;
    const superuserUrl = new URL(admin);
    superuserUrl.pathname = `/${process.env[TEST_ENV.database]}`;
    await expect(createTestApp({ DATABASE_APP_URL: superuserUrl.toString() })).rejects.toThrow(/is a superuser/);
  });
});
