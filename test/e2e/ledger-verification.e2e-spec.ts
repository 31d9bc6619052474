import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { TEST_ENV } from '../setup/test-database';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { LEAF_BLOCK } from '../../src/platform/ledger/ledger-leaves';
import { TreeHasher } from '../../src/platform/ledger/merkle';

const VERIFY = `mutation($input: VerifyLedgerInput) { verifyLedger(input: $input) {
  ok size headHash rootHash breakKind firstInvalidPosition problem checkpointsChecked checkedFrom checkpoint { treeSize rootHash note } } }`;
const SIGN = 'mutation { signLedgerCheckpoint { treeSize rootHash signedAt note } }';
type Verification = { ok: boolean; size: number; checkedFrom: number; breakKind: string | null; firstInvalidPosition: number | null; problem: string | null; checkpointsChecked: number; checkpoint: { treeSize: number; note: string } | null };

/**
 * As the owner could, with the append-only trigger off: recompute the
 * version-2 hash of every entry from `from` on, relinking each to the one
 * before, and move the head, so that the chain holds together again.
 */
const REHASH_FROM = (from: number) => `
  DO $$ DECLARE r record; previous varchar; BEGIN
    SELECT coalesce((SELECT entry_hash FROM ledger_entry WHERE position = ${from - 1}), repeat('0', 64)) INTO previous;
    FOR r IN SELECT * FROM ledger_entry WHERE position >= ${from} ORDER BY position LOOP
      UPDATE ledger_entry SET prev_hash = previous, entry_hash = encode(sha256('\\x0002'::bytea || uuid_send(r.municipality_id) || int8send(r.position)
          || timestamptz_send(r.recorded_at) || coalesce(uuid_send(r.citizen_id), '\\x00000000000000000000000000000000'::bytea) || decode(previous, 'hex')
          || set_byte('\\x00'::bytea, 0, octet_length(convert_to(r.kind, 'UTF8'))) || convert_to(r.kind, 'UTF8') || convert_to(r.content, 'UTF8')), 'hex')
        WHERE position = r.position RETURNING entry_hash INTO previous;
    END LOOP;
    UPDATE ledger_head SET entry_hash = previous, position = (SELECT max(position) FROM ledger_entry);
  END $$`;

/** Each tamper on its own municipality's chain of policy changes, done as the owner (trigger disabled) or as a superuser would. */
describe('ledger verification names each kind of tampering at the right entry', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const append = async (town: TestMunicipality, count: number) => {
    for (let index = 0; index < count; index++) {
      const categories = [['HOUSING'], ['FAMILY_SITUATION'], ['HOUSING', 'FAMILY_SITUATION'], [], ['EMPLOYMENT_AND_INCOME']][index % 5];
      ok(await api.gql('mutation($i: SetDataFlowPolicyInput!) { setDataFlowPolicy(input: $i) { id } }', { i: { fromDepartmentId: town.departments.health.id, toDepartmentId: town.departments.school.id, categories } }, town.tokens.admin));
    }
  };
  const chainOf = async (count: number): Promise<TestMunicipality> => {
    const town = await createMunicipality('Kæde');
    await append(town, count);
    return town;
  };
  const tamper = async (town: TestMunicipality, ...statements: string[]) => {
    const owner = await ownerDataSource();
    // Other test files append and sign at the same time: both tables are locked up front, checkpoints first (as signing takes them),
    // and a deadlock all the same is tried again, as the attacker would.
    for (let attempt = 1; ; attempt++) {
      try {
        await tamperOnce(owner, town, statements);
        return;
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code !== '40P01' || attempt >= 3) throw error;
      }
    }
  };
  const tamperOnce = async (owner: DataSource, town: TestMunicipality, statements: string[]) => {
    await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      await m.query('LOCK TABLE ledger_checkpoint, ledger_entry IN SHARE ROW EXCLUSIVE MODE');
      await m.query('ALTER TABLE ledger_entry DISABLE TRIGGER ledger_append_only');
      await m.query('ALTER TABLE ledger_checkpoint DISABLE TRIGGER ledger_checkpoint_append_only');
      for (const sql of statements) await m.query(sql);
      await m.query('ALTER TABLE ledger_checkpoint ENABLE TRIGGER ledger_checkpoint_append_only');
      await m.query('ALTER TABLE ledger_entry ENABLE TRIGGER ledger_append_only');
    });
  };
  const verifyWith = async (town: TestMunicipality, input: { checkpoint?: string; sinceCheckpoint?: boolean } | null) => {
    const result = await api.gql<{ verifyLedger: Verification }>(VERIFY, { input }, town.tokens.dpo);
    expect(result.errors).toBeUndefined();
    return result.data!.verifyLedger;
  };
  const verify = (town: TestMunicipality, checkpoint?: string) => verifyWith(town, checkpoint ? { checkpoint } : null);
  const sign = async (town: TestMunicipality) => ok(await api.gql<{ signLedgerCheckpoint: { treeSize: number; note: string } }>(SIGN, {}, town.tokens.dpo)).signLedgerCheckpoint;

  it('verifies an untouched chain and holds it against its signed checkpoints', async () => {
    const town = await chainOf(5);
    expect(await verify(town)).toMatchObject({ ok: true, size: 5, checkpointsChecked: 0, checkpoint: null });
    const signed = await sign(town);
    expect(signed.treeSize).toBe(5);
    expect(await sign(town)).toEqual(signed); // nothing new: the same checkpoint
    await append(town, 2);
    expect((await sign(town)).treeSize).toBe(7);
    expect(await verify(town)).toMatchObject({ ok: true, size: 7, checkpointsChecked: 2, checkpoint: { treeSize: 7 } });
  });

  it('names an edit of any column an entry shows (kind, time, citizen, content, municipality-bound hash) at that entry', async () => {
    for (const [position, edit] of [
      [3, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 3"],
      [2, "UPDATE ledger_entry SET recorded_at = recorded_at - interval '3 days' WHERE position = 2"],
      [4, 'UPDATE ledger_entry SET citizen_id = gen_random_uuid() WHERE position = 4'],
      [5, `UPDATE ledger_entry SET content = replace(content, '"kind"', '"kind2"') WHERE position = 5`],
      [1, "UPDATE ledger_entry SET content = 'not json' WHERE position = 1"],
    ] as const) {
      const town = await chainOf(5);
      await tamper(town, edit);
      expect(await verify(town)).toMatchObject({ ok: false, breakKind: 'EDITED_ENTRY', firstInvalidPosition: position });
    }
  });

  it('names an entry whose hash was recomputed alone, by the link the next entry still holds', async () => {
    const town = await chainOf(5);
    await tamper(town, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 3", REHASH_FROM(3).replace('position >= 3', 'position = 3').replace(/UPDATE ledger_head[^;]*;/, ''));
    expect(await verify(town)).toMatchObject({ ok: false, breakKind: 'EDITED_ENTRY', firstInvalidPosition: 3 });
  });

  it('reads a chain of several blocks (checkpoints inside blocks, at sizes no power of two) to the root the entries give one by one, and names an edit in a later block', async () => {
    const town = await createMunicipality('Lang kæde');
    const bulkAppend = async (count: number) => {
      const owner = await ownerDataSource();
      await owner.transaction(async (m) => {
        await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
        // The content says what the columns say (the append function refuses it otherwise).
        await m.query(`SELECT count(*) FROM (SELECT g, date_trunc('milliseconds', now()) AS at FROM generate_series(1, ${count}) g) e
          CROSS JOIN LATERAL ledger_append('policy_change', NULL, json_build_object('kind', 'policy_change', 'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'n', e.g)::text, e.at)`);
      });
    };
    await append(town, 3);
    await bulkAppend(LEAF_BLOCK + 3_614); // 20,001: inside the second block
    expect((await sign(town)).treeSize).toBe(LEAF_BLOCK + 3_617);
    await bulkAppend(LEAF_BLOCK); // 36,385: inside the third block
    const signed = await sign(town);
    await append(town, 2);
    const size = signed.treeSize + 2;

    // The root leaf by leaf, from the stored hashes, without the block path under test.
    const owner = await ownerDataSource();
    const hashes = (await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return m.query('SELECT entry_hash FROM ledger_entry WHERE municipality_id = $1 ORDER BY position', [town.municipality.id]);
    })) as { entry_hash: string }[];
    const tree = new TreeHasher();
    for (const { entry_hash } of hashes) tree.pushHex(entry_hash);

    expect(await verify(town)).toMatchObject({ ok: true, size, checkpointsChecked: 2, rootHash: tree.root().toString('hex') });
    expect(await verifyWith(town, { sinceCheckpoint: true })).toMatchObject({ ok: true, size, checkedFrom: signed.treeSize + 1, rootHash: tree.root().toString('hex') });
    await tamper(town, `UPDATE ledger_entry SET content = replace(content, '"n"', '"m"') WHERE position = ${2 * LEAF_BLOCK + 5}`);
    expect(await verify(town)).toMatchObject({ ok: false, breakKind: 'EDITED_ENTRY', firstInvalidPosition: 2 * LEAF_BLOCK + 5 });
  }, 120_000);

  it('verifies a chain that begins with version-1 entries (written before LedgerProofs), and names one whose columns disagree with its content', async () => {
    const town = await createMunicipality('Gammel kæde');
    const owner = await ownerDataSource();
    await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      await m.query(`DO $$ DECLARE previous varchar := repeat('0', 64); c text; ch varchar; h varchar; at timestamptz; BEGIN
        FOR p IN 1..3 LOOP
          at := date_trunc('milliseconds', now());
          c := json_build_object('kind', 'policy_change', 'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'n', p)::text;
          ch := encode(sha256(convert_to(c, 'UTF8')), 'hex');
          h := encode(sha256(convert_to(p::text || E'\\n' || previous || E'\\n' || ch, 'UTF8')), 'hex');
          INSERT INTO ledger_entry (municipality_id, position, kind, citizen_id, content, content_hash, prev_hash, entry_hash, recorded_at, hash_version)
            VALUES (app_current_municipality(), p, 'policy_change', NULL, c, ch, previous, h, at, 1);
          previous := h;
        END LOOP;
        INSERT INTO ledger_head (municipality_id, position, entry_hash) VALUES (app_current_municipality(), 3, previous)
          ON CONFLICT (municipality_id) DO UPDATE SET position = 3, entry_hash = previous;
      END $$`);
    });
    await append(town, 2);
    const signed = await sign(town);
    expect(signed.treeSize).toBe(5);
    expect(await verify(town)).toMatchObject({ ok: true, size: 5, checkpointsChecked: 1 });
    await tamper(town, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 2");
    expect(await verify(town)).toMatchObject({ ok: false, breakKind: 'MALFORMED_ENTRY', firstInvalidPosition: 2 });
  });

  it('names a deleted entry at its own position', async () => {
    const town = await chainOf(5);
    await tamper(town, 'DELETE FROM ledger_entry WHERE position = 3');
    expect(await verify(town)).toMatchObject({ ok: false, breakKind: 'DELETED_ENTRY', firstInvalidPosition: 3, problem: 'entry 3 is missing' });
  });

  it('finds a history the owner rewrote (every later hash and the head recomputed) by the signed checkpoints, between the last that holds and the first that does not', async () => {
    const town = await chainOf(2);
    await sign(town);
    await append(town, 3);
    await sign(town);
    await tamper(town, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 4", REHASH_FROM(4));
    const result = await verify(town);
    expect(result).toMatchObject({ ok: false, breakKind: 'REWRITTEN_HISTORY', firstInvalidPosition: 3, checkpointsChecked: 2 });
    expect(result.problem).toContain('between 3 and 5');
    // Without checkpoints the rewrite would pass: the chain itself holds together.
    const unsigned = await chainOf(5);
    await tamper(unsigned, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 4", REHASH_FROM(4));
    expect(await verify(unsigned)).toMatchObject({ ok: true });
  });

  it('finds a truncated tail by the checkpoint, even when the head was moved back and the stored checkpoints deleted', async () => {
    const town = await chainOf(5);
    const signed = await sign(town);
    await tamper(town, 'DELETE FROM ledger_entry WHERE position > 3', REHASH_FROM(4), 'DELETE FROM ledger_checkpoint');
    expect(await verify(town)).toMatchObject({ ok: false, breakKind: 'TRUNCATED_TAIL', firstInvalidPosition: 4 });
    // The witness keeps its copy; a checkpoint the DPO kept is accepted too.
    expect(await verify(town, signed.note)).toMatchObject({ ok: false, breakKind: 'TRUNCATED_TAIL', firstInvalidPosition: 4, checkpoint: { treeSize: 5 } });
  });

  it('signs later checkpoints from the last one (never over a rewritten history), and checks incrementally since it', async () => {
    const town = await chainOf(5);
    await sign(town);
    await append(town, 3);
    expect(await verifyWith(town, { sinceCheckpoint: true })).toMatchObject({ ok: true, size: 8, checkedFrom: 6 });
    // An edit before the checkpoint is the full check's to find; one after it, the incremental one's too.
    await tamper(town, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 2", REHASH_FROM(2));
    expect(await verifyWith(town, { sinceCheckpoint: true })).toMatchObject({ ok: true, checkedFrom: 6 });
    expect(await verify(town)).toMatchObject({ ok: false, breakKind: 'REWRITTEN_HISTORY', firstInvalidPosition: 1 });
    await tamper(town, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 7");
    expect(await verifyWith(town, { sinceCheckpoint: true })).toMatchObject({ ok: false, breakKind: 'EDITED_ENTRY', firstInvalidPosition: 7 });
    // The next checkpoint extends the signed tree, not the rewritten one: it too disagrees with the entries.
    const next = await sign(town);
    expect(next.treeSize).toBe(8);
    expect(await verify(town)).toMatchObject({ ok: false, breakKind: 'REWRITTEN_HISTORY', checkpointsChecked: 2 });
  });

  it('refuses to sign over a history that contradicts the last checkpoint when it cannot continue from a stored frontier', async () => {
    const town = await chainOf(3);
    await sign(town);
    await tamper(town, "UPDATE ledger_entry SET kind = 'access_report' WHERE position = 2", REHASH_FROM(2), `UPDATE ledger_checkpoint SET frontier = '["AAAA"]'`);
    await append(town, 1);
    const refused = await api.gql(SIGN, {}, town.tokens.dpo);
    expect(refused.errors?.[0].extensions.code).toBe('LEDGER_BROKEN');
  });

  it('refuses a checkpoint that is not signed by the service for this municipality, without quoting it', async () => {
    const town = await chainOf(2);
    const other = await chainOf(2);
    const foreign = (await sign(other)).note;
    for (const checkpoint of [foreign, foreign.replace(/\n2\n/, '\n9\n')]) {
      const result = await api.gql(VERIFY, { input: { checkpoint } }, town.tokens.dpo);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).not.toContain(foreign.split('\n')[2]);
    }
  });

  it('gives a receipt that the offline command proves with the verifier key alone, and refuses once altered', async () => {
    const town = await chainOf(6);
    const receipt = ok(await api.gql<{ ledgerReceipt: { document: string; verifierKey: string; checkpoint: { treeSize: number } } }>(
      'query { ledgerReceipt(input: { position: "4" }) { document verifierKey checkpoint { treeSize } } }', {}, town.tokens.dpo,
    )).ledgerReceipt;
    expect(receipt.checkpoint.treeSize).toBe(6);
    const key = ok(await api.gql<{ ledgerVerifierKey: string }>('query { ledgerVerifierKey }', {}, town.tokens.member)).ledgerVerifierKey;
    expect(key).toBe(receipt.verifierKey);
    const dir = mkdtempSync(join(tmpdir(), 'nsk-receipt-'));
    const run = (file: string) =>
      promisify(execFile)(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'scripts/verify-receipt.ts', file, '--key', key], { cwd: process.cwd() }).then(
        (out) => ({ code: 0, stdout: out.stdout, stderr: out.stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
    writeFileSync(join(dir, 'good.json'), receipt.document);
    const good = await run(join(dir, 'good.json'));
    expect(good).toMatchObject({ code: 0, stdout: expect.stringContaining('all 1 entries') });
    expect(good.stdout).toContain('entry 4 (policy_changed');
    const altered = JSON.parse(receipt.document) as { entries: { kind: string }[] };
    altered.entries[0].kind = 'access_report';
    writeFileSync(join(dir, 'altered.json'), JSON.stringify(altered));
    expect(await run(join(dir, 'altered.json'))).toMatchObject({ code: 1 });
  });

  it('gives the runtime role no way to write ledger rows or move the head but the append function', async () => {
    const town = await chainOf(5);
    const runtime = await new DataSource({ type: 'postgres', url: process.env[TEST_ENV.appUrl] }).initialize();
    try {
      const attempt = (sql: string) =>
        runtime.transaction(async (m) => {
          await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
          await m.query(sql);
        });
      for (const sql of [
        'UPDATE ledger_head SET position = 2',
        "INSERT INTO ledger_entry (municipality_id, position, kind, content, prev_hash, entry_hash, hash_version) SELECT municipality_id, 99, 'x', '{}', 'x', 'x', 2 FROM ledger_head",
        'UPDATE ledger_entry SET kind = kind',
        'DELETE FROM ledger_entry',
        'UPDATE ledger_checkpoint SET note = note',
        'DELETE FROM ledger_checkpoint',
        "SELECT * FROM ledger_append('policy_changed', NULL, '{\"kind\":\"other\",\"at\":\"2020-01-01T00:00:00.000Z\"}', now())",
      ]) {
        await expect(attempt(sql)).rejects.toMatchObject({ driverError: { code: expect.stringMatching(/^(42501|22023)$/) } });
      }
    } finally {
      await runtime.destroy();
    }
    expect(await verify(town)).toMatchObject({ ok: true, size: 5 });
  });
});
