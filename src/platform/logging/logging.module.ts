import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Drops query strings (a speaker's signed link carries its token there) and the secret of calendar feed URLs. */
export const redactPath = (url: string): string => url.split('?')[0].replace(/^\/calendar\/[^/]+/, '/calendar/[secret]');

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
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
