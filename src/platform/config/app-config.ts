import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { Keyring } from '../crypto/content-cipher';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export type Environment = 'development' | 'test' | 'production';

/** The jobs that run on a schedule (CRON_* in the environment). */
export type ScheduledJob = 'caseRetention' | 'withdrawnContent' | 'ledgerCheckpoints' | 'idempotencyPurge' | 'sessionPurge' | 'outboxSweep' | 'meetingReminders';

/** Five cron fields (minute hour day month weekday), or empty for never; the runner checks the values. */
const CRON = /^$|^\S+( \S+){4}$/;

/** The typed configuration the rest of the service reads; built once from the environment. */
export interface AppConfig {
  env: Environment;
  host: string;
  port: number;
  logLevel: string;
  database: {
    /** Owner role: runs migrations. Absent when the embedded database is used. */
    ownerUrl?: string;
    /** Runtime role: not superuser, no BYPASSRLS, does not own the tables. */
    appUrl?: string;
    embeddedDir: string;
    poolSize: number;
    statementTimeoutMs: number;
    poolWaitMs: number;
    /** Shown in pg_stat_activity; lets operators (and the fault tests) tell this service's connections apart. */
    applicationName: string;
  };
  /** Load the fictional demo municipalities on an empty database. */
  demoData: boolean;
  auth: {
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
    devSecret?: string;
    /** Tokens whose exp lies further ahead than this (from iat, or from now) are refused. */
    maxTokenLifetimeSeconds: number;
  };
  /** Sign-in for the web client: a server-side session behind an httpOnly cookie. */
  web: {
    /** Minutes without a request after which a session ends. */
    sessionIdleMinutes: number;
    /** Hours after sign-in after which a session ends, however active. */
    sessionMaxHours: number;
    /** The page listing the demo people to sign in as; never in production. */
    devSignIn: boolean;
    /** OpenID Connect (authorization code flow with PKCE) against the municipality's identity provider. */
    oidc?: {
      issuer: string;
      clientId: string;
      /** Absent for a public client (PKCE only). */
      clientSecret?: string;
      /** The municipality (kommunekode) whose staff this provider signs in. */
      municipalityCode: string;
      scope: string;
    };
  };
  /** Secrets for personal data at rest. */
  crypto: {
    /** Master secret from which each municipality's CPR HMAC key is derived. */
    cprHashSecret: Buffer;
    /** AES-256-GCM sealing (EXCHANGE_CONTENT_KEY seals; it and EXCHANGE_CONTENT_OLD_KEYS open). */
    keyring: Keyring;
  };
  mail: {
    /** smtp://user:pass@host:port; unset: messages wait in the outbox. */
    smtpUrl?: string;
    from: string;
  };
  limits: {
    /** Requests per minute from one address, and from one signed-in user. */
    perAddressPerMinute: number;
    perUserPerMinute: number;
    /** Redis shared by every instance for the counters; unset: each process counts its own. */
    redisUrl?: string;
    redisKeyPrefix: string;
    /** Time allowed to receive a whole request (slow clients are cut off). */
    requestTimeoutMs: number;
    /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe when finding a client's address. */
    trustProxy: boolean | number | string[];
  };
  /** Days after a withdrawal until content exchanged under it is erased; the erasure runs with case retention. */
  withdrawnContentEraseAfterDays: number;
  idempotency: {
    /** How long a stored answer (which can hold free text) is kept and replayed. */
    ttlSeconds: number;
  };
  /** Checkpoints of the ledger: signed outside the database and handed to a witness. */
  ledger: {
    /** Ed25519 seed (LEDGER_SIGNING_KEY); absent with the embedded database, which keeps a generated one in keyFile. */
    signingSeed?: Buffer;
    keyFile: string;
    /** The signer's name in checkpoints and verifier keys. */
    keyName: string;
    /** The append-only checkpoint logs the operator backs up (the default witness), one file per municipality. */
    witnessDir: string;
    /** Also send every checkpoint by e-mail (through the outbox) to this address, e.g. the DPO's. */
    witnessMailTo?: string;
  };
  /** The background jobs (graphile-worker, in the database's `graphile_worker` schema). */
  jobs: {
    /** This instance takes jobs from the queue and fires the schedules; off in tests, which run the jobs themselves. */
    enabled: boolean;
    /** Jobs this instance runs at once. */
    concurrency: number;
    /** Cron expressions (UTC, minute granularity), each firing once per period across all instances; empty: never. */
    schedules: Record<ScheduledJob, string>;
  };
  /** Where links in e-mails point, e.g. https://nsk.kommune.dk */
  publicBaseUrl: string;
  /** HS256 secret for the speaker's confirm/decline links. */
  linkSecret: Uint8Array;
  metrics: {
    /** Bearer token Prometheus sends to /metrics; unset: /metrics is not served. */
    token?: string;
  };
  graphql: {
    maxBodySize: string;
    introspection: boolean;
    /** Adds `extensions.diagnostics.sqlStatements` to responses; never in production. */
    exposeDiagnostics: boolean;
  };
}

/**
 * The development/test signing secret. It is public by design (it is in the
 * README) and therefore refused in production.
 */
export const DEVELOPMENT_JWT_SECRET = 'development-only-secret-never-use-in-production-0123456789';
/** Development-only keys for personal data at rest; refused in production like the JWT secret. */
const DEVELOPMENT_CPR_HASH_SECRET = 'development-only-cpr-hash-secret-0123456789';
const DEVELOPMENT_LINK_SECRET = 'development-only-link-signing-secret-0123456789';
const DEVELOPMENT_CONTENT_KEY = Buffer.alloc(32, 'dev-content-key').toString('base64');

const bool = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

/**
 * Raw environment, as validated. Property names are the variable names, so
 * messages name them. class-validator reports the decorator nearest the
 * property first, so the type check sits there.
 */
class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: Environment = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Type(() => Number)
  @Max(65535)
  @Min(1)
  @IsInt()
  PORT = 3000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_APP_URL?: string;

  @IsString()
  EMBEDDED_DB_DIR = '.data/postgres';

  @Type(() => Number)
  @Max(200)
  @Min(1)
  @IsInt()
  DB_POOL_SIZE = 10;

  @Type(() => Number)
  @Min(100)
  @IsInt()
  DB_STATEMENT_TIMEOUT_MS = 10_000;

  /** How long a request waits for a free pool connection before it is answered SERVICE_UNAVAILABLE. */
  @Type(() => Number)
  @Max(120_000)
  @Min(100)
  @IsInt()
  DB_POOL_WAIT_MS = 5_000;

  @Matches(/^[A-Za-z0-9_.-]{1,60}$/)
  DB_APPLICATION_NAME = 'nsk-service';

  @IsOptional()
  @Transform(bool)
  DEMO_DATA?: boolean;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  AUTH_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  AUTH_ISSUER?: string;

  @IsOptional()
  @IsString()
  AUTH_AUDIENCE?: string;

  @IsOptional()
  @IsString()
  @MinLength(32)
  AUTH_DEV_SECRET?: string;

  @Type(() => Number)
  @Max(7 * 24 * 3600)
  @Min(60)
  @IsInt()
  AUTH_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;

  @Type(() => Number)
  @Max(24 * 60)
  @Min(1)
  @IsInt()
  SESSION_IDLE_MINUTES = 30;

  @Type(() => Number)
  @Max(7 * 24)
  @Min(1)
  @IsInt()
  SESSION_MAX_HOURS = 10;

  @IsOptional()
  @Transform(bool)
  DEV_SIGN_IN?: boolean;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_ISSUER?: string;

  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,200}$/, { message: 'OIDC_CLIENT_ID must be printable ASCII without spaces' })
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'OIDC_MUNICIPALITY_CODE must be a four-digit municipality code (kommunekode)' })
  OIDC_MUNICIPALITY_CODE?: string;

  @Matches(/^[\x21-\x7e ]{1,400}$/, { message: 'OIDC_SCOPE must be space-separated scopes' })
  OIDC_SCOPE = 'openid';

  @Matches(/^\d+(kb|mb)$/)
  GRAPHQL_MAX_BODY = '100kb';

  @IsOptional()
  @MinLength(32)
  @IsString()
  CPR_HASH_SECRET?: string;

  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'NSK-netværket <no-reply@nsk.invalid>';

  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL = 'http://127.0.0.1:3000';

  /** The ledger's Ed25519 signing key: 32 random bytes, base64 (openssl rand -base64 32). Kept outside the database. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'LEDGER_SIGNING_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)' })
  LEDGER_SIGNING_KEY?: string;

  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'LEDGER_KEY_NAME may hold letters, digits, dots, dashes and underscores' })
  LEDGER_KEY_NAME = 'nsk-ledger';

  /** One append-only file of checkpoints per municipality: put it where backups reach and the database's operators do not. */
  @IsString()
  LEDGER_WITNESS_DIR = '.data/ledger/checkpoints';

  @IsOptional()
  @Matches(/^[^\s@]{1,64}@[^\s@]{1,255}$/, { message: 'LEDGER_WITNESS_MAIL_TO must be an e-mail address' })
  LEDGER_WITNESS_MAIL_TO?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9._~+/=-]{24,256}$/, { message: 'METRICS_TOKEN must be 24-256 characters of a bearer token (letters, digits, ._~+/=-)' })
  METRICS_TOKEN?: string;

  /** `off`: this instance serves requests only; another runs the jobs. Default: on, except in tests. */
  @IsOptional()
  @IsIn(['on', 'off'])
  JOB_RUNNER?: 'on' | 'off';

  @Type(() => Number)
  @Max(32)
  @Min(1)
  @IsInt()
  JOB_CONCURRENCY = 2;

  @Matches(CRON, { message: 'CRON_CASE_RETENTION must be a cron expression of five fields, or empty' })
  CRON_CASE_RETENTION = '17 * * * *';

  @Matches(CRON, { message: 'CRON_WITHDRAWN_CONTENT must be a cron expression of five fields, or empty' })
  CRON_WITHDRAWN_CONTENT = '23 * * * *';

  @Matches(CRON, { message: 'CRON_LEDGER_CHECKPOINTS must be a cron expression of five fields, or empty' })
  CRON_LEDGER_CHECKPOINTS = '41 * * * *';

  @Matches(CRON, { message: 'CRON_IDEMPOTENCY_PURGE must be a cron expression of five fields, or empty' })
  CRON_IDEMPOTENCY_PURGE = '11 * * * *';

  @Matches(CRON, { message: 'CRON_SESSION_PURGE must be a cron expression of five fields, or empty' })
  CRON_SESSION_PURGE = '29 * * * *';

  @Matches(CRON, { message: 'CRON_OUTBOX_SWEEP must be a cron expression of five fields, or empty' })
  CRON_OUTBOX_SWEEP = '* * * * *';

  @Matches(CRON, { message: 'CRON_MEETING_REMINDERS must be a cron expression of five fields, or empty' })
  CRON_MEETING_REMINDERS = '*/5 * * * *';

  /** Days after a withdrawal until content exchanged under that consent is erased (GDPR art. 7(3)). */
  @Type(() => Number)
  @Max(3650)
  @Min(0)
  @IsInt()
  WITHDRAWN_CONTENT_ERASE_AFTER_DAYS = 30;

  @Type(() => Number)
  @Max(30 * 24 * 3600)
  @Min(1)
  @IsInt()
  IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 3600;

  @Type(() => Number)
  @Min(1)
  @IsInt()
  RATE_LIMIT_ADDRESS_PER_MINUTE = 1200;

  @Type(() => Number)
  @Min(1)
  @IsInt()
  RATE_LIMIT_USER_PER_MINUTE = 600;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S{1,500}$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'REDIS_KEY_PREFIX must be 1-40 letters, digits, dots, dashes or underscores' })
  REDIS_KEY_PREFIX = 'nsk';

  @Type(() => Number)
  @Min(1000)
  @IsInt()
  REQUEST_TIMEOUT_MS = 30_000;

  /** `loopback` (default), `false`, a number of hops, or addresses/subnets separated by commas. */
  @Matches(/^(false|true|\d{1,2}|[0-9a-fA-F:./]+(,\s*[0-9a-fA-F:./]+)*|loopback|linklocal|uniquelocal)$/, { message: 'TRUST_PROXY must be false, a number of hops, or proxy addresses separated by commas' })
  TRUST_PROXY = 'loopback';

  @IsOptional()
  @MinLength(32)
  @IsString()
  LINK_SIGNING_SECRET?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'EXCHANGE_CONTENT_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)' })
  EXCHANGE_CONTENT_KEY?: string;

  /** Earlier content keys, base64, separated by commas: they still open values until `npm run reseal` has moved them. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9+/=]{43,44})*$/, { message: 'EXCHANGE_CONTENT_OLD_KEYS must be base64 keys separated by commas' })
  EXCHANGE_CONTENT_OLD_KEYS?: string;

  @IsOptional()
  @Transform(bool)
  GRAPHQL_DIAGNOSTICS?: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment and returns the typed configuration, or throws a
 * ConfigError whose message is one line naming the offending variable. Values
 * are never echoed: some of them are secrets.
 */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const vars = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const [firstError] = validateSync(vars, { whitelist: false, skipMissingProperties: false });
  if (firstError) {
    const reason = Object.values(firstError.constraints ?? {})[0] ?? 'is invalid';
    throw new ConfigError(`Configuration error: ${reason}`);
  }
  checkCombinations(vars);

  const production = vars.NODE_ENV === 'production';
  const embedded = !vars.DATABASE_URL && !vars.DATABASE_APP_URL;
  return {
    env: vars.NODE_ENV,
    host: vars.HOST,
    port: vars.PORT,
    logLevel: vars.LOG_LEVEL,
    database: {
      ownerUrl: vars.DATABASE_URL,
      appUrl: vars.DATABASE_APP_URL,
      embeddedDir: vars.EMBEDDED_DB_DIR,
      poolSize: vars.DB_POOL_SIZE,
      statementTimeoutMs: vars.DB_STATEMENT_TIMEOUT_MS,
      poolWaitMs: vars.DB_POOL_WAIT_MS,
      applicationName: vars.DB_APPLICATION_NAME,
    },
    demoData: vars.DEMO_DATA ?? embedded,
    auth: {
      jwksUrl: vars.AUTH_JWKS_URL,
      issuer: vars.AUTH_ISSUER,
      audience: vars.AUTH_AUDIENCE,
      // The public development secret and keys only ever serve the embedded database (fail closed: see checkCombinations).
      devSecret: vars.AUTH_DEV_SECRET ?? (embedded && !vars.AUTH_JWKS_URL ? DEVELOPMENT_JWT_SECRET : undefined),
      maxTokenLifetimeSeconds: vars.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    },
    web: {
      sessionIdleMinutes: vars.SESSION_IDLE_MINUTES,
      sessionMaxHours: vars.SESSION_MAX_HOURS,
      devSignIn: !production && (vars.DEV_SIGN_IN ?? true),
      oidc: vars.OIDC_ISSUER
        ? { issuer: vars.OIDC_ISSUER, clientId: vars.OIDC_CLIENT_ID!, clientSecret: vars.OIDC_CLIENT_SECRET, municipalityCode: vars.OIDC_MUNICIPALITY_CODE!, scope: vars.OIDC_SCOPE }
        : undefined,
    },
    crypto: {
      cprHashSecret: Buffer.from(vars.CPR_HASH_SECRET ?? developmentOnly(embedded, DEVELOPMENT_CPR_HASH_SECRET)),
      keyring: new Keyring(
        Buffer.from(vars.EXCHANGE_CONTENT_KEY ?? developmentOnly(embedded, DEVELOPMENT_CONTENT_KEY), 'base64'),
        (vars.EXCHANGE_CONTENT_OLD_KEYS ?? '').split(',').filter(Boolean).map((key) => Buffer.from(key.trim(), 'base64')),
      ),
    },
    mail: { smtpUrl: vars.SMTP_URL, from: vars.MAIL_FROM },
    limits: {
      perAddressPerMinute: vars.RATE_LIMIT_ADDRESS_PER_MINUTE,
      perUserPerMinute: vars.RATE_LIMIT_USER_PER_MINUTE,
      redisUrl: vars.REDIS_URL,
      redisKeyPrefix: vars.REDIS_KEY_PREFIX,
      requestTimeoutMs: vars.REQUEST_TIMEOUT_MS,
      trustProxy: parseTrustProxy(vars.TRUST_PROXY),
    },
    withdrawnContentEraseAfterDays: vars.WITHDRAWN_CONTENT_ERASE_AFTER_DAYS,
    idempotency: { ttlSeconds: vars.IDEMPOTENCY_KEY_TTL_SECONDS },
    ledger: {
      signingSeed: vars.LEDGER_SIGNING_KEY ? Buffer.from(vars.LEDGER_SIGNING_KEY, 'base64') : undefined,
      keyFile: '.data/ledger/signing-key',
      keyName: vars.LEDGER_KEY_NAME,
      witnessDir: vars.LEDGER_WITNESS_DIR,
      witnessMailTo: vars.LEDGER_WITNESS_MAIL_TO,
    },
    jobs: {
      enabled: (vars.JOB_RUNNER ?? (vars.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
      concurrency: vars.JOB_CONCURRENCY,
      schedules: {
        caseRetention: vars.CRON_CASE_RETENTION,
        withdrawnContent: vars.CRON_WITHDRAWN_CONTENT,
        ledgerCheckpoints: vars.CRON_LEDGER_CHECKPOINTS,
        idempotencyPurge: vars.CRON_IDEMPOTENCY_PURGE,
        sessionPurge: vars.CRON_SESSION_PURGE,
        outboxSweep: vars.CRON_OUTBOX_SWEEP,
        meetingReminders: vars.CRON_MEETING_REMINDERS,
      },
    },
    publicBaseUrl: vars.PUBLIC_BASE_URL.replace(/\/$/, ''),
    linkSecret: new TextEncoder().encode(vars.LINK_SIGNING_SECRET ?? developmentOnly(embedded, DEVELOPMENT_LINK_SECRET)),
    metrics: { token: vars.METRICS_TOKEN },
    graphql: {
      maxBodySize: vars.GRAPHQL_MAX_BODY,
      introspection: !production,
      exposeDiagnostics: !production && (vars.GRAPHQL_DIAGNOSTICS ?? vars.NODE_ENV === 'test'),
    },
  };
}

/** Behind N proxies (a number), behind these addresses (a list), or no proxy at all (false). */
function parseTrustProxy(value: string): boolean | number | string[] {
  if (value === 'false' || value === 'true') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

/** Never reached with a real database: checkCombinations has already stopped the start. */
function developmentOnly(embedded: boolean, value: string): string {
  if (!embedded) throw new ConfigError('Configuration error: a development secret was about to be used with DATABASE_URL');
  return value;
}

/**
 * With a real database (DATABASE_URL), whatever NODE_ENV says, every secret
 * for personal data at rest and for links must be given, and tokens must be
 * verifiable: the public development values serve the embedded database only.
 */
const REQUIRED_WITH_A_REAL_DATABASE: [keyof EnvironmentVariables, string][] = [
  ['CPR_HASH_SECRET', 'keys the CPR hashes'],
  ['EXCHANGE_CONTENT_KEY', 'seals exchanged content'],
  ['LINK_SIGNING_SECRET', "signs speakers' and report links"],
];

function checkCombinations(vars: EnvironmentVariables): void {
  const production = vars.NODE_ENV === 'production';
  if (production && vars.DEV_SIGN_IN) {
    throw new ConfigError('Configuration error: DEV_SIGN_IN must not be set in production (anyone could sign in as anyone)');
  }
  if (vars.DATABASE_URL && !vars.DATABASE_APP_URL) {
    throw new ConfigError(
      "Configuration error: DATABASE_APP_URL must be set when DATABASE_URL is set (the runtime role's connection)",
    );
  }
  if (production && !vars.DATABASE_APP_URL) {
    throw new ConfigError('Configuration error: DATABASE_APP_URL must be set in production (the embedded database is for development)');
  }
  if (production && vars.DATABASE_URL) {
    throw new ConfigError("Configuration error: DATABASE_URL must not be set in production: the service runs as the runtime role only (DATABASE_APP_URL); run `npm run migrate` with the owner's DATABASE_URL before it starts");
  }
  if (production && !vars.AUTH_JWKS_URL) {
    throw new ConfigError('Configuration error: AUTH_JWKS_URL must be set in production (tokens are verified against the identity provider)');
  }
  if (production && vars.AUTH_DEV_SECRET) {
    throw new ConfigError('Configuration error: AUTH_DEV_SECRET must not be set in production');
  }
  if (production && (!vars.CPR_HASH_SECRET || !vars.EXCHANGE_CONTENT_KEY)) {
    throw new ConfigError('Configuration error: CPR_HASH_SECRET and EXCHANGE_CONTENT_KEY must be set in production (personal data at rest)');
  }
  if (production && !vars.LINK_SIGNING_SECRET) {
    throw new ConfigError("Configuration error: LINK_SIGNING_SECRET must be set in production (signs speakers' reply links)");
  }
  if (production && !vars.LEDGER_SIGNING_KEY) {
    throw new ConfigError("Configuration error: LEDGER_SIGNING_KEY must be set in production (signs the ledger's checkpoints; keep it outside the database)");
  }
  if (vars.AUTH_DEV_SECRET === DEVELOPMENT_JWT_SECRET && production) {
    throw new ConfigError('Configuration error: AUTH_DEV_SECRET is the public development secret');
  }
  if (vars.AUTH_JWKS_URL && (!vars.AUTH_ISSUER || !vars.AUTH_AUDIENCE)) {
    throw new ConfigError('Configuration error: AUTH_ISSUER and AUTH_AUDIENCE must be set with AUTH_JWKS_URL');
  }
  if (vars.OIDC_ISSUER && (!vars.OIDC_CLIENT_ID || !vars.OIDC_MUNICIPALITY_CODE)) {
    throw new ConfigError('Configuration error: OIDC_CLIENT_ID and OIDC_MUNICIPALITY_CODE must be set with OIDC_ISSUER');
  }
  if (production && vars.OIDC_ISSUER && !vars.OIDC_ISSUER.startsWith('https://')) {
    throw new ConfigError('Configuration error: OIDC_ISSUER must be an https address in production');
  }
  if (vars.DATABASE_URL || vars.DATABASE_APP_URL) {
    for (const [name, purpose] of REQUIRED_WITH_A_REAL_DATABASE) {
      if (!vars[name]) throw new ConfigError(`Configuration error: ${name} must be set when DATABASE_URL is set (it ${purpose}; development values serve the embedded database only)`);
    }
    if (!vars.AUTH_JWKS_URL && !vars.AUTH_DEV_SECRET) {
      throw new ConfigError('Configuration error: AUTH_JWKS_URL must be set when DATABASE_URL is set (or, outside production, AUTH_DEV_SECRET)');
    }
  }
}
