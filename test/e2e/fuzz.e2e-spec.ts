import { GraphQLSchemaHost } from '@nestjs/graphql';
import { signDevToken } from '../../src/platform/auth/dev-token';
import { Role } from '../../src/platform/auth/role.enum';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config/app-config';
import { fuzz, FuzzTarget, sweepForeignIds } from '../fuzz/graphql-fuzzer';
import { closeFactories, createMunicipality } from '../utils/factories';
import { createNetwork, scheduleMeeting } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';
import { NEXT_YEAR } from '../utils/clock';

/** The reduced run for CI; `npm run fuzz` sends 10,000. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 600);

describe(`fuzzing the GraphQL endpoint (${REQUESTS} requests)`, () => {
  let api: TestApp;
  let target: FuzzTarget;
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('answers every malformed, hostile or foreign request without a 5xx, with a code on every error, and never with another municipality’s data', async () => {
    api = await createTestApp(); // rate limits are lifted in tests: the fuzzer sends thousands of requests from one address
    const [a, b] = [await createMunicipality('A'), await createMunicipality('B')];
    const netA = await createNetwork(api, a);
    const netB = await createNetwork(api, b);
    const meetingB = await scheduleMeeting(api, netB, new Date(`${NEXT_YEAR}-05-04T10:00:00Z`));
    const tokens = [a.tokens.admin, a.tokens.dpo, a.tokens.member, netA.coordinator.token, netA.health.token];
    const badTokens = [
      await signDevToken(DEVELOPMENT_JWT_SECRET, { subject: 'x', municipalityId: a.municipality.id, roles: [Role.STAFF], expiresIn: -60 }),
      await signDevToken('a-forged-secret-that-is-long-enough-0123456789', { subject: 'x', municipalityId: a.municipality.id, roles: [Role.MUNICIPALITY_ADMIN] }),
      'not.a.jwt',
      `${a.tokens.admin.slice(0, -4)}AAAA`,
    ];
    const foreignIds = [b.municipality.id, netB.networkId, meetingB, ...Object.values(b.departments).map((d) => d.id), ...Object.values(b.staff).map((s) => s.id)];
    target = { server: api.app.getHttpServer(), schema: api.app.get(GraphQLSchemaHost).schema, tokens, badTokens, foreignIds };
    const report = await fuzz(target, REQUESTS, 20261124);
    console.log(JSON.stringify({ requests: report.requests, byStatus: report.byStatus, codes: report.codes }));
    expect(report.serverErrors).toEqual([]);
    expect(report.errorsWithoutCode).toEqual([]);
    expect(report.foreignIdLeaks).toEqual([]);
    expect(report.requests).toBe(REQUESTS);
  }, 300_000);

  it("returns nothing of another municipality from any operation called with that municipality's ids", async () => {
    const report = await sweepForeignIds(target);
    console.log(JSON.stringify({ sweep: report.requests, byStatus: report.byStatus, codes: report.codes }));
    expect(report.requests).toBeGreaterThan(500);
    expect(report.serverErrors).toEqual([]);
    expect(report.errorsWithoutCode).toEqual([]);
    expect(report.foreignIdLeaks).toEqual([]);
  }, 300_000);
});
