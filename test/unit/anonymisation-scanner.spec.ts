import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, MAX_FALSE_POSITIVE_RATE, TARGETS } from '../../src/privacy/anonymisation/evaluation';
import { FindingKind, mask, redact, scanText } from '../../src/privacy/anonymisation/scanner';

const kinds = (text: string) => scanText(text).map((f) => [f.kind, text.slice(f.start, f.end)]);

describe('the anonymisation scanner', () => {
  it.each([
    ['150385-1234'],
    ['1503851234'],
    ['150385 1234'],
    ['15.03.85-1234'],
    ['010101-4000'], // 2001 (7th digit 4, year 00-36)
    ['290200-4000'], // 29 February 2000: a leap day
    ['010101-1234'], // fails the old modulus-11 check: still a CPR number
  ])('finds the CPR number %s', (cpr) => {
    expect(kinds(`Borgerens nummer er ${cpr} ifølge sagen.`)).toEqual([[FindingKind.CPR, cpr]]);
  });

  it.each([['310285-1234'], ['290201-1234'], ['001085-1234']])('does not take %s (no such date) for a CPR number', (value) => {
    expect(kinds(`Reference ${value} i journalen.`).filter(([kind]) => kind === FindingKind.CPR)).toEqual([]);
  });

  it.each([['20 30 40 50'], ['2030 4050'], ['20304050'], ['+45 20 30 40 50'], ['0045 20304050'], ['+4520304050']])('finds the phone number %s', (phone) => {
    expect(kinds(`Ring på ${phone} i dag.`)).toEqual([[FindingKind.PHONE, phone]]);
  });

  it('finds e-mail addresses and street addresses with floor, side and postcode as one finding', () => {
    expect(kinds('Skriv til fatima.h@gmail.com eller kom forbi Søndergade 14, 2. th., 2860 Søborg.')).toEqual([
      [FindingKind.EMAIL, 'fatima.h@gmail.com'],
      [FindingKind.ADDRESS, 'Søndergade 14, 2. th., 2860 Søborg'],
    ]);
    expect(kinds('Hun bor i Tingbjerg Allé 53.')).toEqual([[FindingKind.ADDRESS, 'Tingbjerg Allé 53']]);
  });

  it('finds dates of birth written and numeric, not other dates', () => {
    expect(kinds('Hun er født 7. juni 2006 og var til møde den 7. juni 2026.')).toEqual([[FindingKind.BIRTH_DATE, 'født 7. juni 2006']]);
    expect(kinds('Drengen (f. 07.06.2009) går i skole.')).toEqual([[FindingKind.BIRTH_DATE, 'f. 07.06.2009']]);
  });

  it('finds names of Danish and of the target group’s origins, full names, and names after relation words and honorifics', () => {
    expect(kinds('Mette Jensen og Mehmet Yilmaz deltog.')).toEqual([
      [FindingKind.NAME, 'Mette Jensen'],
      [FindingKind.NAME, 'Mehmet Yilmaz'],
    ]);
    expect(kinds('Hendes bror Zerak truer hende, og moren hedder Gulnaz.')).toEqual([
      [FindingKind.NAME, 'Zerak'],
      [FindingKind.NAME, 'Gulnaz'],
    ]);
    expect(kinds('Vi talte med fru Abdi og hr. Karimi.')).toEqual([
      [FindingKind.NAME, 'Abdi'],
      [FindingKind.NAME, 'Karimi'],
    ]);
  });

  it('leaves organisations, teams, places and ordinary words alone', () => {
    expect(scanText('Hans mor har talt med Etnisk Konsulentteam, Bydelsmødre og Baba i Gladsaxe. Jobcenter Horsens deltager. Beløbet er 12.500 kr.')).toEqual([]);
  });

  it('masks the preview and redacts with placeholders', () => {
    const text = 'CPR 150385-1234, ring 20 30 40 50, moren hedder Hawa.';
    expect(scanText(text).map((f) => f.preview)).toEqual(['15****-****', '20 ** ** **', 'Ha**']);
    expect(redact(text)).toBe('CPR [CPR], ring [TLF], moren hedder [NAVN].');
    expect(mask('x.y@gmail.com')).toBe('x.*@*****.***');
  });

  it('meets the targets on the evaluation set (npm run eval:anonymisation prints the figures)', () => {
    const set = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'anonymisation', 'eval-set.json'), 'utf8'));
    const result = evaluate(set.texts);
    for (const kind of Object.values(FindingKind)) {
      expect({ kind, meetsTarget: result.recall[kind].rate >= TARGETS[kind] }).toEqual({ kind, meetsTarget: true });
    }
    expect(result.falsePositiveRate).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
  });
});
