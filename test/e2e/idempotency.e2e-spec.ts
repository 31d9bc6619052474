import request from 'supertest';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { IdempotencyExpiryService } from '../../src/platform/idempotency/idempotency-expiry.service';
import { createTestApp, TestApp } from '../utils/test-app';

const CREATE = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }';

describe('idempotency keys on mutations', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const send = (key: string, name: string) =>
    request(api.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${town.tokens.admin}`)
      .set('idempotency-key', key)
      .send({ query: CREATE, variables: { input: { name, discipline: 'OTHER' } } });
  const departmentsNamed = async (name: string) =>
    ((await api.gql<{ departments: { name: string }[] }>('{ departments { name } }', {}, town.tokens.admin)).data?.departments ?? []).filter((d) => d.name === name).length;

  it('gives one effect and the same answer for the same key and input', async () => {
    const first = await send('key-same-0001', 'Ungecenter');
    const second = await send('key-same-0001', 'Ungecenter');
    expect(first.body.data.createDepartment.id).toBeTruthy();
    expect(second.body.data).toEqual(first.body.data);
    expect(second.body.errors).toBeUndefined();
    expect(second.headers['idempotent-replay']).toBe('true');
    expect(await departmentsNamed('Ungecenter')).toBe(1);
  });

  it('stores a keyed hash of the key, never the key as sent', async () => {
    const key = 'key-010203-1234-hashed';
    expect((await send(key, 'Hashet nøgle')).body.errors).toBeUndefined();
    const owner = await ownerDataSource();
    const stored = await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return (await m.query('SELECT key FROM idempotency_key')) as { key: string }[];
    });
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('010203');
    expect((await send(key, 'Hashet nøgle')).headers['idempotent-replay']).toBe('true');
  });

  it('refuses the same key with a different input, and changes nothing', async () => {
    await send('key-other-0001', 'Sprogcenter');
    const reused = await send('key-other-0001', 'Familieafdelingen');
    expect(reused.body.errors[0]).toMatchObject({ extensions: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await departmentsNamed('Familieafdelingen')).toBe(0);
  });

  it('lets a failed request be retried with its key (nothing was kept)', async () => {
    await send('key-retry-0001', 'Etnisk Familieteam');
    const conflict = await send('key-retry-0002', 'Etnisk Familieteam'); // same name: refused by the unique name
    expect(conflict.body.errors[0].extensions.code).toBe('CONFLICT');
    const retried = await send('key-retry-0002', 'Etnisk Familieteam');
    expect(retried.body.errors[0].extensions.code).toBe('CONFLICT'); // executed again, not replayed
  });

  it('yields exactly one effect for concurrent duplicates, all with the same answer', async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, () => send('key-concurrent-0001', 'Boligsocial indsats')));
    const ids = new Set(responses.map((r) => r.body.data?.createDepartment?.id));
    expect(responses.every((r) => r.status === 200 && !r.body.errors)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await departmentsNamed('Boligsocial indsats')).toBe(1);
  });

  it('keeps keys per user: another user may use the same key', async () => {
    const other = await createMunicipality('Anden');
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${other.tokens.admin}`)
      .set('idempotency-key', 'key-same-0001')
      .send({ query: CREATE, variables: { input: { name: 'Ungecenter', discipline: 'OTHER' } } });
    expect(response.body.data.createDepartment.name).toBe('Ungecenter');
  });

  it('removes answers older than the TTL from every municipality, and only those', async () => {
    const key = 'key-expiring-0001';
    expect((await send(key, 'Udløber')).body.errors).toBeUndefined();
    expect((await send('key-fresh-0001', 'Bliver')).body.errors).toBeUndefined();
    const owner = await ownerDataSource();
    const asTown = <T>(sql: string) =>
      owner.transaction(async (m) => {
        await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
        return (await m.query(sql)) as T;
      });
    const count = async () => (await asTown<{ n: number }[]>('SELECT count(*)::int AS n FROM idempotency_key'))[0].n;
    const before = await count();
    await asTown("UPDATE idempotency_key SET created_at = now() - interval '2 days' WHERE response::text LIKE '%Udløber%'");
    expect(await api.app.get(IdempotencyExpiryService).run()).toBeGreaterThanOrEqual(1);
    expect(await count()).toBe(before - 1);
    // The expired key is free again: a different request with it runs as new.
    const reused = await send(key, 'Udløber igen');
    expect(reused.body.errors).toBeUndefined();
    expect(reused.headers['idempotent-replay']).toBeUndefined();
  });
});

describe('idempotency keys past their TTL', () => {
  let api: TestApp;
  let town: TestMunicipality;
  beforeAll(async () => {
    api = await createTestApp({ IDEMPOTENCY_KEY_TTL_SECONDS: '1' });
    town = await createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('takes an expired key over as new instead of replaying or refusing', async () => {
    const send = (name: string) =>
      request(api.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${town.tokens.admin}`).set('idempotency-key', 'key-short-lived-01').send({ query: CREATE, variables: { input: { name, discipline: 'OTHER' } } });
    expect((await send('Første')).body.errors).toBeUndefined();
    expect((await send('Anden')).body.errors?.[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const later = await send('Anden');
    expect(later.body.errors).toBeUndefined();
    expect(later.body.data.createDepartment.name).toBe('Anden');
  });
});
