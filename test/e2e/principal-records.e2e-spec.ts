import { SignJWT } from 'jose';
import request from 'supertest';
import { signDevToken } from '../../src/platform/auth/dev-token';
import { Role } from '../../src/platform/auth/role.enum';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config/app-config';
import { grantFirstAdmin } from '../../src/organisation/roles/first-admin';
import { closeFactories, createMunicipality, ownerDataSource, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

const ME = '{ me { roles staffMember { id } } }';
const STAFF_LIST = '{ staffMembers { nodes { id displayName email } } }';
const CREATE_DEPARTMENT = 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }';
const GRANT = 'mutation($i: RoleGrantInput!) { grantRole(input: $i) { id role grantedBy } }';
const REVOKE = 'mutation($i: RoleGrantInput!) { revokeRole(input: $i) { id revokedAt } }';
const VERIFY = 'mutation { verifyLedger { ok } }';

/** Every operation a token alone used to open; each needs an active staff record now. */
const READS_AND_WRITES: [string, Record<string, unknown>?][] = [
  [STAFF_LIST],
  ['{ speakers { id } }'],
  ['{ dataFlowPolicies { id } }'],
  ['{ exchangesPendingReview { nodes { id } } }'],
  [VERIFY],
  [ME],
  [CREATE_DEPARTMENT, { i: { name: 'Ny afdeling', discipline: 'OTHER' } }],
];

describe('who may act comes from the municipality records, not from the token', () => {
  let api: TestApp;
  let town: TestMunicipality;
  let other: TestMunicipality;
  const subjectOf = (key: 'admin' | 'dpo' | 'member' | 'job', t = town) => Object.values(t.staff).find((s) => s.subject.startsWith(`${key}-`))!;
  const codes = (result: { errors?: { extensions: { code: string } }[] }) => (result.errors ?? []).map((e) => e.extensions.code);

  beforeAll(async () => {
    api = await createTestApp();
    [town, other] = await Promise.all([createMunicipality('Optegnelser'), createMunicipality('Anden')]);
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it("refuses a deactivated member's unexpired token on every operation, from the next request on", async () => {
    const victim = await createMunicipality('Fratraadt');
    const before = await api.gql(STAFF_LIST, {}, victim.tokens.admin);
    expect(before.errors).toBeUndefined();
    // A second admin deactivates the first (the municipality keeps an admin).
    const second = subjectOf('member', victim);
    const owner = await ownerDataSource();
    await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [victim.municipality.id]);
      await m.query("INSERT INTO role_grant (municipality_id, staff_id, role) VALUES ($1, $2, 'municipality_admin')", [victim.municipality.id, second.id]);
    });
    const secondAdmin = await victim.token(second.subject, [Role.STAFF, Role.MUNICIPALITY_ADMIN]);
    const deactivated = await api.gql('mutation($id: ID!) { deactivateStaffMember(id: $id) { active } }', { id: subjectOf('admin', victim).id }, secondAdmin);
    expect(deactivated.errors).toBeUndefined();
    for (const [query, variables] of READS_AND_WRITES) {
      const result = await api.gql(query, variables ?? {}, victim.tokens.admin);
      expect({ query, codes: codes(result), data: result.data ?? null }).toEqual({ query, codes: ['FORBIDDEN'], data: null });
    }
  });

  it("stops a deactivated member's calendar feed at once", async () => {
    const leaver = await createMunicipality('Kalender');
    const member = subjectOf('member', leaver);
    const memberToken = await leaver.token(member.subject);
    const created = await api.gql<{ createCalendarFeed: { path: string } }>('mutation { createCalendarFeed { path } }', {}, memberToken);
    const path = created.data!.createCalendarFeed.path;
    expect((await request(api.app.getHttpServer()).get(path)).status).toBe(200);
    expect((await api.gql('mutation($id: ID!) { deactivateStaffMember(id: $id) { active } }', { id: member.id }, leaver.tokens.admin)).errors).toBeUndefined();
    expect((await request(api.app.getHttpServer()).get(path)).status).toBe(404);
  });

  it("refuses a token whose subject is no staff member of the token's municipality (unregistered, or another municipality's)", async () => {
    const unregistered = await town.token('nobody-here', [Role.STAFF, Role.MUNICIPALITY_ADMIN, Role.DATA_PROTECTION_OFFICER]);
    const foreign = await signDevToken(DEVELOPMENT_JWT_SECRET, { subject: subjectOf('admin', other).subject, municipalityId: town.municipality.id, roles: [Role.STAFF, Role.MUNICIPALITY_ADMIN] });
    for (const token of [unregistered, foreign]) {
      for (const [query, variables] of READS_AND_WRITES) {
        const result = await api.gql(query, variables ?? {}, token);
        expect({ query, codes: codes(result) }).toEqual({ query, codes: ['FORBIDDEN'] });
      }
    }
  });

  it('gives no role the records do not hold, whatever the roles claim says', async () => {
    const claimsEverything = await town.token(subjectOf('member').subject, [Role.STAFF, Role.MUNICIPALITY_ADMIN, Role.DATA_PROTECTION_OFFICER]);
    expect(codes(await api.gql(STAFF_LIST, {}, claimsEverything))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(VERIFY, {}, claimsEverything))).toEqual(['FORBIDDEN']);
    const me = await api.gql<{ me: { roles: string[] } }>(ME, {}, claimsEverything);
    expect(me.data?.me.roles).toEqual(['STAFF']);
  });

  it('takes the roles from the grants when the token has no roles claim, and lets a claim narrow them', async () => {
    const admin = subjectOf('admin');
    const noClaim = await new SignJWT({ municipality_id: town.municipality.id }).setProtectedHeader({ alg: 'HS256' }).setSubject(admin.subject).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));
    expect((await api.gql<{ me: { roles: string[] } }>(ME, {}, noClaim)).data?.me.roles.sort()).toEqual(['MUNICIPALITY_ADMIN', 'STAFF']);
    const narrowed = await town.token(admin.subject, [Role.STAFF]);
    expect(codes(await api.gql(STAFF_LIST, {}, narrowed))).toEqual(['FORBIDDEN']);
  });

  it('lets an admin grant and withdraw the DPO role, effective at the next request, each step in the ledger', async () => {
    const member = subjectOf('member');
    const memberToken = await town.token(member.subject, [Role.STAFF, Role.DATA_PROTECTION_OFFICER]);
    expect(codes(await api.gql(VERIFY, {}, memberToken))).toEqual(['FORBIDDEN']);

    const granted = await api.gql<{ grantRole: { role: string; grantedBy: string } }>(GRANT, { i: { staffId: member.id, role: 'DATA_PROTECTION_OFFICER' } }, town.tokens.admin);
    expect(granted.errors).toBeUndefined();
    expect(granted.data?.grantRole).toMatchObject({ role: 'DATA_PROTECTION_OFFICER', grantedBy: subjectOf('admin').id });
    expect((await api.gql<{ verifyLedger: { ok: boolean } }>(VERIFY, {}, memberToken)).data?.verifyLedger.ok).toBe(true);
    expect(codes(await api.gql(GRANT, { i: { staffId: member.id, role: 'DATA_PROTECTION_OFFICER' } }, town.tokens.admin))).toEqual(['CONFLICT']);

    expect((await api.gql(REVOKE, { i: { staffId: member.id, role: 'DATA_PROTECTION_OFFICER' } }, town.tokens.admin)).errors).toBeUndefined();
    expect(codes(await api.gql(VERIFY, {}, memberToken))).toEqual(['FORBIDDEN']);

    const owner = await ownerDataSource();
    const kinds = await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      return (await m.query("SELECT kind, content FROM ledger_entry WHERE kind LIKE 'role_%' ORDER BY position")) as { kind: string; content: string }[];
    });
    expect(kinds.map((k) => k.kind)).toEqual(['role_granted', 'role_revoked']);
    expect(JSON.parse(kinds[0].content)).toMatchObject({ holderId: member.id, role: 'data_protection_officer', staffId: subjectOf('admin').id });
  });

  it('refuses to withdraw the last municipality admin, and refuses grants from anyone but an admin', async () => {
    const admin = subjectOf('admin');
    expect(codes(await api.gql(REVOKE, { i: { staffId: admin.id, role: 'MUNICIPALITY_ADMIN' } }, town.tokens.admin))).toEqual(['CONFLICT']);
    expect(codes(await api.gql(GRANT, { i: { staffId: subjectOf('member').id, role: 'MUNICIPALITY_ADMIN' } }, town.tokens.dpo))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(GRANT, { i: { staffId: subjectOf('member', other).id, role: 'MUNICIPALITY_ADMIN' } }, town.tokens.admin))).toEqual(['NOT_FOUND']);
  });

  it("provisions a municipality's first admin from the operator's command, once", async () => {
    const owner = await ownerDataSource();
    const fresh = await createMunicipality('Ny');
    const spec = { municipalityId: fresh.municipality.id, subject: 'first-admin', displayName: 'Første admin', email: 'first@test.invalid', departmentName: 'Direktionen' };
    expect(await grantFirstAdmin(owner, spec)).toMatchObject({ created: true, granted: true });
    expect(await grantFirstAdmin(owner, spec)).toMatchObject({ created: false, granted: false });
    const token = await fresh.token('first-admin', [Role.STAFF, Role.MUNICIPALITY_ADMIN]);
    expect((await api.gql(STAFF_LIST, {}, token)).errors).toBeUndefined();
  });

  it("finds the caller by a subject with quotes, backslashes and other characters a literal must escape (it is sent inlined with the transaction's start), and no one by a subject no record holds", async () => {
    const subject = `o'brien\\"; SELECT 1; --æøå-${Date.now()}`;
    const owner = await ownerDataSource();
    await owner.transaction(async (m) => {
      await m.query("SELECT set_config('app.municipality_id', $1, true)", [town.municipality.id]);
      await m.query('INSERT INTO staff_user (municipality_id, subject, display_name, email, department_id) VALUES ($1, $2, $3, $4, $5)', [town.municipality.id, subject, 'Særlig Tegnsen', 'tegn@test.invalid', subjectOf('member').departmentId]);
    });
    const me = await api.gql<{ me: { staffMember: { id: string } } }>(ME, {}, await town.token(subject, [Role.STAFF]));
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.staffMember.id).toEqual(expect.any(String));
    for (const stranger of [`${subject}x`, "' OR ''='", 'x'.repeat(300), 'nul\u0000byte']) {
      expect(codes(await api.gql(ME, {}, await town.token(stranger, [Role.STAFF])))).toEqual(['FORBIDDEN']);
    }
  });

  it('lists who holds which role, for the admin and the DPO', async () => {
    const result = await api.gql<{ roleGrants: { staffId: string; role: string }[] }>('{ roleGrants { staffId role } }', {}, town.tokens.dpo);
    expect(result.data?.roleGrants).toEqual(expect.arrayContaining([
      { staffId: subjectOf('admin').id, role: 'MUNICIPALITY_ADMIN' },
      { staffId: subjectOf('dpo').id, role: 'DATA_PROTECTION_OFFICER' },
    ]));
    expect(codes(await api.gql('{ roleGrants { id } }', {}, town.tokens.member))).toEqual(['FORBIDDEN']);
  });
});

describe('token lifetimes', () => {
  let api: TestApp;
  let town: TestMunicipality;
  const key = new TextEncoder().encode(DEVELOPMENT_JWT_SECRET);
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality('Levetid');
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  const jwt = (times: { exp?: number; iat?: number; nbf?: number }) => {
    const token = new SignJWT({ municipality_id: town.municipality.id, roles: ['staff'], ...times }).setProtectedHeader({ alg: 'HS256' }).setSubject(Object.values(town.staff)[2].subject);
    return token.sign(key);
  };
  const meCode = async (token: string) => (await api.gql(ME, {}, token)).errors?.[0]?.extensions.code ?? 'OK';

  it('requires exp, refuses a lifetime over 12 hours, honours nbf and iat within 60 seconds', async () => {
    expect(await meCode(await jwt({ iat: now() }))).toBe('UNAUTHENTICATED');
    expect(await meCode(await jwt({ iat: now(), exp: now() + 10 * 365 * 24 * 3600 }))).toBe('UNAUTHENTICATED');
    expect(await meCode(await jwt({ exp: now() + 13 * 3600 }))).toBe('UNAUTHENTICATED');
    expect(await meCode(await jwt({ iat: now() - 3600, exp: now() + 11 * 3600 + 30 }))).toBe('OK');
    expect(await meCode(await jwt({ iat: now(), exp: now() + 3600, nbf: now() + 300 }))).toBe('UNAUTHENTICATED');
    expect(await meCode(await jwt({ iat: now(), exp: now() + 3600, nbf: now() + 30 }))).toBe('OK');
    expect(await meCode(await jwt({ iat: now() + 300, exp: now() + 3600 }))).toBe('UNAUTHENTICATED');
    expect(await meCode(await jwt({ exp: now() - 120 }))).toBe('UNAUTHENTICATED');
  });
});
