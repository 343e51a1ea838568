import { boundedMemo } from './bounded-memo.js';
import { dec, type Decimal } from './money.js';

/**
 * Converts months to years for the allowances: whole years, plus an odd remainder of 1–6 months = ½ year
 * and 7–11 months = 1 year (Decree 178 Art 5 cl. 3–4; Circular 01/2025 Art 3 cl. 4–5). 30 → 2.5, 431 → 36.
 */
export function monthsToAllowanceYears(months: number): Decimal {
  if (!(Number.isInteger(months) && months >= 0 && months <= KEPT_MONTHS)) return allowanceYearsDecimal(allowanceYearsNumber(months));
  return (byMonths[months] ??= allowanceYearsDecimal(allowanceYearsNumber(months)));
}

/**
 * The longest odd remainder that counts ½ year (Decree 178 Art 5; Decree 177 Art 3 cl. 3): 1–6 months = ½ year,
 * 7–11 = a whole year. The rule book's sentence is written from this number (policies/nd178/common/odd-months.ts).
 */
export const HALF_YEAR_MAX_ODD_MONTHS = 6;

/** The answers for 0–1200 months, by index (every case asks for its insured months). */
const KEPT_MONTHS = 1200;
const byMonths: Decimal[] = new Array<Decimal>(KEPT_MONTHS + 1);

/**
 * The same years as a JS number, for facts: whole + 0, 0.5 or 1 is exact in binary, and its shortest
 * text is the decimal itself ("22.5"), so the number and the Decimal always agree.
 */
export function allowanceYearsNumber(months: number): number {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a whole number >= 0, got ${months}`);
  const whole = Math.floor(months / 12);
  const rest = months % 12;
  return whole + (rest === 0 ? 0 : rest <= HALF_YEAR_MAX_ODD_MONTHS ? 0.5 : 1);
}

const allowanceYearsDecimal = boundedMemo((years: number) => dec(String(years)), 1024);
