/**
 * Prints a development token for a demo user:  npm run token -- gladsaxe.admin
 * Refuses in production, where tokens come from the identity provider only.
 */
import { loadConfig } from '../src/platform/config/app-config';
import { signDevToken } from '../src/platform/auth/dev-token';
import { DEMO_MUNICIPALITIES, findDemoUser } from '../src/demo/demo-municipalities';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.env === 'production' || !config.auth.devSecret) {
    console.error('Refused: development tokens cannot be minted in production or when AUTH_JWKS_URL is set.');
    process.exit(1);
  }
  const subject = process.argv[2];
  const found = subject ? findDemoUser(subject) : undefined;
  if (!found) {
    console.error('usage: npm run token -- <demo user>; the demo users are:');
    for (const municipality of DEMO_MUNICIPALITIES) {
      for (const staff of municipality.staff) console.error(`  ${staff.subject.padEnd(24)} ${staff.roles.join(', ')}`);
    }
    process.exit(2);
  }
  const token = await signDevToken(config.auth.devSecret, {
    subject: found.staff.subject,
    municipalityId: found.municipality.id,
    roles: found.staff.roles,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
