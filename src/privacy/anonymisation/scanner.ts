import { parseCpr } from '../cpr/cpr';
import { FIRST_NAMES, NOT_NAMES, SURNAME_SET } from './name-lexicon';

export enum FindingKind {
  CPR = 'cpr',
  PHONE = 'phone',
  EMAIL = 'email',
  ADDRESS = 'address',
  BIRTH_DATE = 'birth_date',
  NAME = 'name',
}

export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** The first two characters and the shape, never the value: "15****-****". */
  preview: string;
}

export const PLACEHOLDERS: Record<FindingKind, string> = {
  [FindingKind.CPR]: '[CPR]',
  [FindingKind.PHONE]: '[TLF]',
  [FindingKind.EMAIL]: '[EMAIL]',
  [FindingKind.ADDRESS]: '[ADRESSE]',
  [FindingKind.BIRTH_DATE]: '[FØDSELSDATO]',
  [FindingKind.NAME]: '[NAVN]',
};

const L = 'A-Za-zÆØÅæøåÄÖÜäöüÉéÇçĞğİıŞş';
const UPPER = 'A-ZÆØÅÄÖÜÉÇĞİŞ';
const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const STREET_SUFFIX = '(?:vej|vejen|gade|gaden|allé|alle|vænge|parken|park|stræde|torv|torvet|plads|boulevard|have|haven|høj|bakke|bakken|toften|lund|sti|stien|vangen|engen|marken|gården|hegn|kvarter|dal|skov|strand|bro)';
const RELATION_WORDS =
  '(?:bror|broren|brors|søster|søsteren|mor|moren|moderen|far|faren|faderen|fætter|kusine|onkel|onklen|faster|moster|farbror|morbror|tante|mand|manden|kone|konen|hustru|ægtefælle|ægtefællen|kæreste|kæresten|datter|datteren|søn|sønnen|barn|barnet|pige|pigen|dreng|drengen|svigermor|svigermoren|svigerfar|svigerfaren|svigerinde|svigerinden|svoger|svogeren|forlovede|forloveden|nabo|naboen|veninde|veninden|ven|vennen|bedstemor|bedstefar|farmor|farfar|mormor|morfar|stedfar|stedfaren|stedmor|fætteren|kusinen)';

/** Common Danish words that are also first names: a name only when the context says so. */
const AMBIGUOUS = new Set(['hans', 'per', 'line', 'bo', 'kim', 'said', 'nur', 'can', 'mona', 'lama', 'rim', 'aya', 'dina', 'hala', 'jana', 'yara', 'lina', 'sara', 'ida', 'alma', 'gul', 'gül', 'deniz', 'ali']);

type Detector = (text: string) => Omit<Finding, 'preview'>[];

/** Surnames, also with an Arabic article: "Al-Hassan", "El-Sayed". */
const isSurname = (lower: string) => SURNAME_SET.has(lower) || SURNAME_SET.has(lower.replace(/^(?:al|el)-/, ''));

const matches = (text: string, pattern: RegExp, kind: FindingKind, accept: (m: RegExpExecArray) => boolean = () => true, group = 0) => {
  const found: Omit<Finding, 'preview'>[] = [];
  for (const m of text.matchAll(pattern)) {
    const match = m as RegExpExecArray;
    if (!accept(match)) continue;
    const value = match[group];
    const start = match.index + match[0].indexOf(value);
    found.push({ kind, start, end: start + value.length });
  }
  return found;
};

const cpr: Detector = (text) =>
  matches(text, /(?<![\d.])(\d{2})[.]?(\d{2})[.]?(\d{2})[\s-]?(\d{4})(?![\d])/g, FindingKind.CPR, (m) => parseCpr(`${m[1]}${m[2]}${m[3]}${m[4]}`) !== null);

const phone: Detector = (text) =>
  matches(text, /(?<![\d\w])(?:(?:\+|00)45[\s-]?)?(?:\d{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}|\d{4}[\s.-]?\d{4})(?![\d])/g, FindingKind.PHONE, (m) => {
    const digits = m[0].replace(/\D/g, '').replace(/^(00)?45(?=\d{8}$)/, '');
    // An 8-digit amount ("12500000 kr") is not a phone number; Danish numbers start with 2-9.
    const looksLikeDate = /^\d{2}[./-]\d{2}[./-](?:19|20)\d{2}$/.test(m[0].trim());
    return digits.length === 8 && /^[2-9]/.test(digits) && !looksLikeDate && !/^\s*(kr|kroner|dkk)\b/i.test(text.slice(m.index + m[0].length));
  });

const email: Detector = (text) => matches(text, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, FindingKind.EMAIL);

const address: Detector = (text) => [
  // Two-word street names: "Tingbjerg Allé 53", "Bispebjerg Parken 4, 2. th."
  ...matches(text, new RegExp(`\\b[${UPPER}][${L}-]+\\s(?:Allé|Alle|Parken|Park|Vænge|Plads|Torv|Boulevard|Have|Gade|Vej|Stræde|Bakke|Huse)\\s+\\d{1,4}\\s?[A-Za-z]?\\b(?:,?\\s*(?:st\\.?|\\d{1,2}\\.?\\s*(?:sal)?)\\s*(?:th|tv|mf)?\\.?)?`, 'g'), FindingKind.ADDRESS),
  // Street and number, optional floor/side: "Søndergade 14, 2. th."
  ...matches(text, new RegExp(`\\b[${UPPER}][${L}-]*${STREET_SUFFIX}\\s+\\d{1,4}\\s?[A-Za-z]?\\b(?:,?\\s*(?:st\\.?|\\d{1,2}\\.?\\s*(?:sal)?)\\s*(?:th|tv|mf)?\\.?)?`, 'g'), FindingKind.ADDRESS),
  // Postcode and town: "2860 Søborg"
  ...matches(text, new RegExp(`(?<![\\d])[1-9]\\d{3}\\s+[${UPPER}][${L}]+(?:\\s+[${UPPER}][${L}]+)?`, 'g'), FindingKind.ADDRESS, (m) => !/^\d{4}\s+(kr|Kr)/.test(m[0])),
];

const birthDate: Detector = (text) => [
  // After a birth word: "født 7. juni 2006", "f. 07.06.2006", "fødselsdato: 7/6-2006"
  ...matches(
    text,
    new RegExp(`\\b(?:født|f\\.|fødselsdato|fødselsdag|født den)\\s*:?\\s*(?:den\\s+)?((?:\\d{1,2}\\.?\\s*(?:${MONTHS})\\.?\\s*\\d{2,4})|(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}))`, 'gi'),
    FindingKind.BIRTH_DATE,
    () => true,
    1,
  ),
];

/** Capitalised words in the lexicon, full names (first name + capitalised words), and names after relation words or honorifics. */
const names: Detector = (text) => {
  const found: Omit<Finding, 'preview'>[] = [];
  const token = new RegExp(`[${UPPER}][${L}'-]+`, 'g');
  const tokens = [...text.matchAll(token)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
  const isCapitalisedNameLike = (word: string) => !NOT_NAMES.has(word.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const { word, start } = tokens[i];
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const afterRelation = new RegExp(`(?:\\b${RELATION_WORDS}(?:\\s+(?:hedder|er|kaldet|ved navn))?|\\bhedder|\\bkaldet|\\bved navn|\\b(?:hr|fru|frk|dr)\\.?)\\s*,?\\s*$`, 'i').test(before);
    const sentenceStart = /(^|[.!?:]\s+|\n\s*)$/.test(before);
    const known = FIRST_NAMES.has(lower) || isSurname(lower);
    const next = tokens[i + 1];
    const adjacent = next && /^\s$/.test(text.slice(tokens[i].end, next.start));
    const followedBySurname = adjacent && (isSurname(next.word.toLowerCase()) || FIRST_NAMES.has(next.word.toLowerCase()));
    // An unknown capitalised word mid-sentence directly before a known surname: "talt med Dilshad Al-Hassan".
    const unknownBeforeSurname = !known && !sentenceStart && adjacent && isSurname(next.word.toLowerCase());
    const ambiguous = AMBIGUOUS.has(lower) && !afterRelation && !followedBySurname && (sentenceStart || !/\s$/.test(before) || true);
    if (!(afterRelation || (known && !ambiguous) || (known && followedBySurname) || unknownBeforeSurname)) continue;
    // Extend over following capitalised name-like words: "Fatima Al-Hassan", "Mohammed Ali Khan".
    let end = tokens[i].end;
    while (tokens[i + 1] && text.slice(end, tokens[i + 1].start).match(/^\s$/) && isCapitalisedNameLike(tokens[i + 1].word)) {
      i += 1;
      end = tokens[i].end;
    }
    found.push({ kind: FindingKind.NAME, start, end });
  }
  return found;
};

// Order breaks ties between findings at the same place: a birth date before a phone-shaped number.
const DETECTORS: Detector[] = [cpr, email, birthDate, phone, address, names];

/** Finds direct identifiers in a text; overlapping findings keep the earliest, longest one. */
export function scanText(text: string): Finding[] {
  const all = DETECTORS.flatMap((detect) => detect(text)).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Omit<Finding, 'preview'>[] = [];
  for (const finding of all) {
    const last = kept[kept.length - 1];
    if (last && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept.map((f) => ({ ...f, preview: mask(text.slice(f.start, f.end)) }));
}

/** "150385-1234" -> "15****-****": two characters, then the shape. */
export function mask(value: string): string {
  return value.slice(0, 2) + value.slice(2).replace(/[0-9]/g, '*').replace(/[A-Za-zÆØÅæøåÄÖÜäöüÉéÇçĞğİıŞş]/g, '*');
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
