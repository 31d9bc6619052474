import { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from './platform/config/app-config';
import { TenantDatabase } from './platform/database/tenant-database';
import { currentUnitOfWork } from './platform/database/unit-of-work';
import { ScopedRequest } from './platform/graphql/graphql-context';
import { createValidationPipe } from './platform/graphql/validation';
import { GraphQLContextFactory } from './platform/graphql/context.factory';
import { requestHygiene } from './platform/graphql/request-hygiene';
import { GuardedInputPipe } from './privacy/anonymisation/guarded-input.pipe';
import { ClientInputPipes } from './platform/graphql/client-input-pipes';
import { NestExpressApplication } from '@nestjs/platform-express';
import { webClient } from './platform/web-client/web-client';

/**
 * Everything the HTTP application needs beyond its modules. Shared by main.ts
 * and the tests, so the tests run the same application users do.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  // Rate limiting comes first: a client over its limit costs no body parsing.
  // Which proxies to believe for the client's address (rate limits count per address): TRUST_PROXY.
  express.set('trust proxy', config.limits.trustProxy);
  app.use(app.get(GraphQLContextFactory).addressMiddleware());
  express.useBodyParser('json', { limit: config.graphql.maxBodySize });
  express.disable('x-powered-by');
  const server = app.getHttpServer() as import('node:http').Server;
  // Slow clients cannot hold connections open: the whole request must arrive in time.
  server.requestTimeout = config.limits.requestTimeoutMs;
  server.headersTimeout = Math.min(config.limits.requestTimeoutMs, 20_000);
  app.use(bodyErrorHandler(config.graphql.maxBodySize));
  app.use('/graphql', requestHygiene());
  // The web client's files and pages; service paths pass through to their routes.
  app.use(webClient());
  // Validation first (it builds the input classes), then the anonymisation guard on every @Guarded() field; both on client input only.
  app.useGlobalPipes(new ClientInputPipes([createValidationPipe(), app.get(GuardedInputPipe)]));
  // No enableShutdownHooks(): main.ts handles SIGTERM itself (readiness off, drain, then close), and tests close the app explicitly.

  // Each request gets a unit of work, visible to all code it runs through
  // AsyncLocalStorage. The GraphQL plugin commits or rolls it back; closing the
  // response is the safety net that always returns the connection to the pool.
  const tenantDatabase = app.get(TenantDatabase);
  app.use((req: ScopedRequest, res: Response, next: NextFunction) => {
    const unitOfWork = tenantDatabase.createUnitOfWork();
    req.unitOfWork = unitOfWork;
    res.on('close', () => {
      // Closed before the answer was written: the client left (or timed out). Its work stops and rolls back, once.
      if (!res.writableFinished) unitOfWork.endedByClient = true;
      void unitOfWork.finish(false).catch(() => undefined);
    });
    currentUnitOfWork.run(unitOfWork, next);
  });
}

/**
 * Body-parser failures happen before Nest's routing, so without this Express
 * would answer with an HTML page (and a stack trace outside production).
 */
function bodyErrorHandler(limit: string) {
  return (error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (error.type === 'entity.too.large') {
      return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the ${limit} this service accepts`);
    }
    if (error.type === 'entity.parse.failed') {
      return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    }
    if (error.status && error.status >= 400 && error.status < 500) {
      return sendError(res, error.status, 'BAD_REQUEST', 'The request could not be read');
    }
    next(error);
  };
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
