/**
 * Danish CPR numbers: DDMMYY-SSSS. The 7th digit and the year give the
 * century; the date must exist. The modulus-11 check is not applied: numbers
 * issued since 2007 need not pass it.
 */
export interface Cpr {
  /** Ten digits, no separator. */
  digits: string;
  birthDate: { year: number; month: number; day: number };
}

/** Accepts DDMMYYSSSS, DDMMYY-SSSS, DDMMYY SSSS and DD.MM.YY-SSSS shapes. */
export function parseCpr(input: string): Cpr | null {
  const digits = input.trim().replace(/^(\d{2})\.(\d{2})\.(\d{2})/, '$1$2$3').replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = centuryOf(Number(digits[6]), yy) + yy;
  if (!isRealDate(year, month, day)) return null;
  return { digits, birthDate: { year, month, day } };
}

/** The century rule of the CPR office (CPR-kontoret). */
export function centuryOf(seventhDigit: number, yy: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800; // 5-8
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Whole years of age on a date. */
export function ageOn(cpr: Cpr, on: Date): number {
  const { year, month, day } = cpr.birthDate;
  let age = on.getUTCFullYear() - year;
  if (on.getUTCMonth() + 1 < month || (on.getUTCMonth() + 1 === month && on.getUTCDate() < day)) age -= 1;
  return age;
}
