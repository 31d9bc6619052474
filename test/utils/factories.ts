import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { signDevToken } from '../../src/platform/auth/dev-token';
import { GrantableRole, Role } from '../../src/platform/auth/role.enum';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config/app-config';
import { ownerDataSourceOptions } from '../../src/platform/database/data-source-options';
import { ENTITIES } from '../../src/entities';
import { Discipline } from '../../src/organisation/departments/discipline.enum';
import { isUniqueViolation } from '../../src/platform/errors/app-error';
import { provisionMunicipality, ProvisionedMunicipality } from '../../src/organisation/municipalities/municipality-provisioning';
import { TEST_ENV } from '../setup/test-database';

let owner: Promise<DataSource> | undefined;

/** The owner connection, for factories and SQL-level assertions. Closed by `closeFactories`. */
export function ownerDataSource(): Promise<DataSource> {
  owner ??= new DataSource(ownerDataSourceOptions(process.env[TEST_ENV.ownerUrl]!, ENTITIES)).initialize();
  return owner;
}

export async function closeFactories(): Promise<void> {
  if (owner) await (await owner).destroy();
  owner = undefined;
}

export interface TestMunicipality extends ProvisionedMunicipality {
  tokens: { admin: string; dpo: string; member: string; jobcentre: string };
  token(subject: string, roles?: Role[]): Promise<string>;
}

/**
 * A municipality with one department per core discipline, an admin, a
 * data-protection officer and two members, with tokens for each.
 */
export async function createMunicipality(name = 'Test Kommune'): Promise<TestMunicipality> {
  const suffix = randomUUID().slice(0, 8);
  const spec = {
    name: `${name} ${suffix}`,
    departments: [
      { key: 'health', name: 'Sundhedsplejen', discipline: Discipline.HEALTH_VISITING },
      { key: 'school', name: 'Skolen', discipline: Discipline.SCHOOL },
      { key: 'ssp', name: 'SSP', discipline: Discipline.SSP },
      { key: 'housing', name: 'Boligsocialt team', discipline: Discipline.HOUSING_SOCIAL_WORK },
      { key: 'jobcentre', name: 'Jobcenter', discipline: Discipline.JOBCENTRE },
    ],
    staff: [
      { subject: `admin-${suffix}`, displayName: 'Admin', email: `admin-${suffix}@test.invalid`, departmentKey: 'ssp', roles: [GrantableRole.MUNICIPALITY_ADMIN] },
      { subject: `dpo-${suffix}`, displayName: 'DPO', email: `dpo-${suffix}@test.invalid`, departmentKey: 'ssp', roles: [GrantableRole.DATA_PROTECTION_OFFICER] },
      { subject: `member-${suffix}`, displayName: 'Member', email: `member-${suffix}@test.invalid`, departmentKey: 'health' },
      { subject: `job-${suffix}`, displayName: 'Job adviser', email: `job-${suffix}@test.invalid`, departmentKey: 'jobcentre' },
    ],
  };
  const provisioned = await withFreeCode((code) => ownerDataSource().then((ds) => provisionMunicipality(ds, { ...spec, code })));
  const token = (subject: string, roles: Role[] = [Role.STAFF]) =>
    signDevToken(DEVELOPMENT_JWT_SECRET, { subject, municipalityId: provisioned.municipality.id, roles });
  return {
    ...provisioned,
    token,
    tokens: {
      admin: await token(`admin-${suffix}`, [Role.STAFF, Role.MUNICIPALITY_ADMIN]),
      dpo: await token(`dpo-${suffix}`, [Role.STAFF, Role.DATA_PROTECTION_OFFICER]),
      member: await token(`member-${suffix}`),
      jobcentre: await token(`job-${suffix}`),
    },
  };
}

/** Municipality codes are four digits and unique; retry on the rare collision between parallel tests. */
async function withFreeCode<T>(create: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create(String(randomInt(1000, 10_000)));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt > 20) throw error;
    }
  }
}
