import { describe, expect, it } from 'vitest';
import { createSheetFunctions } from '../../src/sheets/index.js';

/**
 * Issue #13: `VNSE_DATE` threw on a date cell outside the years 1–9999 and so failed the whole range; the
 * other functions answered "lỗi nội bộ" (internal error) instead of naming the argument. Now such a cell
 * is an error in its own cell that names the argument; the other rows of the range still answer.
 */
const yearDate = (year: number) => {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year);
  return d;
};
const en = createSheetFunctions({ lang: 'en' });
const vi = createSheetFunctions();

describe('date cells outside the years 1–9999', () => {
  it.each([10000, 0, -5, 275760])('VNSE_DATE on year %i: a per-cell error naming the argument; the range goes on', (year) => {
    const out = en.VNSE_DATE([[new Date(2025, 4, 1)], [yearDate(year)], ['2025-05-02']]) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[0]![0]).toEqual(new Date(2025, 4, 1));
    expect(out[1]![0]).toBe(`#VNSE! value: the date cell is in the year ${year}, outside 1–9999; enter the right date`);
    expect(out[2]![0]).toEqual(new Date(2025, 4, 2));
    expect(vi.VNSE_DATE(yearDate(year))).toBe(`#VNSE! value: ô ngày có năm ${year}, ngoài khoảng 1–9999; hãy nhập ngày đúng`);
  });

  it('the other functions name the argument, never "lỗi nội bộ"', () => {
    expect(en.VNSE_RETIREMENT_DATE('male', yearDate(10000))).toMatch(/^#VNSE! birthDate: the date cell is in the year 10000/);
    expect(en.VNSE_MONTHS_EARLY('male', '1966-01-15', yearDate(10000))).toMatch(/^#VNSE! leaveDate: the date cell is in the year 10000/);
    expect(String(vi.VNSE_EARLY_RETIREMENT('male', '1966-01-15', 15356250, 264, yearDate(-1), '2025-05-01'))).toMatch(/^#VNSE! restructuringDate: ô ngày có năm -1/);
    const excel = createSheetFunctions({ host: 'excel', lang: 'en' });
    expect(String((excel.VNSE_DATE([[yearDate(10000)]]) as unknown[][])[0]![0])).toMatch(/^#VALUE! value: the date cell is in the year 10000/);
  });
});
