import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** A client's x-request-id is kept only in the shape of a UUID or a ULID; anything else (it could hold a value) is replaced. */
const REQUEST_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9A-HJKMNP-TV-Z]{26})$/i;

/** The paths the service serves; any other path is a client's text and is logged as `[unknown path]`. */
const KNOWN_PATHS = new Set(['/', '/graphql', '/health', '/health/live', '/health/ready', '/metrics', '/talks/respond', '/notifikationer/afmeld', '/reports/statistics']);

/**
 * Drops query strings (a speaker's signed link carries its token there), the
 * secret of calendar feed URLs, and every path the service does not serve
 * (a path is client input and could hold anything).
 */
export const redactPath = (url: string): string => {
  const path = url.split('?')[0];
  if (path.startsWith('/calendar/')) return '/calendar/[secret]';
  return KNOWN_PATHS.has(path) ? path : '[unknown path]';
};

/**
 * Structured JSON logs (pino) with a request id on every line. Request logs
 * hold method, path and status only: no headers (tokens), no bodies or
 * variables (personal data), no query strings (calendar feed secrets).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: (req: IncomingMessage) => {
            const incoming = req.headers['x-request-id'];
            return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
          },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: redactPath(req.url) }),
            res: (res: { statusCode: number }) => ({ status: res.statusCode }),
          },
          customProps: () => ({ service: 'nsk-networks' }),
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' || !!req.url?.startsWith('/health/') || req.url === '/metrics' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
