import { SEALED_COLUMNS } from '../../src/sealed-columns';
import { loadConfig } from '../../src/platform/config/app-config';
import { resealAll } from '../../src/platform/crypto/reseal';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTestApp, TestApp, testEnvironment } from '../utils/test-app';

const OLD = Buffer.alloc(32, 'old-content-key').toString('base64');
const NEW = Buffer.alloc(32, 'new-content-key').toString('base64');
const CREATE = 'mutation($i: CreateSpeakerInput!) { createSpeaker(input: $i) { id } }';
const CONTACTS = '{ speakers { id contact { email } } }';

describe('rotating the content key', () => {
  let town: TestMunicipality;
  const apps: TestApp[] = [];
  const app = async (env: Record<string, string | undefined>) => {
    const api = await createTestApp(env);
    apps.push(api);
    return api;
  };
  const contacts = async (api: TestApp) =>
    Object.fromEntries(ok(await api.gql<{ speakers: { id: string; contact: { email: string } }[] }>(CONTACTS, {}, town.tokens.admin)).speakers.map((s) => [s.id, s.contact.email]));
  const createSpeaker = async (api: TestApp, email: string) =>
    ok(await api.gql<{ createSpeaker: { id: string } }>(CREATE, { i: { name: 'Oplægsholder', email, kind: 'AUTHORITY', topics: ['digital kontrol'] } }, town.tokens.admin)).createSpeaker.id;

  beforeAll(async () => {
    town = await createMunicipality('Nøgleskift');
  });
  afterAll(async () => {
    for (const api of apps) await api.close();
    await closeFactories();
  });

  it('reads old values after rotation, writes new ones with the new key, and re-seals the old ones once', async () => {
    const before = await app({ EXCHANGE_CONTENT_KEY: OLD });
    const first = await createSpeaker(before, 'first@speaker.invalid');

    const rotated = await app({ EXCHANGE_CONTENT_KEY: NEW, EXCHANGE_CONTENT_OLD_KEYS: OLD });
    const second = await createSpeaker(rotated, 'second@speaker.invalid');
    expect(await contacts(rotated)).toEqual({ [first]: 'first@speaker.invalid', [second]: 'second@speaker.invalid' });

    // Without the old key, the old value is unreadable (the refusal is masked, never the value).
    const newOnly = await app({ EXCHANGE_CONTENT_KEY: NEW, EXCHANGE_CONTENT_OLD_KEYS: undefined });
    expect((await newOnly.gql(CONTACTS, {}, town.tokens.admin)).errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');

    const keyring = loadConfig(testEnvironment({ EXCHANGE_CONTENT_KEY: NEW, EXCHANGE_CONTENT_OLD_KEYS: OLD })).crypto.keyring;
    const owner = await ownerDataSource();
    // Other test files share the database (with their own key): this run is limited to this municipality.
    const run = await resealAll(owner, keyring, SEALED_COLUMNS, [town.municipality.id]);
    expect(run.resealed).toBeGreaterThanOrEqual(1);
    expect(run.municipalities).toBe(1);
    expect(await contacts(newOnly)).toEqual({ [first]: 'first@speaker.invalid', [second]: 'second@speaker.invalid' });
    expect((await resealAll(owner, keyring, SEALED_COLUMNS, [town.municipality.id])).resealed).toBe(0);
  });

  it('lists every sealed (bytea) column of the entities for re-sealing', async () => {
    const owner = await ownerDataSource();
    const bytea = owner.entityMetadatas.flatMap((entity) => entity.columns.filter((column) => column.type === 'bytea').map((column) => `${entity.tableName}.${column.databaseName}`));
    expect(bytea.sort()).toEqual(SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());
  });
});
