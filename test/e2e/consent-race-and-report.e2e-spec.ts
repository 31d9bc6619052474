import { treeLeafOf } from '../../src/platform/ledger/ledger-leaf';
import { verifyInclusion } from '../../src/platform/ledger/merkle';
import { openCheckpoint, parseVerifierKey } from '../../src/platform/ledger/signed-note';
import { consentInput, createConsentFixture, ConsentFixture, ExchangeResult, exchangeInput, fictionalCpr, RECORD_CONSENT, REQUEST_EXCHANGE } from '../utils/consent-fixture';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const CONCURRENT_EXCHANGES = 200;
const ROUNDS = 3;

describe('withdrawal against concurrent exchanges', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let f: ConsentFixture;

  beforeAll(async () => {
    // 200 exchanges serialise on the ledger head; on a loaded CI machine the last ones wait
    // longer than the default 5 s for a connection. This test is about the race, not load shedding.
    api = await createTestApp({ DB_POOL_SIZE: '20', DB_POOL_WAIT_MS: '60000' });
    town = await createMunicipality();
    f = await createConsentFixture(api, town);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: no exchange is permitted after the withdrawal committed (1 withdrawal, ${CONCURRENT_EXCHANGES} exchanges)`, async () => {
      const cpr = fictionalCpr('121286');
      const consent = ok(await api.gql<{ recordConsent: { id: string } }>(RECORD_CONSENT, { input: consentInput(f, cpr) }, f.adviser.token)).recordConsent;
      const send = () => api.gql<ExchangeResult>(REQUEST_EXCHANGE, { input: exchangeInput(f, cpr) }, f.adviser.token);
      // All in flight at once, the withdrawal sent among them (earlier in each round).
      const before = Array.from({ length: CONCURRENT_EXCHANGES / (round + 1) }, send);
      const withdrawal = api.gql('mutation($id: ID!) { withdrawConsent(id: $id) { status } }', { id: consent.id }, f.adviser.token);
      const after = Array.from({ length: CONCURRENT_EXCHANGES - before.length }, send);
      const results = (await Promise.all([...before, ...after])).map((r) => ok(r).requestExchange);
      ok(await withdrawal);

      const owner = await ownerDataSource();
      const withdrawalPosition = await owner.transaction(async (manager) => {
        await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
        const [row] = await manager.query("SELECT position::int FROM ledger_entry WHERE kind = 'consent_withdrawn' AND content LIKE $1", [`%${consent.id}%`]);
        return row.position as number;
      });
      const permitted = results.filter((r) => r.permitted).map((r) => Number(r.exchange.ledgerPosition));
      const refused = results.filter((r) => !r.permitted);
      expect(permitted.length + refused.length).toBe(CONCURRENT_EXCHANGES);
      expect(permitted.filter((position) => position > withdrawalPosition)).toEqual([]);
      expect(refused.every((r) => r.exchange.refusalReason === 'CONSENT_WITHDRAWN' && Number(r.exchange.ledgerPosition) > withdrawalPosition)).toBe(true);
      // The burst really raced the withdrawal: decisions on both sides of it.
      expect(refused.length).toBeGreaterThan(0);
      expect(permitted.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('the ledger still verifies after the races', async () => {
    const result = ok(await api.gql<{ verifyLedger: { ok: boolean; size: number } }>('mutation { verifyLedger { ok size } }', {}, town.tokens.dpo));
    expect(result.verifyLedger.ok).toBe(true);
    expect(result.verifyLedger.size).toBeGreaterThan(ROUNDS * CONCURRENT_EXCHANGES);
  });
});

describe("a citizen's access report (GDPR art. 15)", () => {
  let api: TestApp;
  let town: TestMunicipality;
  let f: ConsentFixture;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
    f = await createConsentFixture(api, town);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('lists every consent, decision and read about the citizen: who, which department, when, which categories, on which basis', async () => {
    const cpr = fictionalCpr('050578');
    const consent = ok(await api.gql<{ recordConsent: { id: string } }>(RECORD_CONSENT, { input: consentInput(f, cpr) }, f.adviser.token)).recordConsent;
    const permitted = ok(await api.gql<ExchangeResult>(REQUEST_EXCHANGE, { input: exchangeInput(f, cpr) }, f.adviser.token)).requestExchange;
    ok(await api.gql('query($id: ID!) { exchangeContent(exchangeId: $id) { content } }', { id: permitted.exchange.id }, f.familyConsultant.token));
    ok(await api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, cpr, { categories: ['HOUSING'] }) }, f.adviser.token));
    ok(await api.gql('mutation($id: ID!) { withdrawConsent(id: $id) { status } }', { id: consent.id }, f.adviser.token));
    // Another citizen's events must not appear.
    ok(await api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, fictionalCpr('050578')) }, f.adviser.token));

    const report = ok(
      await api.gql<{ citizenAccessReport: { entries: { kind: string; staffMemberName: string; departmentName: string | null; route: string | null; categories: string[]; basis: string | null; content: string }[] } }>(
        'query($input: CitizenLookupInput!) { citizenAccessReport(input: $input) { generatedAt entries { position recordedAt kind staffMemberName departmentName route categories basis content } } }',
        { input: { cpr } },
        town.tokens.dpo,
      ),
    ).citizenAccessReport.entries;
    expect(report.map((e) => e.kind)).toEqual(['consent_granted', 'exchange_decision', 'content_read', 'exchange_decision', 'consent_withdrawn', 'access_report']);
    expect(report[1]).toMatchObject({ route: 'Jobcenter -> Etnisk Familieteam', categories: ['family_situation'], basis: consent.id, staffMemberName: expect.stringContaining('adviser-') });
    expect(report[2]).toMatchObject({ kind: 'content_read', staffMemberName: expect.stringContaining('eft-'), departmentName: 'Etnisk Familieteam' });
    expect(report[3]).toMatchObject({ basis: 'category_not_covered', categories: ['housing'] });
    expect(JSON.stringify(report)).not.toContain(cpr.replace('-', ''));
  });

  it('carries receipts (a consent receipt, and the report with every entry) that prove inclusion against one signed checkpoint', async () => {
    const cpr = fictionalCpr('120380');
    const consent = ok(await api.gql<{ recordConsent: { id: string } }>(RECORD_CONSENT, { input: consentInput(f, cpr) }, f.adviser.token)).recordConsent;
    ok(await api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, cpr) }, f.adviser.token));
    const key = ok(await api.gql<{ ledgerVerifierKey: string }>('query { ledgerVerifierKey }', {}, f.adviser.token)).ledgerVerifierKey;
    const consentReceipt = ok(await api.gql<{ consentReceipt: { document: string } }>('query($id: ID!) { consentReceipt(consentId: $id) { document } }', { id: consent.id }, f.adviser.token)).consentReceipt;
    expect(proven(consentReceipt.document, key)).toEqual(['consent_granted']);
    const report = ok(
      await api.gql<{ citizenAccessReport: { entries: { kind: string }[]; receipt: { document: string } } }>(
        'query($input: CitizenLookupInput!) { citizenAccessReport(input: $input) { entries { kind } receipt { document } } }',
        { input: { cpr } },
        town.tokens.dpo,
      ),
    ).citizenAccessReport;
    // Everything but the report's own entry (not yet committed when the checkpoint was signed), and the receipt look-up is itself recorded.
    expect(report.entries.map((e) => e.kind)).toEqual(['consent_granted', 'exchange_decision', 'consent_lookup', 'access_report']);
    expect(proven(report.receipt.document, key)).toEqual(['consent_granted', 'exchange_decision', 'consent_lookup']);
    expect(report.receipt.document).not.toContain(cpr.replace('-', ''));
    const forged = JSON.parse(report.receipt.document) as { entries: { content: string }[] };
    forged.entries[1].content = forged.entries[1].content.replace('permitted', 'refused');
    expect(proven(JSON.stringify(forged), key)).toEqual(['consent_granted', 'consent_lookup']);
  });

  it('is for the data-protection officer only', async () => {
    const result = await api.gql('query($input: CitizenLookupInput!) { citizenAccessReport(input: $input) { generatedAt } }', { input: { cpr: fictionalCpr() } }, f.adviser.token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

/** The kinds of the receipt's entries that its proofs and signed checkpoint establish, checked as the offline command does. */
function proven(document: string, verifierKey: string): string[] {
  const receipt = JSON.parse(document) as { checkpoint: string; entries: (Parameters<typeof treeLeafOf>[0] & { inclusionProof: string[] })[] };
  const checkpoint = openCheckpoint(receipt.checkpoint, parseVerifierKey(verifierKey));
  return receipt.entries
    .filter((entry) => verifyInclusion(treeLeafOf(entry), Number(entry.position) - 1, checkpoint.treeSize, entry.inclusionProof.map((node) => Buffer.from(node, 'base64')), checkpoint.rootHash))
    .map((entry) => entry.kind);
}
