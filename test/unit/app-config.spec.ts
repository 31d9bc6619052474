import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from '../../src/platform/config/app-config';

const DB = { DATABASE_URL: 'postgres://owner@db:5432/nsk', DATABASE_APP_URL: 'postgres://app@db:5432/nsk' };
/** What a real database needs besides its URLs, outside production. */
const SECRETS = {
  AUTH_DEV_SECRET: 'a-test-signing-secret-of-at-least-32-chars',
  CPR_HASH_SECRET: 'a-test-cpr-hash-secret-of-at-least-32-chars',
  EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 7).toString('base64'),
  LINK_SIGNING_SECRET: 'a-test-link-secret-of-at-least-32-chars',
};
/** Production: the runtime role only (migrations are `npm run migrate`, with the owner's URL, elsewhere). */
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_APP_URL: DB.DATABASE_APP_URL,
  AUTH_JWKS_URL: 'https://idp.example/jwks',
  AUTH_ISSUER: 'https://idp.example',
  AUTH_AUDIENCE: 'nsk',
  CPR_HASH_SECRET: 'a-production-secret-of-at-least-32-chars',
  EXCHANGE_CONTENT_KEY: Buffer.alloc(32, 9).toString('base64'),
  LINK_SIGNING_SECRET: 'a-production-link-secret-of-32-chars-or-more',
  LEDGER_SIGNING_KEY: Buffer.alloc(32, 'production-ledger').toString('base64'),
};

const failure = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('configuration', () => {
  it('runs with no configuration at all: development, embedded database, demo data, development tokens', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      demoData: true,
      database: { ownerUrl: undefined, embeddedDir: '.data/postgres' },
      auth: { devSecret: DEVELOPMENT_JWT_SECRET },
      graphql: { introspection: true, exposeDiagnostics: false },
    });
  });

  it('uses the given database without demo data unless asked', () => {
    expect(loadConfig({ ...DB, ...SECRETS })).toMatchObject({ demoData: false, database: { ownerUrl: DB.DATABASE_URL, appUrl: DB.DATABASE_APP_URL } });
    expect(loadConfig({ ...DB, ...SECRETS, DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it.each(['development', 'test', undefined])('fails closed with a real database (NODE_ENV=%s): every missing secret stops the start, named', (env) => {
    const base = { ...DB, ...SECRETS, ...(env ? { NODE_ENV: env } : {}) };
    for (const name of ['CPR_HASH_SECRET', 'EXCHANGE_CONTENT_KEY', 'LINK_SIGNING_SECRET'] as const) {
      const { [name]: _left, ...without } = base;
      expect(failure(without)).toMatch(new RegExp(`^Configuration error: ${name} must be set when DATABASE_URL is set`));
    }
    const { AUTH_DEV_SECRET: _secret, ...noTokens } = base;
    expect(failure(noTokens)).toMatch(/^Configuration error: AUTH_JWKS_URL must be set when DATABASE_URL is set/);
    // Given, they are used; the development values never are.
    const config = loadConfig(base);
    expect(config.auth.devSecret).toBe(SECRETS.AUTH_DEV_SECRET);
    expect(config.crypto.cprHashSecret.toString()).toBe(SECRETS.CPR_HASH_SECRET);
  });

  it('keeps the development secrets for the embedded database only', () => {
    const embedded = loadConfig({ NODE_ENV: 'test' });
    expect(embedded.auth.devSecret).toBe(DEVELOPMENT_JWT_SECRET);
    expect(loadConfig({ ...DB, ...SECRETS, AUTH_DEV_SECRET: undefined, AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }).auth.devSecret).toBeUndefined();
  });

  it('accepts a complete production configuration: no dev secret, no introspection', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.auth.devSecret).toBeUndefined();
    expect(config.graphql).toMatchObject({ introspection: false, exposeDiagnostics: false });
  });

  it.each([
    [{ PORT: 'abc' }, 'Configuration error: PORT must be an integer number'],
    [{ PORT: '70000' }, 'Configuration error: PORT must not be greater than 65535'],
    [{ NODE_ENV: 'staging' }, 'Configuration error: NODE_ENV must be one of the following values: development, test, production'],
    [{ DATABASE_URL: 'mysql://x' }, 'Configuration error: DATABASE_URL must be a URL address'],
    [{ DATABASE_URL: DB.DATABASE_URL }, "Configuration error: DATABASE_APP_URL must be set when DATABASE_URL is set (the runtime role's connection)"],
    [{ AUTH_DEV_SECRET: 'short' }, 'Configuration error: AUTH_DEV_SECRET must be longer than or equal to 32 characters'],
    [{ AUTH_JWKS_URL: 'https://idp.example/jwks' }, 'Configuration error: AUTH_ISSUER and AUTH_AUDIENCE must be set with AUTH_JWKS_URL'],
    [{ GRAPHQL_MAX_BODY: 'lots' }, 'Configuration error: GRAPHQL_MAX_BODY must match /^\\d+(kb|mb)$/ regular expression'],
    [{ NODE_ENV: 'production', AUTH_JWKS_URL: PRODUCTION.AUTH_JWKS_URL }, 'Configuration error: DATABASE_APP_URL must be set in production (the embedded database is for development)'],
    [{ ...PRODUCTION, DATABASE_URL: DB.DATABASE_URL }, "Configuration error: DATABASE_URL must not be set in production: the service runs as the runtime role only (DATABASE_APP_URL); run `npm run migrate` with the owner's DATABASE_URL before it starts"],
    [{ DATABASE_APP_URL: DB.DATABASE_APP_URL, NODE_ENV: 'production' }, 'Configuration error: AUTH_JWKS_URL must be set in production (tokens are verified against the identity provider)'],
    [{ ...PRODUCTION, LEDGER_SIGNING_KEY: undefined }, "Configuration error: LEDGER_SIGNING_KEY must be set in production (signs the ledger's checkpoints; keep it outside the database)"],
    [{ ...PRODUCTION, AUTH_DEV_SECRET: DEVELOPMENT_JWT_SECRET }, 'Configuration error: AUTH_DEV_SECRET must not be set in production'],
    [{ ...PRODUCTION, EXCHANGE_CONTENT_KEY: undefined }, 'Configuration error: CPR_HASH_SECRET and EXCHANGE_CONTENT_KEY must be set in production (personal data at rest)'],
    [{ EXCHANGE_CONTENT_KEY: 'c2hvcnQ=' }, 'Configuration error: EXCHANGE_CONTENT_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(failure(env)).toBe(message);
  });

  it('never echoes a secret value in its message', () => {
    const secret = 'tooshort-secret';
    expect(failure({ AUTH_DEV_SECRET: secret })).not.toContain(secret);
  });
});
