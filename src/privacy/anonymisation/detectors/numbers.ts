import { parseCpr } from '../../cpr/cpr';
import { FindingKind } from '../finding';
import { endsInOrganisation } from '../organisations';
import { Detector, overlaps, Span, spansOf } from './span';

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';

/**
 * Numbers that are references, not people: case, journal, invoice, order,
 * serial, customer and company (CVR, P, EAN) numbers after the word that names
 * them, and the shapes case systems print ("KOB-2021-0042", "2024-004571",
 * "27.12.05-P20-3-23"). CPR and phone findings inside them are dropped.
 */
const REFERENCE_CUE =
  /\b(?:sags?\s?(?:nr|nummer|id)|sag\s+nr|j\.?\s?nr|journal\s?(?:nr|nummer)|ref(?:erence)?(?:\s?nr)?|faktura\s?(?:nr|nummer)?|ordre\s?(?:nr|nummer)?|kunde\s?(?:nr|nummer)|serie\s?(?:nr|nummer)|bestillings\s?(?:nr|nummer)|kursus\s?(?:nr|nummer)|vare\s?(?:nr|nummer)|konto\s?(?:nr|nummer)?|reg\.?\s?nr|bilag\s?(?:nr)?|cvr(?:-?\s?(?:nr|nummer))?|se-?\s?nr|p-?\s?(?:nr|nummer)|ean(?:-?\s?(?:nr|nummer))?|løbe\s?nr|id-?\s?(?:nr|nummer)|billet\s?nr|licens\s?nr|version)\b\.?\s*[:.]?\s*/gi;
const REFERENCE_SHAPES = [/\b[A-ZÆØÅ]{2,5}-(?:19|20)\d{2}-\d{2,6}\b/g, /\b(?:19|20)\d{2}-\d{4,8}\b/g, /\b\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}(?:-\d+)+\b/g];

export function referenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const cue of text.matchAll(REFERENCE_CUE)) {
    const after = cue.index + cue[0].length;
    const value = /^[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå./-]*(?:\s\d{2,4})*/.exec(text.slice(after));
    if (value && /\d/.test(value[0])) spans.push({ start: after, end: after + value[0].length });
  }
  for (const shape of REFERENCE_SHAPES) for (const m of text.matchAll(shape)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** DDMMYY-SSSS with a real date; separators a space, a dot or a hyphen (every dash is a hyphen after normalisation). */
export const cpr: Detector = (text) =>
  spansOf(text, /(?<![\d.,-])(\d{2})[. ]?(\d{2})[. ]?(\d{2}) ?[-.]? ?(\d{4})(?![\d]|[.,]\d)/g, FindingKind.CPR, (m) => parseCpr(`${m[1]}${m[2]}${m[3]}${m[4]}`) !== null);

/**
 * Danish subscriber numbers: eight digits starting 2-9, as pairs or fours, with
 * +45/0045. Not: an organisation's line (a hotline, a counselling service, a
 * switchboard named in the sentence), amounts ("12500000 kr"), dates, and
 * four-four with a hyphen (a case number's shape).
 */
/** An organisation named as the owner of the line: its definite or proper form ("Rådgivningen", "hotlinen"), not the word in passing ("ønsker rådgivning"). */
const ORGANISATION_LINE = /(?:hotline[n]?|\p{L}*rådgivningen|vagtcentral(?:en)?|sekretariatet|hovednummer|omstilling(?:en)?|døgnåben|landsdækkende|telefontid(?:en)?|åbningstid(?:en)?)(?![\p{L}])/iu;
/** After the number only what says whose line it is: "... er kommunens hovednummer", "(døgnåben)". */
const ORGANISATION_AFTER = /^[\s(,–-]*(?:(?:er|er til)\s+(?:\p{L}+\s+){0,2}(?:hovednummer|omstilling|hotline|vagtcentral)|døgnåben|landsdækkende|hverdage)/iu;

export const phone: Detector = (text) =>
  spansOf(text, /(?<![\d\w+.,-])(?:\(?(?:\+|00)\s?45\)?[\s-]?)?(?:\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}|\d{4} ?\d{4})(?![\d]|[.,-]\d)/g, FindingKind.PHONE, (m) => {
    const digits = m[0].replace(/\D/g, '').replace(/^(00)?45(?=\d{8}$)/, '');
    if (digits.length !== 8 || !/^[2-9]/.test(digits)) return false;
    const sentence = text.slice(Math.max(0, m.index - 80), m.index).split(/[.!?](?=\s)|\n/).at(-1) ?? '';
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // A group of digits on either side: a longer number (a serial, an account) that holds eight digits.
    if (/\d[ .-]$/.test(text.slice(0, m.index)) || /^[ .-]\d/.test(rest)) return false;
    if (ORGANISATION_LINE.test(sentence) || ORGANISATION_AFTER.test(rest) || endsInOrganisation(sentence.replace(/(?:\s*(?:på|:|,|–|-|\(|tlf\.?|telefon(?:nummer)?|nr\.?))*\s*$/i, '')) || (/^(70|80|90)/.test(digits) && /^\s*\(?(?:døgnåben|gratis|landsdækkende|hverdage)/i.test(text.slice(m.index + m[0].length)))) return false;
    const looksLikeDate = /^\d{2}[./-]\d{2}[./-](?:19|20)\d{2}$/.test(m[0].trim());
    // "2021-2022", "1998/2005": a span of years.
    if (/^(?:19|20)\d{2}\s?[-/]\s?(?:19|20)\d{2}$/.test(m[0].trim())) return false;
    return !looksLikeDate && !/^\s*(kr|kroner|dkk|stk|personer)\b/i.test(text.slice(m.index + m[0].length));
  });

const EMAIL = /[\p{L}\p{N}._%+-]+(?:@|\s?\((?:at|snabel-a)\)\s?|\s?\[at\]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/giu;
const AT_SIGN = /@|\((?:at|snabel-a)\)|\[at\]/gi;

/** Addresses with "@" or a spelt-out "(at)"; the pattern runs only around each at sign (a whole-text pass backtracks on every word). */
export const email: Detector = (text) => {
  const found: Span[] = [];
  let searchedTo = 0;
  for (const at of text.matchAll(AT_SIGN)) {
    if (at.index < searchedTo) continue;
    const windowStart = Math.max(searchedTo, at.index - 64);
    for (const span of spansOf(text.slice(windowStart, at.index + 256), EMAIL, FindingKind.EMAIL)) {
      if (span.start + windowStart > at.index || span.end + windowStart <= at.index) continue;
      found.push({ kind: span.kind, start: span.start + windowStart, end: span.end + windowStart });
      searchedTo = span.end + windowStart;
    }
  }
  return found;
};

/**
 * A date after a birth word: "født 7. juni 2006", "f. 07.06.2006", "fødselsdato: 7/6-2006", "(f. d. 3.9.10)".
 * The finding covers the birth word too ("Hun er [FØDSELSDATO]"), so no part of the phrase is left beside the placeholder.
 */
export const birthDate: Detector = (text) =>
  spansOf(
    text,
    new RegExp(
      `(?:\\bfylder\\s+(?:\\d{1,2}\\s+)?år|\\bfødt|\\bf\\.|\\bf\\.\\s?d\\.|\\bfødselsdato|\\bfødselsdag|\\bfdato|\\bfød\\.|\\bdob)\\s*:?\\s*(?:den\\s+|d\\.\\s*)?((?:\\d{1,2}\\.?\\s*(?:${MONTHS})\\.?\\s*(?:\\d{4}|'?\\d{2}))|(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})|(?:\\d{6})(?!\\s?-?\\d))`,
      'gi',
    ),
    FindingKind.BIRTH_DATE,
  );

/** CPR and phone findings that lie inside a reference number are the reference's digits. */
export function withoutReferences(spans: Span[], text: string): Span[] {
  const references = referenceSpans(text);
  if (references.length === 0) return spans;
  return spans.filter((span) => !((span.kind === FindingKind.PHONE || span.kind === FindingKind.CPR) && references.some((reference) => overlaps(reference, span))));
}
