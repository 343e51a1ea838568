import { describe, expect, it } from 'vitest';
import { createSheetFunctions } from '../../src/sheets/index.js';
import { loadExcel, loadGoogle, plain } from './hosts.js';

/**
 * Decision D41 (issue #13): a cell formatted as a percentage holds a fraction (100 % is 1, 25 % is 0.25),
 * and 1 was read as 1 %: a wrong salary with no error. Percent arguments are numbers of percent (25 for
 * 25 %); no allowance percentage of the salary lies above 0 and at or below 1 (the smallest non-zero ones
 * start at 5 %), so any such value, number or text, is refused per cell, naming the argument and saying
 * what to type instead. 0 and text such as "100%" stay accepted. Tested in the ESM façade and both bundles
 * (`npm test` builds them first).
 */
const blanks = (n: number) => Array<null>(n).fill(null);
const en = createSheetFunctions({ lang: 'en' });
const excel = createSheetFunctions({ host: 'excel', lang: 'en' });

describe('percent arguments: a value above 0 and at most 1 is refused, never read as a percent of itself', () => {
  it('100 % formatted (1) is refused, naming the argument, with the number to type', () => {
    expect(en.VNSE_SALARY(4.65, 0.6, 1, ...blanks(8), 2340000)).toBe(
      '#VNSE! publicServicePercent: 1 looks like a cell formatted as a percentage (100%); enter the number of percent, e.g. 100',
    );
    expect(createSheetFunctions().VNSE_SALARY(4.65, 0.6, 1, ...blanks(8), 2340000)).toMatch(/^#VNSE! publicServicePercent: 1 giống một ô định dạng phần trăm \(100%\); hãy nhập số phần trăm, ví dụ 100$/);
  });

  it.each([[1], [0.5], [0.25], [0.01], [1e-9], ['1'], ['0.5'], [' 0.25 ']])('%j in every percent argument → refused', (value) => {
    for (let i = 2; i <= 8; i++) {
      const args: unknown[] = [4.65, 0.6, ...blanks(9), 2340000];
      args[i] = value;
      expect(String(en.VNSE_SALARY(...args)), `argument ${i}`).toMatch(/Percent: .*looks like a cell formatted as a percentage/);
      const out = excel.VNSE_SALARY(...args.map((a) => [[a]])) as unknown[][];
      expect(plain(out[0]![0]), `argument ${i} (excel)`).toEqual({ code: '#VALUE!', message: expect.stringMatching(/looks like a cell formatted as a percentage/) });
    }
  });

  it('0, numbers of percent above 1, and "25%" / "100%" text are read as before', () => {
    expect(en.VNSE_SALARY(4.65, 0.6, 0, ...blanks(8), 2340000)).toBe(12285000);
    expect(en.VNSE_SALARY(4.65, 0.6, 25, ...blanks(8), 2340000)).toBe(15356250);
    expect(en.VNSE_SALARY(4.65, 0.6, '25%', ...blanks(8), 2340000)).toBe(15356250);
    expect(en.VNSE_SALARY(4.65, 0.6, '100%', ...blanks(8), 2340000)).toBe(24570000); // (4.65 + 0.6) × 2,340,000 × 2
  });
});

describe('the same rule in both built bundles', () => {
  it('Google Sheets: a 100 % cell (1) is refused', () => {
    const host = loadGoogle({ lang: 'en' });
    expect(host.call('VNSE_SALARY', '4.65', '0.6', '1', ...blanks(8).map(() => 'null'), '2340000')).toBe(
      '#VNSE! publicServicePercent: 1 looks like a cell formatted as a percentage (100%); enter the number of percent, e.g. 100',
    );
    expect(host.call('VNSE_SALARY', '4.65', '0.6', '100', ...blanks(8).map(() => 'null'), '2340000')).toBe(24570000);
  });

  it('Excel: a 100 % cell (1) is a #VALUE! error that says so', () => {
    const host = loadExcel();
    const m = (v: unknown) => [[v]];
    const out = host.functions.VNSE_SALARY!(m(4.65), m(0.6), m(1), null, null, null, null, null, null, null, null, m(2340000));
    expect(plain(out)).toEqual([[{ code: '#VALUE!', message: 'publicServicePercent: 1 giống một ô định dạng phần trăm (100%); hãy nhập số phần trăm, ví dụ 100' }]]);
    expect(host.functions.VNSE_SALARY!(m(4.65), m(0.6), m(100), null, null, null, null, null, null, null, null, m(2340000))).toEqual([[24570000]]);
  });
});
