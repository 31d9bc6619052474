import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config/app-config';

/**
 * Secrets for a service on the test database. With DATABASE_URL set the
 * service refuses to fall back on development values, so tests give their
 * own (and sign tokens with the development secret, named explicitly).
 */
export const TEST_SECRETS = {
  AUTH_DEV_SECRET: DEVELOPMENT_JWT_SECRET,
  CPR_HASH_SECRET: 'test-only-cpr-hash-secret-0123456789abcdef',
  EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 'test-content-key').toString('base64'),
  LINK_SIGNING_SECRET: 'test-only-link-signing-secret-0123456789abcdef',
  LEDGER_SIGNING_KEY: Buffer.alloc(32, 'test-ledger-key').toString('base64'),
} as const;
