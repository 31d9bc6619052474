import type { FindingKind } from '../finding';

/** A finding before it is masked: kind and offsets only. */
export interface Span {
  kind: FindingKind;
  start: number;
  end: number;
}

export type Detector = (text: string) => Span[];

/** Every match of the pattern (or of one group of it) that the acceptor keeps. */
export function spansOf(text: string, pattern: RegExp, kind: FindingKind, accept: (m: RegExpExecArray) => boolean = () => true, group = 0): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const match = m as RegExpExecArray;
    if (match[group] === undefined || !accept(match)) continue;
    const value = match[group];
    const start = match.index + match[0].indexOf(value);
    found.push({ kind, start, end: start + value.length });
  }
  return found;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
