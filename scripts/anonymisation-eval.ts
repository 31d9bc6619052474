/** `npm run eval:anonymisation`: recall per kind and the false-positive rate of the scanner on the evaluation set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, MAX_FALSE_POSITIVE_RATE, TARGETS } from '../src/privacy/anonymisation/evaluation';
import { FindingKind } from '../src/privacy/anonymisation/scanner';

const set = JSON.parse(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'anonymisation', 'eval-set.json'), 'utf8')) as { texts: { text: string; clean: boolean }[] };
const result = evaluate(set.texts);
const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;
console.log('kind         found/total  recall   target');
for (const kind of Object.values(FindingKind)) {
  const r = result.recall[kind];
  console.log(`${kind.padEnd(12)} ${`${r.found}/${r.total}`.padStart(11)}  ${percent(r.rate).padStart(7)}  ${r.rate >= TARGETS[kind] ? 'ok' : 'BELOW'} (>= ${percent(TARGETS[kind])})`);
}
console.log(`clean texts flagged: ${result.cleanTextsFlagged}/${result.cleanTexts} = ${percent(result.falsePositiveRate)} (target <= ${percent(MAX_FALSE_POSITIVE_RATE)})`);
console.log(`spurious findings in texts with identifiers: ${result.spuriousFindings}`);
