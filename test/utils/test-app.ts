import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { AppConfig, loadConfig } from '../../src/platform/config/app-config';
import { TEST_ENV } from '../setup/test-database';
import { TEST_SECRETS } from './test-secrets';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** POSTs a GraphQL operation; returns the parsed body and HTTP status. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
  extensions?: { diagnostics?: { sqlStatements: number } };
}

export function testEnvironment(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: process.env[TEST_ENV.ownerUrl],
    DATABASE_APP_URL: process.env[TEST_ENV.appUrl],
    DB_POOL_SIZE: '5',
    ...TEST_SECRETS,
    // The checkpoint witness outside the database: one directory per test process, never the developer's own.
    LEDGER_WITNESS_DIR: join(tmpdir(), `nsk-test-witness-${process.pid}`),
    // Tests send bursts from one address and user; the rate-limit test sets its own limits.
    RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000',
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    // Test files share one database: an app that took jobs would take the other files' (a test that needs the runner turns it on).
    JOB_RUNNER: 'off',
    ...overrides,
  };
}

/** Boots the real AppModule against the test database, configured as main.ts configures it. */
export async function createTestApp(
  overrides: Record<string, string | undefined> = {},
  extraProviders: unknown[] = [],
): Promise<TestApp> {
  const config = loadConfig(testEnvironment(overrides));
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
    providers: extraProviders as never[],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app, config);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    config,
    async gql(query, variables, token) {
      const call = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      return { status: response.status, ...response.body };
    },
    close: () => app.close(),
  };
}
