import { FindingKind, scanText } from './scanner';

export interface Annotated {
  text: string;
  expected: { kind: FindingKind; start: number; end: number }[];
}

export interface EvaluationText {
  text: string;
  clean: boolean;
}

/** Turns "Ring ⟦phone|20 30 40 50⟧" into the plain text and the expected spans. */
export function parseAnnotated(marked: string): Annotated {
  const expected: Annotated['expected'] = [];
  let text = '';
  let cursor = 0;
  for (const match of marked.matchAll(/⟦(\w+)\|([^⟧]+)⟧/g)) {
    text += marked.slice(cursor, match.index);
    expected.push({ kind: match[1] as FindingKind, start: text.length, end: text.length + match[2].length });
    text += match[2];
    cursor = match.index! + match[0].length;
  }
  return { text: text + marked.slice(cursor), expected };
}

/**
 * The held-out set's file format: a header of "#" lines, then texts separated by
 * lines holding only "---". A text without marks is clean.
 */
export function parseTextBlocks(content: string): EvaluationText[] {
  const [, ...blocks] = content.split(/\n---\n/);
  return blocks.map((block) => block.replace(/\n+$/, '')).filter(Boolean).map((text) => ({ text, clean: !text.includes('⟦') }));
}

export interface EvaluationResult {
  recall: Record<FindingKind, { found: number; total: number; rate: number }>;
  cleanTexts: number;
  cleanTextsFlagged: number;
  falsePositiveRate: number;
  /** Findings in annotated texts that match no expected identifier. */
  spuriousFindings: number;
  /** Share of all findings (clean texts included) that overlap an expected identifier. */
  precision: number;
  /** Identifiers a finding overlaps, and those of them of which a run of three characters survives redaction where it stood. */
  redaction: { found: number; leaks: { kind: FindingKind; start: number }[] };
}

/** Recall per kind (an expected identifier counts as found when a finding of its kind overlaps it), precision, and the share of clean texts flagged. */
export function evaluate(texts: EvaluationText[]): EvaluationResult {
  const recall = Object.fromEntries(Object.values(FindingKind).map((kind) => [kind, { found: 0, total: 0, rate: 1 }])) as EvaluationResult['recall'];
  let cleanTexts = 0;
  let cleanTextsFlagged = 0;
  let spuriousFindings = 0;
  let findingsTotal = 0;
  const redaction: EvaluationResult['redaction'] = { found: 0, leaks: [] };
  for (const item of texts) {
    const { text, expected } = parseAnnotated(item.text);
    const findings = scanText(text);
    findingsTotal += findings.length;
    if (item.clean) {
      cleanTexts += 1;
      spuriousFindings += findings.length;
      if (findings.length > 0) cleanTextsFlagged += 1;
      continue;
    }
    for (const identifier of expected) {
      recall[identifier.kind].total += 1;
      if (findings.some((f) => f.kind === identifier.kind && f.start < identifier.end && f.end > identifier.start)) recall[identifier.kind].found += 1;
      const covering = findings.filter((f) => f.start < identifier.end && f.end > identifier.start);
      if (covering.length === 0) continue; // a miss: counted as such by recall
      redaction.found += 1;
      if (survivingRun(text, identifier, covering)) redaction.leaks.push({ kind: identifier.kind, start: identifier.start });
    }
    spuriousFindings += findings.filter((f) => !expected.some((e) => f.start < e.end && f.end > e.start)).length;
  }
  for (const entry of Object.values(recall)) entry.rate = entry.total === 0 ? 1 : entry.found / entry.total;
  return {
    recall,
    cleanTexts,
    cleanTextsFlagged,
    falsePositiveRate: cleanTexts === 0 ? 0 : cleanTextsFlagged / cleanTexts,
    spuriousFindings,
    precision: findingsTotal === 0 ? 1 : (findingsTotal - spuriousFindings) / findingsTotal,
    redaction,
  };
}

/** Does a run of three or more of the identifier's characters (spaces, dots and commas break a run) lie outside every finding? */
function survivingRun(text: string, identifier: { start: number; end: number }, covering: { start: number; end: number }[]): boolean {
  let run = 0;
  for (let at = identifier.start; at < identifier.end; at++) {
    const covered = covering.some((f) => f.start <= at && at < f.end);
    run = covered || /[\s.,]/.test(text[at]) ? 0 : run + 1;
    if (run >= 3) return true;
  }
  return false;
}

/** The targets. */
export const TARGETS: Record<FindingKind, number> = {
  [FindingKind.CPR]: 0.99,
  [FindingKind.PHONE]: 0.99,
  [FindingKind.EMAIL]: 0.99,
  [FindingKind.NAME]: 0.95,
  [FindingKind.ADDRESS]: 0.95,
  [FindingKind.BIRTH_DATE]: 0.95,
};
export const MAX_FALSE_POSITIVE_RATE = 0.01;
