import { ageOn, centuryOf, parseCpr } from '../../src/privacy/cpr/cpr';
import { hashCpr } from '../../src/consent/citizens/cpr-hasher';

describe('CPR numbers', () => {
  it.each([
    ['0707614285', 1961],
    ['070761-4285', 1961],
    ['070761 4285', 1961],
    ['07.07.61-4285', 1961],
    ['0101204000', 2020], // 7th digit 4, year 00-36
    ['0101504000', 1950], // 7th digit 4, year 37-99
    ['0101575000', 2057], // 7th digit 5-8, year 00-57
    ['0101585000', 1858], // 7th digit 5-8, year 58-99
    ['0101369000', 2036],
    ['0101379000', 1937],
  ])('%s is valid, born in %i', (input, year) => {
    expect(parseCpr(input)?.birthDate.year).toBe(year);
  });

  it('accepts numbers that fail the old modulus-11 check (not required since 2007)', () => {
    const digits = '0101001234';
    const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
    expect(sum % 11).not.toBe(0);
    expect(parseCpr(digits)).not.toBeNull();
  });

  it.each([
    ['3102611234', 'no 31 February'],
    ['2902011234', '2001 is not a leap year'],
    ['3204611234', 'no 32nd'],
    ['0113611234', 'no 13th month'],
    ['0707614', 'too short'],
    ['07076142851', 'too long'],
    ['07O7614285', 'a letter'],
  ])('%s is refused (%s)', (input) => {
    expect(parseCpr(input)).toBeNull();
  });

  it('knows the leap days by century', () => {
    expect(parseCpr('2902004000')).not.toBeNull(); // 2000 is a leap year (7th digit 4, year 00)
    expect(parseCpr('2902001000')).toBeNull(); // 1900 is not
    expect(parseCpr('2902845000')).not.toBeNull(); // 7th digit 5, year 84: 1884, a leap year
    expect(centuryOf(5, 84)).toBe(1800);
  });

  it('computes age for the consent rules', () => {
    const cpr = parseCpr('1506104000')!; // born 15 June 2010
    expect(ageOn(cpr, new Date('2025-06-14T12:00:00Z'))).toBe(14);
    expect(ageOn(cpr, new Date('2025-06-15T12:00:00Z'))).toBe(15);
  });
});

describe('CPR hashing', () => {
  const secret = Buffer.alloc(32, 7);
  it('is stable within a municipality and unrelated across municipalities', () => {
    const a = hashCpr(secret, '00000000-0000-4000-8000-000000000001', '0707614285');
    expect(hashCpr(secret, '00000000-0000-4000-8000-000000000001', '0707614285')).toBe(a);
    expect(hashCpr(secret, '00000000-0000-4000-8000-000000000002', '0707614285')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toContain('0707614285');
  });
});
