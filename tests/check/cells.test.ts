import { describe, expect, it } from 'vitest';
import { readDate, readDuration, readNumber, isRomanNumeral, type CheckRow } from '../../src/check/cells.js';
import type { GridRow } from '../../src/io/grid/index.js';
import { checkEn, checkVi } from '../../src/locales/check.js';

describe('reading the cells of a payout list', () => {
  it('a grid row of the #15 reader is a CheckRow (the web page and the CLI pass parsed sheets as they are)', () => {
    const row: GridRow = { row: 3, cells: ['x', { kind: 'number', text: '1', percent: false }, { kind: 'date', iso: '2025-07-01' }] };
    const asCheck: CheckRow = row;
    expect(asCheck.row).toBe(3);
  });
  it('amounts with thousands dots or commas; coefficients with a decimal comma; ambiguity refused', () => {
    expect(readNumber('16.321.500', 'money')).toEqual({ ok: true, value: '16321500' });
    expect(readNumber('16,321,500', 'money')).toEqual({ ok: true, value: '16321500' });
    expect(readNumber('1.234', 'money')).toEqual({ ok: true, value: '1234' });
    expect(readNumber('4,65', 'decimal')).toEqual({ ok: true, value: '4.65' });
    expect(readNumber('1.234', 'decimal')).toEqual({ ok: false, problem: 'ambiguous-number' });
    expect(readNumber('16.321.500,5', 'money')).toEqual({ ok: false, problem: 'not-whole' });
    expect(readNumber('', 'money')).toEqual({ ok: false, problem: 'empty' });
    expect(readNumber('mười', 'money')).toEqual({ ok: false, problem: 'not-a-number' });
  });
  it('dates: dd/mm/yyyy, MM/yyyy (month precision), two-digit years only inside the certain span (D71)', () => {
    expect(readDate('01/07/2025', 'event')).toEqual({ ok: true, value: '2025-07-01' });
    expect(readDate('05/1971', 'birth')).toEqual({ ok: true, value: '1971-05' });
    expect(readDate('1/7/25', 'event')).toEqual({ ok: true, value: '2025-07-01' });
    expect(readDate('12/06/66', 'birth')).toEqual({ ok: true, value: '1966-06-12' });
    expect(readDate('12/06/45', 'birth')).toEqual({ ok: false, problem: 'ambiguous-year' });
    expect(readDate('01/07/95', 'event')).toEqual({ ok: false, problem: 'ambiguous-year' });
    expect(readDate('31/02/2025', 'event')).toEqual({ ok: false, problem: 'not-a-date' });
    expect(readDate({ kind: 'date', iso: '2025-03-01' }, 'event')).toEqual({ ok: true, value: '2025-03-01' });
  });
  it('durations: "33 năm 07 tháng", "33-07", months; a bare number is not taken for years', () => {
    expect(readDuration('33 năm 07 tháng', 'months')).toEqual({ ok: true, value: 403 });
    expect(readDuration('33-07', 'months')).toEqual({ ok: true, value: 403 });
    expect(readDuration('7 tháng', 'months')).toEqual({ ok: true, value: 7 });
    expect(readDuration('431', 'months')).toEqual({ ok: true, value: 431 });
    expect(readDuration('34', 'years-or-refuse')).toEqual({ ok: false, problem: 'not-a-duration' });
    expect(readDuration('33 năm 12 tháng', 'months')).toEqual({ ok: false, problem: 'not-a-duration' });
  });
  it('Roman-numeral unit sub-headings', () => {
    expect(['I', 'II', 'IV', 'IX', 'XII.'].every(isRomanNumeral)).toBe(true);
    expect(['1', 'A', '', 'IIII'].some(isRomanNumeral)).toBe(false);
  });
  it('check messages: the same keys and placeholders in Vietnamese and English', () => {
    expect(Object.keys(checkEn).sort()).toEqual(Object.keys(checkVi).sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(checkVi)) expect(ph((checkEn as Record<string, string>)[k]!), k).toEqual(ph(v));
  });
});
