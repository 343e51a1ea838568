import { describe, expect, it } from 'vitest';
import { allowanceYearsNumber, monthsToAllowanceYears } from '../../src/core/service-time.js';

describe('months to allowance years (Decree 178 Art 5; common.md §4)', () => {
  it.each([
    [0, '0'], [1, '0.5'], [6, '0.5'], [7, '1'], [11, '1'], [12, '1'], [13, '1.5'],
    [30, '2.5'], [41, '3.5'], [65, '5.5'], [402, '33.5'], [424, '35.5'], [431, '36'],
  ])('%i months → %s years', (months, years) => {
    expect(monthsToAllowanceYears(months).toString()).toBe(years);
  });

  it('rejects negative and fractional months', () => {
    expect(() => monthsToAllowanceYears(-1)).toThrow(RangeError);
    expect(() => monthsToAllowanceYears(1.5)).toThrow(RangeError);
  });

  it('gives the same years as a number for the facts, for every month count up to 60 years', () => {
    for (let months = 0; months <= 720; months++) {
      expect(String(allowanceYearsNumber(months))).toBe(monthsToAllowanceYears(months).toString());
    }
    expect(() => allowanceYearsNumber(-1)).toThrow(RangeError);
  });
});
