import { Injectable } from '@nestjs/common';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../src/platform/auth/allow.decorator';
import { Role } from '../../src/platform/auth/role.enum';
import { TenantDatabase } from '../../src/platform/database/tenant-database';
import { closeFactories, createMunicipality, TestMunicipality } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

/**
 * Test-only mutation that locks two rows in a given order with a pause in
 * between: two of them in opposite orders deadlock in PostgreSQL for real.
 */
@Resolver()
@Injectable()
class LockOrderResolver {
  static attempts = 0;
  constructor(private readonly db: TenantDatabase) {}

  @Allow(Role.STAFF)
  @Mutation(() => Int)
  async lockInOrder(@Args('first') first: string, @Args('second') second: string): Promise<number> {
    LockOrderResolver.attempts += 1;
    const manager = await this.db.manager();
    await manager.query('UPDATE department SET name = name WHERE id = $1', [first]);
    await manager.query('SELECT pg_sleep(0.3)');
    await manager.query('UPDATE department SET name = name WHERE id = $1', [second]);
    return LockOrderResolver.attempts;
  }
}

describe('deadlock retries', () => {
  let api: TestApp;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await createTestApp({}, [LockOrderResolver]);
    town = await createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await closeFactories();
  });

  it('retries the deadlock victim, so both of two opposite-order mutations succeed', async () => {
    const [a, b] = [town.departments.health.id, town.departments.school.id];
    const mutation = 'mutation($first: String!, $second: String!) { lockInOrder(first: $first, second: $second) }';
    LockOrderResolver.attempts = 0;
    const [one, two] = await Promise.all([
      api.gql(mutation, { first: a, second: b }, town.tokens.member),
      api.gql(mutation, { first: b, second: a }, town.tokens.member),
    ]);
    expect(one.errors).toBeUndefined();
    expect(two.errors).toBeUndefined();
    expect(LockOrderResolver.attempts).toBe(3); // two first attempts, one of them a deadlock victim run again
  }, 30_000);
});
