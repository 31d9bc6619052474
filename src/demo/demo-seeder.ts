import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from '../platform/database/data-source-options';
import { ENTITIES } from '../entities';
import { TENANT_SETTING } from '../platform/database/database-roles';
import { GrantableRole, Role } from '../platform/auth/role.enum';
import { Municipality } from '../organisation/municipalities/municipality.entity';
import { provisionMunicipality } from '../organisation/municipalities/municipality-provisioning';
import { DEMO_MUNICIPALITIES } from './demo-municipalities';
import { seedDemoCaseload, seedDemoPreparednessPlan, seedDemoUpskilling } from './demo-counselling';
import { seedDemoDataFlows, seedDemoNetwork } from './demo-networks';
import { seedDemoCommunity } from './demo-community';
import { Keyring } from '../platform/crypto/content-cipher';

/**
 * Loads each demo municipality that is not there yet; returns the names loaded.
 * Idempotent, so every start may call it. `keyring` seals the demo's contact
 * details as the service will open them.
 */
export async function seedDemoData(ownerUrl: string, keyring: Keyring): Promise<string[]> {
  const owner = await new DataSource(ownerDataSourceOptions(ownerUrl, ENTITIES)).initialize();
  const loaded: string[] = [];
  try {
    for (const demo of DEMO_MUNICIPALITIES) {
      // Row-level security is forced for the owner too: look as that tenant.
      const exists = await owner.transaction(async (manager) => {
        await manager.query('SELECT set_config($1, $2, true)', [TENANT_SETTING, demo.id]);
        return manager.exists(Municipality, { where: { id: demo.id } });
      });
      if (exists) continue;
      await provisionMunicipality(
        owner,
        {
          ...demo,
          staff: demo.staff.map(({ subject, displayName, departmentKey, roles }) => ({ subject, displayName, departmentKey, email: `${subject}@demo.invalid`, roles: grantsOf(roles) })),
        },
        async (manager, provisioned) => {
          const networkId = await seedDemoNetwork(manager, provisioned, demo.network);
          await seedDemoDataFlows(manager, provisioned, demo);
          if (demo.counsellorCaseload) await seedDemoCaseload(manager, provisioned, demo.network.name);
          if (demo.preparednessPlan) await seedDemoPreparednessPlan(manager, provisioned, demo.network.coordinator);
          for (const extra of demo.extraNetworks ?? []) await seedDemoNetwork(manager, provisioned, extra);
          if (demo.upskilling) await seedDemoUpskilling(manager, provisioned, demo.upskilling);
          if (demo.community) await seedDemoCommunity(manager, provisioned, demo.community, networkId, keyring);
        },
      );
      loaded.push(demo.name);
    }
    return loaded;
  } finally {
    await owner.destroy();
  }
}

/** The demo's admins and DPOs hold their roles by grant, as a real municipality's do. */
function grantsOf(roles: Role[]): GrantableRole[] {
  return roles.filter((role): role is Role & GrantableRole => (Object.values(GrantableRole) as string[]).includes(role)) as GrantableRole[];
}
