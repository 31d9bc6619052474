/**
 * Gives a municipality its first admin (later grants are made in the product).
 *
 *   DATABASE_URL=<owner url> npm run grant-first-admin -- <municipality id> <subject> [<name> <e-mail> <department>]
 *
 * Name, e-mail and department are needed only when the subject has no staff record yet.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../src/entities';
import { ownerDataSourceOptions } from '../src/platform/database/data-source-options';
import { grantFirstAdmin } from '../src/organisation/roles/first-admin';

async function main(): Promise<void> {
  const [municipalityId, subject, displayName, email, departmentName] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url || !municipalityId || !subject) {
    console.error('usage: DATABASE_URL=<owner url> npm run grant-first-admin -- <municipality id> <subject> [<name> <e-mail> <department>]');
    process.exit(2);
  }
  const owner = await new DataSource(ownerDataSourceOptions(url, ENTITIES)).initialize();
  try {
    const result = await grantFirstAdmin(owner, { municipalityId, subject, displayName, email, departmentName });
    console.log(result.granted ? `granted municipality_admin to staff ${result.staffId}${result.created ? ' (staff record created)' : ''}` : `staff ${result.staffId} is already an admin`);
  } finally {
    await owner.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
