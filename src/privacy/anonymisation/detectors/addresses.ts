import { danishLexicon } from '../danish-lexicon';
import { FindingKind } from '../finding';
import { Detector, Span } from './span';

const L = '\\p{L}\\p{M}';
/**
 * The last part of a Danish street name, in its base, definite and plural
 * forms: "vej", "vejen", "veje"; "gade", "gaden"; "vænge", "vænget"; "gård",
 * "gården", "gaard". Street names are compounds on these ("Søndervangen",
 * "Charlotteager") or a word before one ("Tingbjerg Allé", "Herlev Hovedgade").
 */
const STREET_BASES = [
  'vej', 'gade', 'allé', 'alle', 'vænge', 'park', 'stræde', 'torv', 'plads', 'boulevard', 'have', 'høj', 'bakke', 'toft', 'tofte', 'lund', 'sti', 'vang',
  'eng', 'mark', 'gård', 'gaard', 'hegn', 'kvarter', 'dal', 'skov', 'strand', 'bro', 'ager', 'holm', 'krog', 'løkke', 'kær', 'mose', 'ring', 'passage',
  'kaj', 'brink', 'bjerg', 'dam', 'gyde', 'dige', 'banke', 'vænget', 'haver', 'huse', 'centret', 'center', 'stien', 'vænge', 'parken', 'agre', 'tværvej',
  'port', 'sving', 'vold', 'kilde', 'næs', 'hage', 'bugt', 'odde', 'lyst', 'minde',
];
const DEFINITE = ['', 'en', 'n', 'et', 't', 'e', 'ene', 'ne', 'er', 'erne'];
const STREET_WORD = `(?:${[...new Set(STREET_BASES.flatMap((base) => DEFINITE.map((ending) => base + ending)))].sort((a, b) => b.length - a.length).join('|')})`;

/** Floor, side, flat: ", 2. th.", " st. tv", " 1.tv", " 4 th", " 3. mf.", ", 2. sal", " lejl. 12", "4C". */
const UNIT = `(?:(?:[A-Za-z]|\\s[A-Z])(?![${L}]))?(?:,?\\s*(?:(?:st|kl|\\d{1,2})\\.?\\s*(?:sal\\b\\.?)?\\s*(?:th|tv|mf|t\\.h|t\\.v)?\\.?(?![${L}\\d])|lejl(?:ighed)?\\.?\\s*(?:nr\\.?\\s*)?\\d{1,4}|dør\\s*\\d{1,3}|værelse\\s*\\d{1,3}))*`;
const NUMBER = `(?:nr\\.?\\s*)?\\d{1,4}(?!\\d)(?![.,:]\\d)(?!\\s*(?:km|m|kr|min|minutter|timer|år|%|procent|personer|dage|uger|gange|elever|børn|stk)\\b)`;
const POSTCODE_TOWN = `(?:,?\\s*(?:DK-)?[1-9]\\d{3}[^\\S\\n]+[${L}][${L}-]+(?:[^\\S\\n]+(?:[A-ZÆØÅ](?![${L}])|[A-ZÆØÅ][${L}]+))?)`;
/** Words that may stand before the street word: a place ("Herlev"), or the fixed prefixes of Danish street names. */
const PREFIX_WORDS = new Set(['gammel', 'gamle', 'ny', 'nye', 'store', 'lille', 'øster', 'vester', 'nørre', 'sønder', 'hf.', 'kong', 'dronning', 'sankt', 'skt.', 'prins', 'h.c.', 'hc']);

// The street's words and its number on one line (a name on the line above is not part of it); the postcode may follow on the next.
const STREET = new RegExp(
  `(?<![${L}])((?:[${L}][${L}.'-]*[^\\S\\n]){0,2})((?:[${L}][${L}'-]*?)?${STREET_WORD})[^\\S\\n]+(${NUMBER})(${UNIT})(${POSTCODE_TOWN})?(?![${L}])`,
  'giu',
);
const RESIDENCE_CUE = /\b(?:bor|boede|boet|bosat|beboer(?:en|ne)?|lejer(?:en|ne)?|flytte[rt]?|flyttede|fraflyttet|adresse[n]?|adr\.?|bopæl|opholder|overnatter|sover|hjemme|hos)\b/i;
const INSTITUTION_CUE = /(?:hus(?:et)?|center|centret|bibliotek(?:et)?|skole[n]?|rådhus(?:et)?|kontor(?:et)?|klub(?:ben)?|lokale[t]?|mødelokale[t]?|afdeling(?:en)?|sal(?:en)?|kommune[n]?|forvaltning(?:en)?|station(?:en)?|\bjobcent\w*|hall(?:en)?|kirke[n]?|moske(?:en)?|sekretariat(?:et)?|\bmødet|\bmødes|\bmødested(?:et)?|indgang(?:en)?|reception(?:en)?|kantine[n]?|foyer(?:en)?)\b/i;

/** "Byvej 3": a street name before a house number, whether or not the address counts as a citizen's. */
export function looksLikeStreet(lower: string, after: string): boolean {
  return /^\s+(?:nr\.?\s*)?\d/.test(after) && endsInStreetWord(lower);
}

const STREET_WORDS = new Set(STREET_BASES.flatMap((base) => DEFINITE.map((ending) => base + ending)));
const LONGEST_STREET_WORD = Math.max(...[...STREET_WORDS].map((word) => word.length));

/** Set lookups of the word's endings: an end-anchored alternation of 500 words is tried at every character. */
function endsInStreetWord(word: string): boolean {
  const lower = word.toLowerCase();
  for (let k = 2; k <= Math.min(LONGEST_STREET_WORD, lower.length); k++) if (STREET_WORDS.has(lower.slice(-k))) return true;
  return false;
}

const lowerInitial = (word: string) => word[0] === word[0].toLowerCase();

function streetAccepted(text: string, match: RegExpExecArray, start: number): boolean {
  // A place or a fixed prefix kept before the street word ("Tingbjerg Allé"): a street name, whatever the last word is alone.
  const prefixed = start < match.index + match[1].length;
  const street = match[2];
  const lower = street.toLowerCase();
  const lexicon = danishLexicon();
  // A bare "have 2" or "mark 3" is a verb or a word with a count, not a street; a common word in lower case neither ("motorvejen 5").
  // A bare street word is a street in its definite form ("Vangen 31", "Torvet 2"), not as an imperative or a count ("Ring 31 42 ...").
  if (new RegExp(`^${STREET_WORD}$`, 'iu').test(street) && (lowerInitial(street) || !/(?:en|et|n)$/.test(lower)) && !match[1].trim()) return false;
  // Up to the street word: the words the pattern took as a possible prefix ("bor på") are part of the sentence.
  const streetStart = match.index + match[1].length;
  const sentence = text.slice(Math.max(0, streetStart - 80), streetStart).split(/[.!?\n](?=\s)|\n/).at(-1) ?? '';
  // An ordinary word before a number ("Evaluering 2026", "motorvejen 5") is a street only with a floor, a postcode or someone living there.
  if (lexicon.isWord(lower) && !prefixed && !(RESIDENCE_CUE.test(sentence) || match[4].trim() || match[5])) return false;
  // An institution's own address ("Medborgerhuset, Bygaden 2") is not a citizen's: dropped unless the sentence says someone lives there.
  if ((INSTITUTION_CUE.test(sentence) || /(?:center|centret)$/i.test(street)) && !RESIDENCE_CUE.test(sentence)) return false;
  return true;
}

/** Keeps the prefix words that belong to the street name: a place or a fixed prefix, capitalised. */
function prefixStart(text: string, match: RegExpExecArray): number {
  const words = match[1].split(/\s/).filter(Boolean);
  let kept = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    const lower = word.toLowerCase();
    const capitalised = word[0] !== word[0].toLowerCase();
    const lexicon = danishLexicon();
    const at = match.index + match[1].length - kept - word.length - 1;
    // Mid-sentence, Danish capitalises only names: "Brøndby Strand Centret" is one street name.
    const midSentence = !/(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at));
    // In lower case (text messages) only a place: "tingbjerg alle 31".
    const belongs = PREFIX_WORDS.has(lower) || (capitalised ? lexicon.isPlace(lower) || !lexicon.isWord(lower) || midSentence : lexicon.isPlace(lower) && !lexicon.isWord(lower));
    if (!belongs) break;
    kept += word.length + 1;
  }
  return match.index + match[1].length - kept;
}

/** A word ending in a street word before a number: where the full pattern is tried (it is too slow to run over the whole text). */
const NUMBER_AFTER_WORD = /(?<=[^\s\d])[^\S\n]+(?:nr\.?\s*)?\d/g;
const WORD_CHARACTER = /[\p{L}\p{M}'-]/u;

/** The words directly before a house-number-shaped number. */
function* candidates(text: string): Generator<{ index: number; word: string }> {
  for (const number of text.matchAll(NUMBER_AFTER_WORD)) {
    let start = number.index;
    while (start > 0 && WORD_CHARACTER.test(text[start - 1])) start--;
    if (start < number.index) yield { index: start, word: text.slice(start, number.index) };
  }
}

/** Where the n words before a position begin. */
function wordsBefore(text: string, position: number, n: number): number {
  let at = position;
  for (let words = 0; words < n && at > 0; words++) {
    let i = at - 1;
    while (i >= 0 && /\s/.test(text[i])) i--;
    while (i >= 0 && !/\s/.test(text[i])) i--;
    at = i + 1;
  }
  return at;
}

function* streetMatches(text: string): Generator<RegExpExecArray> {
  let searchedTo = 0;
  for (const candidate of candidates(text)) {
    if (candidate.index < searchedTo || !endsInStreetWord(candidate.word)) continue;
    // Up to two words before the street word, then the rest of the line.
    const windowStart = Math.max(searchedTo, wordsBefore(text, candidate.index, 2));
    const windowEnd = Math.min(text.length, candidate.index + candidate.word.length + 120);
    const window = text.slice(windowStart, windowEnd);
    for (const m of window.matchAll(STREET)) {
      if (m.index + windowStart > candidate.index + candidate.word.length) break;
      const match = Object.assign([...m], { index: m.index + windowStart, input: text, groups: m.groups }) as RegExpExecArray;
      searchedTo = match.index + match[0].length;
      yield match;
      break;
    }
  }
}

const streets: Detector = (text) => {
  const found: Span[] = [];
  for (const match of streetMatches(text)) {
    const start = prefixStart(text, match);
    if (!streetAccepted(text, match, start)) continue;
    found.push({ kind: FindingKind.ADDRESS, start, end: match.index + match[0].length });
  }
  return found;
};

/** A postcode and town on its own is an address only where the sentence says someone lives or moved there ("flyttet til 8220 Brabrand"). */
const postcodes: Detector = (text) => {
  const found: Span[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\d.,-])(?:DK-)?[1-9]\\d{3}\\s+[A-ZÆØÅ][${L}-]+(?:\\s+(?:[A-ZÆØÅ](?![${L}])|[A-ZÆØÅ][${L}]+))?`, 'gu'))) {
    const sentence = text.slice(Math.max(0, m.index - 60), m.index).split(/[.!?](?=\s)|\n/).at(-1) ?? '';
    if (!RESIDENCE_CUE.test(sentence) || INSTITUTION_CUE.test(sentence) || /^\d{4}\s+(?:kr|Kr)/.test(m[0])) continue;
    found.push({ kind: FindingKind.ADDRESS, start: m.index, end: m.index + m[0].length });
  }
  return found;
};

export const address: Detector = (text) => [...streets(text), ...postcodes(text)];
