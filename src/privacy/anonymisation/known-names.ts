import { FieldFinding } from './anonymisation-guard';
import { FindingKind } from './scanner';

/**
 * The names of people the municipality itself knows (its staff, its registered
 * speakers), who are not citizens: texts about meetings may say who presented.
 * Provided where the areas are composed (src/known-names.ts).
 */
export interface KnownNames {
  /** Full names, in the current municipality. */
  names(): Promise<string[]>;
}

export const KNOWN_NAMES = Symbol('KnownNames');

const normalise = (text: string) => text.normalize('NFKC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
const tokens = (text: string) => normalise(text).split(/[\s-]+/).filter((token) => token.length > 1);

/**
 * Drops the name findings that are a known person's name: the full name, or
 * words that are all part of one known person's name ("Fatima" for a colleague
 * called Fatima Yilmaz). The trade-off: a citizen who shares a name with a
 * member of staff or a speaker is not flagged in these texts.
 */
export function withoutKnownNames(findings: FieldFinding[], texts: Record<string, string>, known: string[]): FieldFinding[] {
  const people = known.map((name) => ({ full: normalise(name), parts: new Set(tokens(name)) }));
  return findings.filter((finding) => {
    if (finding.kind !== FindingKind.NAME) return true;
    const found = texts[finding.field]?.slice(finding.start, finding.end) ?? '';
    const words = tokens(found);
    const isKnown = people.some((person) => person.full === normalise(found) || (words.length > 0 && words.every((word) => person.parts.has(word))));
    return !isKnown;
  });
}
