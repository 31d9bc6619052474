import { DataSource } from 'typeorm';
import { TEST_ENV } from '../setup/test-database';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const VERIFY = 'mutation { verifyLedger { ok size firstInvalidPosition problem } }';
type Verification = { ok: boolean; size: number; firstInvalidPosition: number | null; problem: string | null };

/** Each tamper on its own municipality's chain of five policy changes, done as the owner (trigger disabled). */
describe('ledger verification names each kind of tampering at the right entry', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const chainOfFive = async (): Promise<TestMunicipality> => {
    const town = await createMunicipality('Kæde');
    for (const categories of [['HOUSING'], ['FAMILY_SITUATION'], ['HOUSING', 'FAMILY_SITUATION'], [], ['EMPLOYMENT_AND_INCOME']]) {
      ok(await api.gql('mutation($i: SetDataFlowPolicyInput!) { setDataFlowPolicy(input: $i) { id } }', { i: { fromDepartmentId: town.departments.health.id, toDepartmentId: town.departments.school.id, categories } }, town.tokens.admin));
    }
    return town;
  };
  const tamper = async (town: TestMunicipality, sql: string) => {
    const owner = await ownerDataSource();
    await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      await m.query('ALTER TABLE ledger_entry DISABLE TRIGGER ledger_append_only');
      await m.query(sql);
      await m.query('ALTER TABLE ledger_entry ENABLE TRIGGER ledger_append_only');
    });
  };
  const verify = async (town: TestMunicipality) => ok(await api.gql<{ verifyLedger: Verification }>(VERIFY, {}, town.tokens.dpo)).verifyLedger;

  it('verifies an untouched chain', async () => {
    expect(await verify(await chainOfFive())).toMatchObject({ ok: true, size: 5 });
  });

  it('names an edited kind and an edited time (both shown in the access report)', async () => {
    const kind = await chainOfFive();
    await tamper(kind, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 3");
    expect(await verify(kind)).toMatchObject({ ok: false, firstInvalidPosition: 3, problem: 'its kind column does not match its content' });
    const time = await chainOfFive();
    await tamper(time, "UPDATE ledger_entry SET recorded_at = recorded_at - interval '3 days' WHERE position = 2");
    expect(await verify(time)).toMatchObject({ ok: false, firstInvalidPosition: 2, problem: 'its recorded_at column does not match its content' });
  });

  it('names a deleted entry at its own position', async () => {
    const town = await chainOfFive();
    await tamper(town, 'DELETE FROM ledger_entry WHERE position = 3');
    expect(await verify(town)).toMatchObject({ ok: false, firstInvalidPosition: 3, problem: 'entry 3 is missing' });
  });

  it('reports an entry whose content is not JSON as a finding, not an internal error', async () => {
    const town = await chainOfFive();
    // Content, content hash and entry hash all consistent: only the content itself is wrong.
    await tamper(
      town,
      `UPDATE ledger_entry SET content = 'not json', content_hash = encode(sha256('not json'::bytea), 'hex'),
         entry_hash = encode(sha256(convert_to(position::text || E'\\n' || prev_hash || E'\\n' || encode(sha256('not json'::bytea), 'hex'), 'UTF8')), 'hex')
       WHERE position = 5`,
    );
    const result = await api.gql<{ verifyLedger: Verification }>(VERIFY, {}, town.tokens.dpo);
    expect(result.errors).toBeUndefined();
    expect(result.data?.verifyLedger).toMatchObject({ ok: false, firstInvalidPosition: 5, problem: 'its content is not a recorded entry (not JSON)' });
  });

  it('gives the runtime role no way to write ledger rows or move the head but the append function', async () => {
    const town = await chainOfFive();
    const runtime = await new DataSource({ type: 'postgres', url: process.env[TEST_ENV.appUrl] }).initialize();
    try {
      const attempt = (sql: string) =>
        runtime.transaction(async (m) => {
          await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
          await m.query(sql);
        });
      for (const sql of [
        'UPDATE ledger_head SET position = 2',
        "INSERT INTO ledger_entry (municipality_id, position, kind, content, content_hash, prev_hash, entry_hash) SELECT municipality_id, 99, 'x', '{}', 'x', 'x', 'x' FROM ledger_head",
        'UPDATE ledger_entry SET kind = kind',
        'DELETE FROM ledger_entry',
      ]) {
        await expect(attempt(sql)).rejects.toMatchObject({ driverError: { code: '42501' } });
      }
    } finally {
      await runtime.destroy();
    }
    expect(await verify(town)).toMatchObject({ ok: true, size: 5 });
  });
});
