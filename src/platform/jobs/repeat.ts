/**
 * Runs `task` every `intervalMs` in this process (0 or less: never, e.g. in
 * tests that drive the task themselves); a failed run is handed to `onFailure`
 * and the next run goes ahead. The timer does not keep the process alive.
 * The periodic jobs share this until they move to a job runner.
 */
export function repeatEvery(intervalMs: number, task: () => Promise<unknown>, onFailure: (error: unknown) => void): { stop(): void } {
  if (intervalMs <= 0) return { stop: () => undefined };
  const timer = setInterval(() => void task().catch(onFailure), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** The SQLSTATE of a failed run, for a log line that holds no value. */
export const failureCode = (error: unknown): string | undefined => (error as { code?: string }).code;
