import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-node';
import { scrubSpan } from './scrub-span';

/** Hands spans on only once scrubSpan has removed what must not leave the process. */
class ScrubbingExporter implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], done: Parameters<SpanExporter['export']>[1]): void {
    for (const span of spans) scrubSpan(span);
    this.inner.export(spans, done);
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

export interface Tracing {
  /** Sends the spans still buffered and stops, giving up after SHUTDOWN_FLUSH_MS (a collector that is away must not hold the shutdown). */
  shutdown(): Promise<void>;
}

const SHUTDOWN_FLUSH_MS = 2000;

/**
 * OpenTelemetry traces over OTLP/HTTP (JSON), started by start-tracing.ts
 * when an endpoint is configured (the standard OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; the exporter and the batch processor
 * read the other OTEL_* settings themselves). Incoming HTTP requests, PostgreSQL statements, GraphQL
 * operations and jobs become spans. Must run before `http` and `pg` are
 * loaded, so main.ts imports it first.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? 'nsk-networks' }),
    spanProcessors: [new BatchSpanProcessor(new ScrubbingExporter(new OTLPTraceExporter()))],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Probes and scrapes are not traced: they would drown the requests people make.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request: { url?: string }) => /^\/(health|metrics)\b/.test(request.url ?? '') }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  return {
    shutdown: () =>
      Promise.race([provider.shutdown().catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_FLUSH_MS).unref())]),
  };
}
