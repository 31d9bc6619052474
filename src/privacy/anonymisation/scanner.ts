import { address } from './detectors/addresses';
import { names } from './detectors/names';
import { normaliseForMatching } from './detectors/normalise';
import { birthDate, cpr, email, phone, withoutReferences } from './detectors/numbers';
import { Detector, Span } from './detectors/span';
import { Finding, FindingKind, PLACEHOLDERS } from './finding';

export { Finding, FindingKind, PLACEHOLDERS };

const DETECTORS: Detector[] = [cpr, email, birthDate, phone, address, names];

/** When findings overlap, the merged one takes the most specific kind. */
const PRECEDENCE = [FindingKind.CPR, FindingKind.EMAIL, FindingKind.PHONE, FindingKind.BIRTH_DATE, FindingKind.ADDRESS, FindingKind.NAME];

/**
 * Finds direct identifiers in a text. Matching runs on a normalised copy with
 * the same offsets; overlapping findings are merged into one, and address parts
 * separated only by a comma or a space (street, then postcode and town) become
 * one, so a redaction covers the whole identifier.
 */
export function scanText(text: string): Finding[] {
  const normal = normaliseForMatching(text);
  const spans = withoutReferences(
    DETECTORS.flatMap((detect) => detect(normal)),
    normal,
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  return merge(spans, normal).map((span) => ({ ...span, preview: mask(text.slice(span.start, span.end)) }));
}

function merge(spans: Span[], text: string): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    const touchingAddress = last && last.kind === FindingKind.ADDRESS && span.kind === FindingKind.ADDRESS && /^[\s,]*$/.test(text.slice(last.end, span.start));
    if (last && (span.start < last.end || touchingAddress)) {
      last.end = Math.max(last.end, span.end);
      if (PRECEDENCE.indexOf(span.kind) < PRECEDENCE.indexOf(last.kind) && span.end - span.start >= (last.end - last.start) / 2) last.kind = span.kind;
      continue;
    }
    merged.push({ ...span });
  }
  return merged;
}

/** "150385-1234" -> "15****-****": two characters, then the shape. */
export function mask(value: string): string {
  return value.slice(0, 2) + value.slice(2).replace(/\p{N}/gu, '*').replace(/\p{L}/gu, '*');
}

/** The text with each finding replaced by its placeholder, for a presenter to accept in one step. */
export function redact(text: string, findings = scanText(text)): string {
  let result = '';
  let cursor = 0;
  for (const finding of findings) {
    result += text.slice(cursor, finding.start) + PLACEHOLDERS[finding.kind];
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}
