import type { Tracing } from './tracing';

const configured = Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);

/**
 * Imported first by main.ts, so the instrumentations see `http` and `pg`
 * load. The SDK is only loaded when an endpoint is configured: without one a
 * start costs nothing and the API's tracer does nothing.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const tracing: Tracing | undefined = configured ? (require('./tracing') as typeof import('./tracing')).startTracing() : undefined;
