import { describe, expect, it } from 'vitest';
import { formatMonth } from '../../src/core/calendar.js';
import { defaultParameters } from '../../src/parameters/parameter-set.js';
import { annexPensionStart } from '../../src/rules/retirement-age.js';
import type { Gender, Annex } from '../../src/parameters/retirement-age.js';

function pension(gender: Gender, year: number, month: number, annex: Annex) {
  const r = annexPensionStart(gender, { year, month }, annex, defaultParameters);
  if (!r.ok) throw new Error(r.refusal.message.en);
  return { month: formatMonth(r.value.pensionStart), age: `${Math.floor(r.value.ageMonths / 12)}y${r.value.ageMonths % 12}m` };
}

// Every checkpoint row of common.md §3, read straight from Decree 135/2020 Annex I and II.
describe('Decree 135/2020 Annex I and II (common.md §3 checkpoints)', () => {
  it.each([
    ['male', 1964, 1, 'I', '2025-05', '61y3m'],
    ['male', 1966, 1, 'I', '2027-11', '61y9m'],
    ['male', 1966, 3, 'I', '2028-01', '61y9m'],
    ['male', 1966, 4, 'I', '2028-05', '62y0m'],
    ['male', 1980, 7, 'I', '2042-08', '62y0m'],
    ['female', 1970, 1, 'I', '2027-06', '57y4m'],
    ['female', 1975, 5, 'I', '2035-06', '60y0m'],
    ['male', 1969, 1, 'II', '2025-05', '56y3m'],
    ['female', 1973, 1, 'II', '2024-06', '51y4m'],
  ] as const)('%s born %i-%i, Annex %s → pension %s at %s', (gender, y, m, annex, month, age) => {
    expect(pension(gender, y, m, annex)).toEqual({ month, age });
  });

  // More rows copied from the tables in the Decree 135/2020 Annex I/II tables (docs/rule-book).
  it.each([
    ['male', 1963, 1, 'I', '2023-11'],
    ['male', 1963, 3, 'I', '2024-01'],
    ['male', 1963, 4, 'I', '2024-05'],
    ['male', 1963, 12, 'I', '2025-01'],
    ['male', 1964, 10, 'I', '2026-05'],
    ['male', 1965, 6, 'I', '2027-01'],
    ['male', 1965, 7, 'I', '2027-05'],
    ['female', 1968, 9, 'I', '2025-06'],
    ['female', 1971, 4, 'I', '2029-01'],
    ['female', 1971, 5, 'I', '2029-06'],
    ['female', 1975, 4, 'I', '2035-01'],
    ['male', 1968, 4, 'II', '2024-05'],
    ['male', 1970, 7, 'II', '2027-05'],
    ['male', 1971, 3, 'II', '2028-01'],
    ['female', 1976, 5, 'II', '2029-06'],
    ['female', 1980, 4, 'II', '2035-01'],
  ] as const)('%s born %i-%i, Annex %s → pension %s', (gender, y, m, annex, month) => {
    expect(pension(gender, y, m, annex).month).toBe(month);
  });

  it('refuses a birth month whose age was reached before the tables (2021)', () => {
    const r = annexPensionStart('male', { year: 1955, month: 6 }, 'I', defaultParameters);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.code).toBe('retirement-age-out-of-table');
  });
});
