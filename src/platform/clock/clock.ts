/**
 * The service's clock for what it decides in application code (is a consent
 * still valid, which meetings are upcoming, when a link expires). One place,
 * so tests can run the service on another day (`travelTo`) instead of
 * depending on the calendar they happen to run on. Time keeps moving from
 * there. Token verification keeps the real clock (a token's times are the
 * identity provider's), and SQL's now() is the database's.
 */
let offsetMs = 0;

export const now = (): Date => new Date(Date.now() + offsetMs);

/** Runs the service's clock at `instant` from here on; returns the way back to real time. */
export function travelTo(instant: Date): () => void {
  offsetMs = instant.getTime() - Date.now();
  return () => {
    offsetMs = 0;
  };
}
