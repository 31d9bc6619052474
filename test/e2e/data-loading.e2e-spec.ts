import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createNetwork } from '../utils/network-fixture';
import { createTestApp, TestApp } from '../utils/test-app';

const PAGE = 'query($first: Int) { staffMembers(page: { first: $first }) { nodes { id department { name } } pageInfo { hasNextPage endCursor } } }';

describe('data loading', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp();
    town = await createMunicipality();
    const departments = Object.values(town.departments);
    for (let i = 0; i < 40; i++) {
      const result = await api.gql(
        'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
        { input: { subject: `extra-${i}`, displayName: `Extra ${String(i).padStart(2, '0')}`, email: `extra-${i}@test.invalid`, departmentId: departments[i % departments.length].id } },
        town.tokens.admin,
      );
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('sends the same number of SQL statements for 2 and for 40 staff with their departments (no N+1)', async () => {
    const small = await api.gql(PAGE, { first: 2 }, town.tokens.admin);
    const large = await api.gql(PAGE, { first: 40 }, town.tokens.admin);
    expect((large.data as { staffMembers: { nodes: unknown[] } }).staffMembers.nodes).toHaveLength(40);
    expect(small.extensions?.diagnostics?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.diagnostics?.sqlStatements).toBe(small.extensions?.diagnostics?.sqlStatements);
  });

  it("reads the caller's memberships with the principal: a network's name costs one statement more than the caller's own roles", async () => {
    const net = await createNetwork(api, await createMunicipality('Medlemskaber')); // its own: the paging test counts this town's staff
    const statements = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await api.gql(query, variables, net.health.token);
      expect(result.errors).toBeUndefined();
      return result.extensions?.diagnostics?.sqlStatements as number;
    };
    const own = await statements('{ me { roles } }');
    // The network row; its membership check reads nothing (before: the memberships were one more statement).
    expect(await statements('query($id: ID!) { network(id: $id) { name } }', { id: net.networkId })).toBe(own + 1);
  });

  it('pages through all staff with the cursor, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: { staffMembers: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } = await api.gql(
        'query($after: String) { staffMembers(page: { first: 7, after: $after }) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
        town.tokens.admin,
      );
      seen.push(...page.data!.staffMembers.nodes.map((n) => n.id));
      after = page.data!.staffMembers.pageInfo.hasNextPage ? page.data!.staffMembers.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(44);
    expect(new Set(seen).size).toBe(44);
  });
});
