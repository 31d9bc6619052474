import { Client } from 'pg';
import { TEST_ENV } from '../setup/test-database';
import { consentInput, createConsentFixture, ConsentFixture, ExchangeResult, exchangeInput, fictionalCpr, RECORD_CONSENT, REQUEST_EXCHANGE } from '../utils/consent-fixture';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

describe('consent and consent-gated exchange', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let f: ConsentFixture;

  const record = async (cpr: string, overrides: Record<string, unknown> = {}, token = f.adviser.token) =>
    ok(await api.gql<{ recordConsent: { id: string; status: string } }>(RECORD_CONSENT, { input: consentInput(f, cpr, overrides) }, token)).recordConsent;
  const exchange = async (cpr: string, overrides: Record<string, unknown> = {}, token = f.adviser.token) =>
    ok(await api.gql<ExchangeResult>(REQUEST_EXCHANGE, { input: exchangeInput(f, cpr, overrides) }, token)).requestExchange;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
    f = await createConsentFixture(api, town);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('answers NOT_FOUND for a receiving department that does not exist, on consent and on a legal basis, and leaves no citizen, entry or exchange behind', async () => {
    const cpr = fictionalCpr();
    const owner = await ownerDataSource();
    const counts = async () =>
      owner.transaction(async (m) => {
        await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
        const [row] = await m.query('SELECT (SELECT count(*) FROM citizen)::int AS citizens, (SELECT count(*) FROM ledger_entry)::int AS entries, (SELECT count(*) FROM exchange)::int AS exchanges');
        return row as { citizens: number; entries: number; exchanges: number };
      });
    const before = await counts();
    for (const overrides of [{}, { legalBasis: 'CHILD_AT_RISK_NOTIFICATION', justification: 'Der er en konkret bekymring for barnets trivsel, som kræver hurtig handling.' }]) {
      const result = await api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, cpr, { toDepartmentId: '00000000-0000-4000-8000-000000000000', ...overrides }) }, f.adviser.token);
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
    }
    expect(await counts()).toEqual(before);
  });

  it('permits an exchange a valid consent covers, and only the receiving department reads the content', async () => {
    const cpr = fictionalCpr();
    const consent = await record(cpr);
    expect(consent.status).toBe('ACTIVE');
    const result = await exchange(cpr);
    expect(result).toMatchObject({ permitted: true, alternative: null, exchange: { decision: 'PERMITTED', consentId: consent.id, refusalReason: null } });

    const read = ok(await api.gql<{ exchangeContent: { content: string } }>('query($id: ID!) { exchangeContent(exchangeId: $id) { content } }', { id: result.exchange.id }, f.familyConsultant.token));
    expect(read.exchangeContent.content).toContain('kontrol fra familien');
    for (const token of [f.adviser.token, f.bystander.token]) {
      const refused = await api.gql('query($id: ID!) { exchangeContent(exchangeId: $id) { content } }', { id: result.exchange.id }, token);
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('stores neither the CPR number nor the content in plain text', async () => {
    const cpr = fictionalCpr('150385');
    await record(cpr);
    const result = await exchange(cpr, { content: 'Hemmeligt indhold om familien 4711' });
    const owner = await ownerDataSource();
    const rows = await owner.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return {
        exchange: await manager.query('SELECT content_sealed::text AS sealed FROM exchange WHERE id = $1', [result.exchange.id]),
        everything: await manager.query(`SELECT string_agg(c::text, ' ') AS dump FROM citizen c`),
        ledger: await manager.query('SELECT string_agg(content, \' \') AS dump FROM ledger_entry'),
      };
    });
    const digits = cpr.replace('-', '');
    expect(rows.exchange[0].sealed).not.toContain(Buffer.from('Hemmeligt').toString('hex'));
    expect(rows.everything[0].dump).not.toContain(digits);
    expect(rows.ledger[0].dump).not.toContain(digits);
    expect(rows.ledger[0].dump).not.toContain('Hemmeligt');
  });

  describe('refuses with the precise reason, stores no content, and points to anonymised sparring', () => {
    it.each<[string, (cpr: string) => Promise<void>, Record<string, unknown>, string]>([
      ['no consent', async () => undefined, {}, 'NO_CONSENT'],
      ['a category not covered', (cpr) => record(cpr).then(() => undefined), { categories: ['FAMILY_SITUATION', 'HOUSING'] }, 'CATEGORY_NOT_COVERED'],
      ['a purpose not covered', (cpr) => record(cpr).then(() => undefined), { purpose: 'COORDINATED_EFFORT' }, 'PURPOSE_NOT_COVERED'],
      ['a category outside the policy, even with consent', (cpr) => record(cpr, { categories: ['FAMILY_SITUATION', 'HEALTH'] }).then(() => undefined), { categories: ['HEALTH'] }, 'NOT_ALLOWED_BY_POLICY'],
      ['an expired consent', (cpr) => record(cpr, { validFrom: '2024-01-01T00:00:00Z', validTo: '2025-01-01T00:00:00Z' }).then(() => undefined), {}, 'CONSENT_EXPIRED'],
    ])('%s', async (_, setUp, overrides, reason) => {
      const cpr = fictionalCpr();
      await setUp(cpr);
      const result = await exchange(cpr, overrides);
      expect(result).toMatchObject({ permitted: false, exchange: { decision: 'REFUSED', refusalReason: reason } });
      expect(result.alternative).toContain('anonymised case discussion');
      const read = await api.gql('query($id: ID!) { exchangeContent(exchangeId: $id) { content } }', { id: result.exchange.id }, f.familyConsultant.token);
      expect(read.errors?.[0]).toMatchObject({ message: 'A refused exchange carries no content', extensions: { code: 'FORBIDDEN' } });
    });

    it('a department not covered (the reply direction needs its own consent)', async () => {
      const cpr = fictionalCpr();
      await record(cpr);
      const request = await exchange(cpr);
      const reply = ok(
        await api.gql<{ replyToExchange: { permitted: boolean; exchange: { refusalReason: string } } }>(
          'mutation($input: ReplyToExchangeInput!) { replyToExchange(input: $input) { permitted exchange { refusalReason } } }',
          { input: { exchangeId: request.exchange.id, categories: ['FAMILY_SITUATION'], content: 'Vi kender familien fra tidligere.' } },
          f.familyConsultant.token,
        ),
      );
      expect(reply.replyToExchange).toEqual({ permitted: false, exchange: { refusalReason: 'DEPARTMENT_NOT_COVERED' } });
    });
  });

  it('permits the reply when the consent covers that direction too; both belong to one conversation', async () => {
    const cpr = fictionalCpr();
    await record(cpr, { fromDepartmentIds: [f.jobcentreId, f.eftId], toDepartmentIds: [f.jobcentreId, f.eftId] });
    const request = await exchange(cpr);
    const reply = ok(
      await api.gql<{ replyToExchange: { permitted: boolean; exchange: { id: string; conversationId: string } } }>(
        'mutation($input: ReplyToExchangeInput!) { replyToExchange(input: $input) { permitted exchange { id conversationId } } }',
        { input: { exchangeId: request.exchange.id, categories: ['FAMILY_SITUATION'], content: 'Familien har været i kontakt med os i 2024.' } },
        f.familyConsultant.token,
      ),
    );
    expect(reply.replyToExchange).toMatchObject({ permitted: true, exchange: { conversationId: request.exchange.conversationId } });
    const read = ok(await api.gql<{ exchangeContent: { content: string } }>('query($id: ID!) { exchangeContent(exchangeId: $id) { content } }', { id: reply.replyToExchange.exchange.id }, f.adviser.token));
    expect(read.exchangeContent.content).toContain('2024');
  });

  it('refuses every exchange from the moment a consent is withdrawn', async () => {
    const cpr = fictionalCpr();
    const consent = await record(cpr);
    expect((await exchange(cpr)).permitted).toBe(true);
    const withdrawn = ok(await api.gql<{ withdrawConsent: { status: string; withdrawnAt: string } }>('mutation($id: ID!) { withdrawConsent(id: $id) { status withdrawnAt } }', { id: consent.id }, f.bystander.token));
    expect(withdrawn.withdrawConsent.status).toBe('WITHDRAWN');
    expect((await exchange(cpr)).exchange.refusalReason).toBe('CONSENT_WITHDRAWN');
    const again = await api.gql('mutation($id: ID!) { withdrawConsent(id: $id) { status } }', { id: consent.id }, f.adviser.token);
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it("shows a citizen's consents with their state (and records the look-up)", async () => {
    const cpr = fictionalCpr();
    await record(cpr);
    await record(cpr, { validFrom: '2024-01-01T00:00:00Z', validTo: '2024-06-01T00:00:00Z' });
    const data = ok(await api.gql<{ citizenConsents: { status: string }[] }>('query($input: CitizenLookupInput!) { citizenConsents(input: $input) { status } }', { input: { cpr } }, f.adviser.token));
    expect(data.citizenConsents.map((c) => c.status)).toEqual(['ACTIVE', 'EXPIRED']);
    // The expiry became a ledger entry of its own, once, followed by the recorded look-up.
    ok(await api.gql('query($input: CitizenLookupInput!) { citizenConsents(input: $input) { status } }', { input: { cpr } }, f.adviser.token));
    const report = ok(await api.gql<{ citizenAccessReport: { entries: { kind: string }[] } }>('query($input: CitizenLookupInput!) { citizenAccessReport(input: $input) { entries { kind } } }', { input: { cpr } }, town.tokens.dpo));
    expect(report.citizenAccessReport.entries.map((e) => e.kind)).toEqual(['consent_granted', 'consent_granted', 'consent_expired', 'consent_lookup', 'consent_lookup', 'access_report']);
  });

  it('only lets staff share from their own department', async () => {
    const cpr = fictionalCpr();
    await record(cpr);
    const result = await api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, cpr) }, f.bystander.token);
    expect(result.errors?.[0]).toMatchObject({ message: 'You can only share personal data from your own department', extensions: { code: 'FORBIDDEN' } });
  });

  describe('bad input is refused without echoing personal data, and nothing is written', () => {
    it('an invalid CPR number', async () => {
      const result = await api.gql(RECORD_CONSENT, { input: consentInput(f, '310299-1234') }, f.adviser.token);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'cpr' } });
      expect(JSON.stringify(result)).not.toContain('310299');
    });

    it('a child under 15 consenting alone, or a custody holder without a relation', async () => {
      const youngChild = fictionalCpr('010115', '4'); // 7th digit 4 and year 15: born 2015
      const alone = await api.gql(RECORD_CONSENT, { input: consentInput(f, youngChild, { givenBy: 'CITIZEN' }) }, f.adviser.token);
      expect(alone.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'givenBy' } });
      const noRelation = await api.gql(RECORD_CONSENT, { input: consentInput(f, youngChild, { givenBy: 'CUSTODY_HOLDER' }) }, f.adviser.token);
      expect(noRelation.errors?.[0]).toMatchObject({ extensions: { field: 'custodyHolderRelation' } });
      const byMother = ok(await api.gql<{ recordConsent: { status: string } }>(RECORD_CONSENT, { input: consentInput(f, youngChild, { givenBy: 'CUSTODY_HOLDER', custodyHolderRelation: 'MOTHER' }) }, f.adviser.token));
      expect(byMother.recordConsent.status).toBe('ACTIVE');
    });

    it('a consent that ends before it begins', async () => {
      const result = await api.gql(RECORD_CONSENT, { input: consentInput(f, fictionalCpr(), { validTo: '2020-01-01T00:00:00Z' }) }, f.adviser.token);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'validTo' } });
    });
  });

  describe('statutory exchange without consent', () => {
    it('is permitted with a legal basis and a justification, and awaits the DPO’s review', async () => {
      const result = await exchange(fictionalCpr(), {
        legalBasis: 'CHILD_AT_RISK_NOTIFICATION',
        justification: 'Barnet har fortalt læreren om trusler om bortførelse; underretningspligten gælder.',
      });
      expect(result).toMatchObject({ permitted: true, exchange: { legalBasis: 'CHILD_AT_RISK_NOTIFICATION', reviewStatus: 'PENDING', consentId: null } });
      const pending = ok(await api.gql<{ exchangesPendingReview: { nodes: { id: string }[] } }>('{ exchangesPendingReview { nodes { id } } }', {}, town.tokens.dpo));
      expect(pending.exchangesPendingReview.nodes.map((n) => n.id)).toContain(result.exchange.id);
      const notForStaff = await api.gql('{ exchangesPendingReview { nodes { id } } }', {}, f.adviser.token);
      expect(notForStaff.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const reviewed = ok(await api.gql<{ markExchangeReviewed: { reviewStatus: string } }>('mutation($id: ID!) { markExchangeReviewed(id: $id) { reviewStatus } }', { id: result.exchange.id }, town.tokens.dpo));
      expect(reviewed.markExchangeReviewed.reviewStatus).toBe('REVIEWED');
      const read = ok(await api.gql<{ exchangeContent: { justification: string } }>('query($id: ID!) { exchangeContent(exchangeId: $id) { justification } }', { id: result.exchange.id }, f.familyConsultant.token));
      expect(read.exchangeContent.justification).toContain('underretningspligten');
    });

    it('is refused without a written justification, or on the unified-administration rule where not enabled', async () => {
      const noJustification = await api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, fictionalCpr(), { legalBasis: 'ACUTE_DANGER' }) }, f.adviser.token);
      expect(noJustification.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'justification' } });
      const unified = await api.gql(REQUEST_EXCHANGE, { input: exchangeInput(f, fictionalCpr(), { legalBasis: 'UNIFIED_ADMINISTRATION', justification: 'Relevant for samlet indsats i jobcentret og familieteamet.' }) }, f.adviser.token);
      expect(unified.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'legalBasis' } });
    });
  });

  describe('the ledger', () => {
    it('cannot be changed or deleted, by the runtime role or the owner', async () => {
      const runtime = new Client({ connectionString: process.env[TEST_ENV.appUrl] });
      await runtime.connect();
      try {
        await runtime.query('BEGIN');
        await runtime.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
        await expect(runtime.query("UPDATE ledger_entry SET content = '{}'")).rejects.toMatchObject({ code: '42501' });
        await runtime.query('ROLLBACK');
      } finally {
        await runtime.end();
      }
      const owner = await ownerDataSource();
      await expect(
        owner.transaction(async (manager) => {
          await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
          await manager.query('DELETE FROM ledger_entry');
        }),
      ).rejects.toThrow('the ledger is append-only');
    });

    it('verifies, and names the first entry edited out of band', async () => {
      const verified = ok(await api.gql<{ verifyLedger: { ok: boolean; size: number; headHash: string } }>('mutation { verifyLedger { ok size headHash firstInvalidPosition } }', {}, town.tokens.dpo));
      expect(verified.verifyLedger).toMatchObject({ ok: true });
      expect(verified.verifyLedger.size).toBeGreaterThan(20);
      expect(verified.verifyLedger.headHash).toMatch(/^[0-9a-f]{64}$/);

      // Tamper as the owner with the trigger disabled, as an attacker with database access would.
      const owner = await ownerDataSource();
      const tamperedPosition = await owner.transaction(async (manager) => {
        await manager.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
        await manager.query('ALTER TABLE ledger_entry DISABLE TRIGGER ledger_append_only');
        // Turn the first refusal into a permission.
        const [[row]] = await manager.query(
          `UPDATE ledger_entry SET content = replace(content, '"decision":"refused"', '"decision":"permitted"')
            WHERE position = (SELECT min(position) FROM ledger_entry WHERE content LIKE '%"decision":"refused"%') RETURNING position::int`,
        );
        await manager.query('ALTER TABLE ledger_entry ENABLE TRIGGER ledger_append_only');
        return row.position as number;
      });
      const broken = ok(await api.gql<{ verifyLedger: { ok: boolean; firstInvalidPosition: number; problem: string } }>('mutation { verifyLedger { ok firstInvalidPosition problem } }', {}, town.tokens.dpo));
      expect(broken.verifyLedger).toEqual({ ok: false, firstInvalidPosition: tamperedPosition, problem: `entry ${tamperedPosition} no longer gives its recorded hash: it was edited` });
    });
  });
});
