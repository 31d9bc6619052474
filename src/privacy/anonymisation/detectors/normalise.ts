/**
 * Matching runs on a copy of the text in which every dash, space, dot and
 * quote variant a keyboard or a word processor produces is its ASCII form, and
 * everything else is NFKC-normalised character by character where that keeps
 * the length. Offsets in the copy are offsets in the original, so findings
 * redact the text the person wrote.
 */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\u00AD]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
const DOTS = /[\u2024\uFE52\uFF0E]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;

const BEYOND_LATIN_1 = /[^\n\r\x20-\xFF]/gu;

export function normaliseForMatching(text: string): string {
  const ascii = text.replace(DASHES, '-').replace(SPACES, ' ').replace(DOTS, '.').replace(APOSTROPHES, "'");
  // Only characters beyond Latin-1 can change under NFKC (full-width digits, ligatures, compatibility forms).
  return ascii.replace(BEYOND_LATIN_1, (char) => {
    const normal = char.normalize('NFKC');
    return normal.length === char.length ? normal : char;
  });
}
