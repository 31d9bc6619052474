import { DataSource, In } from 'typeorm';
import { ENTITIES } from '../../src/entities';
import { DEMO_MUNICIPALITIES } from '../../src/demo/demo-municipalities';
import { seedDemoData } from '../../src/demo/demo-seeder';
import { leanEntity, leanSelect } from '../../src/platform/database/lean-read';
import { TenantDatabase } from '../../src/platform/database/tenant-database';
import { OwnDatabase, useOwnDatabase } from '../utils/own-database';
import { createTestApp, TestApp } from '../utils/test-app';

/**
 * The lean reader (platform/database/lean-read.ts) must read every entity it
 * accepts exactly as TypeORM does: the same properties, values and types. Checked
 * on the demo data of every demo municipality (its own database: the demo uses
 * fixed ids), entity by entity.
 */
describe('lean reads equal TypeORM reads', () => {
  let own: OwnDatabase;
  let api: TestApp;

  beforeAll(async () => {
    own = await useOwnDatabase('lean');
    api = await createTestApp();
    await seedDemoData(own.ownerUrl, api.config.crypto.keyring);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await own?.drop();
  });

  it('reads every entity it accepts with the same values and types as TypeORM, as rows and as JSON, and accepts most of them', async () => {
    const db = api.app.get(TenantDatabase);
    const dataSource = api.app.get(DataSource);
    const withId = ENTITIES.filter((entity) => dataSource.getMetadata(entity).findColumnWithPropertyName('id'));
    const accepted = withId.filter((entity) => leanEntity(dataSource, entity));
    const compared: string[] = [];
    const comparedAsJson: string[] = [];
    for (const { id } of DEMO_MUNICIPALITIES) {
      await db.runAsTenant(id, async (manager) => {
        for (const entity of accepted) {
          const sample: { id: string }[] = await manager.query(`SELECT id FROM "${manager.connection.getMetadata(entity).tablePath}" ORDER BY id LIMIT 25`);
          if (sample.length === 0) continue;
          const ids = sample.map((row) => row.id);
          const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
          const typeorm = ((await manager.findBy(entity, { id: In(ids) } as never)) as { id: string }[]).sort(byId);
          const lean = ((await leanSelect(manager, entity, 't.id = ANY($1)', [ids])) as { id: string }[]).sort(byId);
          expect(lean).toStrictEqual(typeorm);
          compared.push(entity.name);
          // And as one JSON value (read with another entity's row, as staff with their department).
          const json = leanEntity(dataSource, entity)!.json;
          if (!json) continue;
          const rows: { j: Record<string, unknown> }[] = await manager.query(`SELECT ${json.object('x')} AS j FROM "${manager.connection.getMetadata(entity).tablePath}" x WHERE x.id = ANY($1)`, [ids]);
          expect((rows.map((row) => json.toEntity(row.j)) as { id: string }[]).sort(byId)).toStrictEqual(typeorm);
          comparedAsJson.push(entity.name);
        }
      });
    }
    expect(accepted.length).toBeGreaterThan(withId.length * 0.8);
    // The hot reads' entities are among those compared on real rows.
    for (const name of ['Meeting', 'AgendaItem', 'Network', 'StaffUser', 'NetworkMembership']) expect(compared).toContain(name);
    expect(comparedAsJson).toContain('Department');
    expect(comparedAsJson.length).toBeGreaterThan(compared.length * 0.7);
  });
});
