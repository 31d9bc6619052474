/**
 * The code of a failed run, for a log line or a job's last error that holds
 * no value: a SQLSTATE, an SMTP code or the service's own error code.
 */
export function failureCode(error: unknown): string {
  const failure = error as { code?: unknown; responseCode?: unknown; extensions?: { code?: unknown } } | undefined;
  const code = failure?.code ?? failure?.responseCode ?? failure?.extensions?.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code).slice(0, 100) : 'FAILED';
}
