import { Injectable } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../src/platform/auth/allow.decorator';
import { Role } from '../../src/platform/auth/role.enum';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { consentInput, createConsentFixture, fictionalCpr, RECORD_CONSENT } from '../utils/consent-fixture';
import { ok } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

/** A nullable field that fails after the audited read in the same request (registered in this test only). */
@Resolver()
@Injectable()
class FailingSiblingResolver {
  @Allow(Role.STAFF)
  @Query(() => String, { nullable: true })
  failsAfterTheRead(): Promise<string> {
    // Resolved after the lookup has appended its ledger entry.
    return new Promise((_, reject) => setTimeout(() => reject(new Error('a fault after the audit point')), 50));
  }
}

const LOOKUP = 'query($cpr: String!) { citizenConsents(input: { cpr: $cpr }) { id } }';
const LOOKUP_THEN_FAIL = 'query($cpr: String!) { citizenConsents(input: { cpr: $cpr }) { id } failsAfterTheRead }';

describe('an audited read commits its ledger entry or returns nothing', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp({}, [FailingSiblingResolver]);
    town = await createMunicipality('Revision');
    const fixture = await createConsentFixture(api, town);
    cpr = fictionalCpr('150385');
    ok(await api.gql(RECORD_CONSENT, { input: consentInput(fixture, cpr) }, fixture.adviser.token));
  });
  let cpr: string;
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const lookups = async () => {
    const owner = await ownerDataSource();
    return owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return Number((await m.query("SELECT count(*)::int AS n FROM ledger_entry WHERE kind = 'consent_lookup'"))[0].n);
    });
  };

  it('records a successful lookup and returns its data', async () => {
    const before = await lookups();
    const result = await api.gql<{ citizenConsents: unknown[] }>(LOOKUP, { cpr }, town.tokens.member);
    expect(result.errors).toBeUndefined();
    expect(result.data?.citizenConsents).toHaveLength(1);
    expect(await lookups()).toBe(before + 1);
  });

  it('returns no data when a later field fails and the entry is rolled back with the request', async () => {
    const before = await lookups();
    const result = await api.gql<{ citizenConsents: unknown[] }>(LOOKUP_THEN_FAIL, { cpr }, town.tokens.member);
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await lookups()).toBe(before);
    expect(result.data ?? null).toBeNull();
  });
});
