import { ReadableSpan } from '@opentelemetry/sdk-trace-node';

/**
 * The span attributes that leave the process: names the protocols, the
 * schema and the service define, never a value a client sent. Everything
 * else the instrumentations record (a query string, a header, an SQL text
 * that might quote a value, an exception's message) is dropped.
 */
const KEPT = new Set([
  'http.request.method',
  'http.response.status_code',
  'http.route',
  'url.scheme',
  'url.path',
  'server.address',
  'server.port',
  'network.protocol.version',
  'network.peer.port',
  'http.method',
  'http.status_code',
  'http.scheme',
  'http.flavor',
  'http.target',
  'net.host.name',
  'net.host.port',
  'net.peer.name',
  'net.peer.port',
  'db.system',
  'db.system.name',
  'db.name',
  'db.namespace',
  'db.user',
  'db.operation',
  'db.operation.name',
  'error.type',
  'exception.type',
  'graphql.operation.type',
  'nsk.graphql.root_fields',
  'nsk.job.task',
]);

/** A path segment kept as it is: a lower-case word such as `graphql`, `health` or `calendar`. Ids and tokens are not. */
const WORD = /^[a-z][a-z-]{0,30}(\.[a-z]{2,4})?$/;

/** `/calendar/4fJ…x.ics?x=1` → `/calendar/:value`: the query goes, and every segment that is not a plain word. */
export function redactPath(path: string): string {
  const [bare] = path.split('?');
  return bare
    .split('/')
    .map((segment) => (segment === '' || WORD.test(segment) ? segment : ':value'))
    .join('/');
}

/** Removes from a finished span what may hold personal data or a secret, before it is exported. */
export function scrubSpan(span: ReadableSpan): void {
  const attributes = span.attributes as Record<string, unknown>;
  for (const key of Object.keys(attributes)) {
    if (!KEPT.has(key)) delete attributes[key];
    else if ((key === 'url.path' || key === 'http.target') && typeof attributes[key] === 'string') attributes[key] = redactPath(attributes[key] as string);
  }
  for (const event of span.events) {
    const kept = event.attributes?.['exception.type'];
    (event as { attributes?: Record<string, unknown> }).attributes = kept === undefined ? {} : { 'exception.type': kept };
  }
  if (span.status.message) (span.status as { message?: string }).message = undefined;
}
