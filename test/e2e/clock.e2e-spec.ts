import { travelTo } from '../../src/platform/clock/clock';
import { consentInput, createConsentFixture, ConsentFixture, exchangeInput, ExchangeResult, fictionalCpr, RECORD_CONSENT, REQUEST_EXCHANGE } from '../utils/consent-fixture';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const DAY = 24 * 3600_000;

/** The service's clock is the tests' to set: a consent's end is tested on the day after it, not by waiting for it. */
describe('the service runs on an injected clock', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let fixture: ConsentFixture;
  let back: (() => void) | undefined;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Ur');
    fixture = await createConsentFixture(api, town);
  });
  afterEach(() => back?.());
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('decides consent validity by the clock it is given', async () => {
    const cpr = fictionalCpr('120788');
    const validTo = new Date(Date.now() + 10 * DAY);
    ok(await api.gql(RECORD_CONSENT, { input: consentInput(fixture, cpr, { validTo: validTo.toISOString() }) }, fixture.adviser.token));
    const exchange = async () => ok(await api.gql<ExchangeResult>(REQUEST_EXCHANGE, { input: exchangeInput(fixture, cpr) }, fixture.adviser.token)).requestExchange.exchange;

    expect((await exchange()).decision).toBe('PERMITTED');
    back = travelTo(new Date(validTo.getTime() + DAY));
    expect(await exchange()).toMatchObject({ decision: 'REFUSED', refusalReason: 'CONSENT_EXPIRED' });
    back();
    expect((await exchange()).decision).toBe('PERMITTED');
  });
});
