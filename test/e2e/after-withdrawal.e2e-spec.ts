import { WithdrawnContentService } from '../../src/consent/exchange/withdrawn-content.service';
import { consentInput, createConsentFixture, ConsentFixture, exchangeInput, ExchangeResult, fictionalCpr, RECORD_CONSENT, REQUEST_EXCHANGE } from '../utils/consent-fixture';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const READ = 'query($id: ID!) { exchangeContent(exchangeId: $id) { content } }';

/** GDPR art. 7(3): what was exchanged before a withdrawal stays lawful; nothing further is done with it on that consent. */
describe('content exchanged under a consent that is later withdrawn', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let fixture: ConsentFixture;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Tilbagekaldt');
    fixture = await createConsentFixture(api, town);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const asTown = async <T>(sql: string, params: unknown[] = []) => {
    const owner = await ownerDataSource();
    return owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return (await m.query(sql, params)) as T;
    });
  };

  it('is no longer read after the withdrawal, and is erased once the period has passed, each step in the ledger', async () => {
    const cpr = fictionalCpr('050591');
    const consentId = ok(await api.gql<{ recordConsent: { id: string } }>(RECORD_CONSENT, { input: consentInput(fixture, cpr) }, fixture.adviser.token)).recordConsent.id;
    const exchangeId = ok(await api.gql<ExchangeResult>(REQUEST_EXCHANGE, { input: exchangeInput(fixture, cpr) }, fixture.adviser.token)).requestExchange.exchange.id;
    expect(ok(await api.gql<{ exchangeContent: { content: string } }>(READ, { id: exchangeId }, fixture.familyConsultant.token)).exchangeContent.content).toContain('kontrol');

    ok(await api.gql('mutation($id: ID!) { withdrawConsent(id: $id) { status } }', { id: consentId }, fixture.adviser.token));
    const refused = await api.gql(READ, { id: exchangeId }, fixture.familyConsultant.token);
    expect(refused.errors?.[0].extensions.code).toBe('CONSENT_WITHDRAWN');
    expect(refused.data ?? null).toBeNull();

    const erasure = api.app.get(WithdrawnContentService);
    expect(await erasure.run([town.municipality.id])).toBe(0); // withdrawn today: within the 30 days
    // As if the withdrawal was 31 days ago (consent events are append-only, so the owner lifts the trigger for the test).
    const owner = await ownerDataSource();
    await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      await m.query('ALTER TABLE consent_event DISABLE TRIGGER consent_event_append_only');
      await m.query("UPDATE consent_event SET occurred_at = occurred_at - interval '31 days' WHERE consent_id = $1", [consentId]);
      await m.query('ALTER TABLE consent_event ENABLE TRIGGER consent_event_append_only');
    });
    expect(await erasure.run([town.municipality.id])).toBe(1);
    expect(await erasure.run([town.municipality.id])).toBe(0);

    const [row] = await asTown<{ content_sealed: Buffer | null; justification_sealed: Buffer | null; content_erased_at: Date | null; decision: string }[]>(
      'SELECT content_sealed, justification_sealed, content_erased_at, decision FROM exchange WHERE id = $1',
      [exchangeId],
    );
    expect(row).toMatchObject({ content_sealed: null, justification_sealed: null, decision: 'permitted' });
    expect(row.content_erased_at).toBeTruthy();
    const entries = await asTown<{ content: string }[]>("SELECT content FROM ledger_entry WHERE kind = 'exchange_content_erased'");
    expect(entries.map((e) => JSON.parse(e.content))).toEqual([expect.objectContaining({ exchangeId, consentId, reason: 'consent_withdrawn' })]);
    expect(ok(await api.gql<{ verifyLedger: { ok: boolean } }>('mutation { verifyLedger { ok } }', {}, town.tokens.dpo)).verifyLedger.ok).toBe(true);
  });
});
