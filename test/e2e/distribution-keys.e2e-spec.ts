import { EntityManager } from 'typeorm';
import { closeFactories, ownerDataSource } from '../utils/factories';

/**
 * What sharding by municipality with Citus needs of the schema
 * (docs/scaling.md): a tenant table (one with municipality_id) is
 * distributed by it, so each of its primary keys and unique indexes must
 * include municipality_id, and a foreign key between two tenant tables must
 * include it on both sides (co-location). The other tables are reference
 * tables, replicated to every node; the list below is the decision, so a new
 * shared table needs one.
 */
const REFERENCE_TABLES = ['migrations', 'municipality'];

interface Gap {
  table: string;
  kind: 'primary key' | 'unique index' | 'foreign key' | 'no primary key';
  name: string;
}

async function distributionGaps(manager: EntityManager): Promise<Gap[]> {
  return manager.query(`
    WITH tenant AS (
      SELECT c.oid, c.relname, a.attnum AS tenant_column
        FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'municipality_id' AND NOT a.attisdropped
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p'))
    SELECT t.relname AS "table", CASE WHEN i.indisprimary THEN 'primary key' ELSE 'unique index' END AS kind, i.indexrelid::regclass::text AS name
      FROM tenant t JOIN pg_index i ON i.indrelid = t.oid AND (i.indisunique OR i.indisprimary)
     WHERE NOT t.tenant_column = ANY (i.indkey)
    UNION ALL
    SELECT t.relname, 'foreign key', con.conname
      FROM tenant t JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype = 'f'
      JOIN tenant r ON r.oid = con.confrelid
     WHERE array_position(con.conkey, t.tenant_column) IS NULL
        OR array_position(con.conkey, t.tenant_column) IS DISTINCT FROM array_position(con.confkey, r.tenant_column)
    UNION ALL
    SELECT t.relname, 'no primary key', ''
      FROM tenant t WHERE NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = t.oid AND i.indisprimary)
    ORDER BY 1, 2, 3`);
}

describe('a schema ready to be distributed by municipality (Citus)', () => {
  afterAll(() => closeFactories());

  it('includes municipality_id in every key of every tenant table, and in every foreign key between them', async () => {
    const owner = await ownerDataSource();
    const tenantTables: { relname: string }[] = await owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'municipality_id'
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'`,
    );
    expect(tenantTables.length).toBeGreaterThan(30);
    expect(await distributionGaps(owner.manager)).toEqual([]);
  });

  it('has no other shared tables than the reference tables decided on', async () => {
    const owner = await ownerDataSource();
    const shared: { relname: string }[] = await owner.query(
      `SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
          AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'municipality_id')
        ORDER BY 1`,
    );
    expect(shared.map((row) => row.relname)).toEqual(REFERENCE_TABLES);
  });

  it('finds each kind of gap in a table that has them (the check is not vacuous)', async () => {
    const owner = await ownerDataSource();
    const gaps = await owner
      .transaction(async (manager) => {
        await manager.query('CREATE TABLE gap_target (id uuid PRIMARY KEY, municipality_id uuid NOT NULL, UNIQUE (id, municipality_id))');
        await manager.query('CREATE TABLE gap_source (id uuid NOT NULL, municipality_id uuid NOT NULL, code text, target_id uuid REFERENCES gap_target (id), UNIQUE (code))');
        const found = await distributionGaps(manager);
        throw Object.assign(new Error('roll back'), { found });
      })
      .catch((error: { found?: Gap[] }) => error.found);
    expect(gaps?.map((gap) => [gap.table, gap.kind])).toEqual([
      ['gap_source', 'foreign key'],
      ['gap_source', 'no primary key'],
      ['gap_source', 'unique index'],
      ['gap_target', 'primary key'],
    ]);
  });
});
