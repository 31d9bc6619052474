import { Injectable } from '@nestjs/common';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../src/platform/auth/allow.decorator';
import { Role } from '../../src/platform/auth/role.enum';
import { TenantDatabase } from '../../src/platform/database/tenant-database';
import { Department } from '../../src/organisation/departments/department.entity';
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

  /**
   * Reads a department through the request's loader, changes it in memory and
   * saves it, then deadlocks: a retry that reused the loader's entity would
   * append the mark twice.
   */
  @Allow(Role.STAFF)
  @Mutation(() => String)
  async markThenLock(@Args('mark') mark: string, @Args('other') other: string): Promise<string> {
    const manager = await this.db.manager();
    const department = await this.db.byIdLoader(Department, 'The department').load(mark);
    department.name = `${department.name}+`;
    await manager.save(Department, department);
    await manager.query('SELECT pg_sleep(0.3)');
    await manager.query('UPDATE department SET name = name WHERE id = $1', [other]);
    return department.name;
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

  it('runs the retry against fresh data: what the failed attempt changed in memory is forgotten', async () => {
    const [a, b] = [town.departments.ssp.id, town.departments.housing.id];
    const mutation = 'mutation($mark: String!, $other: String!) { markThenLock(mark: $mark, other: $other) }';
    const [one, two] = await Promise.all([api.gql<{ markThenLock: string }>(mutation, { mark: a, other: b }, town.tokens.member), api.gql<{ markThenLock: string }>(mutation, { mark: b, other: a }, town.tokens.member)]);
    expect(one.errors).toBeUndefined();
    expect(two.errors).toBeUndefined();
    const names = (await api.gql<{ departments: { id: string; name: string }[] }>('{ departments { id name } }', {}, town.tokens.member)).data!.departments;
    expect(names.find((d) => d.id === a)?.name).toBe('SSP+');
    expect(names.find((d) => d.id === b)?.name).toBe('Boligsocialt team+');
    expect([one.data?.markThenLock, two.data?.markThenLock].sort()).toEqual(['Boligsocialt team+', 'SSP+']);
  }, 30_000);
});
