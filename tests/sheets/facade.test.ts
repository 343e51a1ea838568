import { describe, expect, it } from 'vitest';
import { safeAssess } from '../../src/index.js';
import {
  callSheetFunction,
  createSheetFunctions,
  dateToExcelSerial,
  excelSerialToDate,
  functionSpecs,
  localDateCodec,
  SheetError,
  sheetsSerialToDate,
  VNSE_BREAKDOWN,
  VNSE_DATE,
  VNSE_EARLY_RETIREMENT,
  VNSE_MONTHS_EARLY,
  VNSE_RESIGNATION,
  VNSE_RETIREMENT_DATE,
  VNSE_SALARY,
} from '../../src/sheets/index.js';
import { baseSalary, baseSalaryKnownThrough } from '../../src/parameters/base-salary.js';
import { toCellNumber } from '../../src/sheets/numbers.js';
import { civilFromDays, daysFromCivil } from '../../src/sheets/serial.js';

// O1, MoHA Official Letter 1814/BNV-TCBC (shared/spec/examples.md): a male civil servant born 15 Jan 1966,
// S = 15,356,250, 264 insured months, restructuring 1 Mar 2025, retiring from 1 May 2025: 744,778,125
// (the letter prints 744,788,125, 10,000 more than its own items; the items' true sum is asserted).
const O1 = ['male', '1966-01-15', 15356250, 264, '2025-03-01', '2025-05-01'] as const;
const blanks = (n: number) => Array<null>(n).fill(null);

const en = createSheetFunctions({ lang: 'en' });
const excel = createSheetFunctions({ host: 'excel', lang: 'en' });

const localDate = (d: unknown) => {
  expect(Object.prototype.toString.call(d)).toBe('[object Date]');
  const x = d as Date;
  return `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')} ${x.getHours()}:${x.getMinutes()}`;
};

describe('the metadata table', () => {
  it('lists the contract functions, required parameters before optional ones', () => {
    const names = functionSpecs.map((f) => f.name);
    for (const n of ['VNSE_RETIREMENT_DATE', 'VNSE_MONTHS_EARLY', 'VNSE_SALARY', 'VNSE_EARLY_RETIREMENT', 'VNSE_RESIGNATION', 'VNSE_BREAKDOWN']) {
      expect(names).toContain(n);
    }
    for (const f of functionSpecs) {
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional), f.name).toBe(true);
    }
  });

  it('keeps the contract argument order', () => {
    const order = (name: string) => functionSpecs.find((f) => f.name === name)!.params.map((p) => p.name);
    expect(order('VNSE_RETIREMENT_DATE')).toEqual(['gender', 'birthDate', 'annex']);
    expect(order('VNSE_MONTHS_EARLY')).toEqual(['gender', 'birthDate', 'leaveDate', 'annex']);
    expect(order('VNSE_SALARY').slice(0, 3)).toEqual(['coefficient', 'leadershipCoefficient', 'publicServicePercent']);
    expect(order('VNSE_SALARY').at(-1)).toBe('baseSalary');
    expect(order('VNSE_EARLY_RETIREMENT').slice(0, 7)).toEqual(['gender', 'birthDate', 'monthlySalary', 'insuredMonths', 'restructuringDate', 'leaveDate', 'group']);
  });

  it('keeps every description within Excel\'s 128 characters', () => {
    for (const f of functionSpecs) {
      for (const t of [f.description, ...f.params.map((p) => p.description)]) {
        expect(t.vi.length, `${f.name}: ${t.vi}`).toBeLessThanOrEqual(128);
        expect(t.en.length, `${f.name}: ${t.en}`).toBeLessThanOrEqual(128);
      }
    }
  });
});

describe('VNSE_SALARY (common.md §2)', () => {
  it('O1: (4.65 + 0.6) × 2,340,000 × 1.25 = 15,356,250, from the base salary of the month before leaving', () => {
    expect(VNSE_SALARY(4.65, 0.6, 25, ...blanks(7), '2025-05-01')).toBe(15356250);
    expect(VNSE_SALARY(4.65, 0.6, 25, ...blanks(8), 2340000)).toBe(15356250);
  });

  it('O2 and D1 (over-frame seniority before the percentages)', () => {
    expect(VNSE_SALARY(5.42, 0.4, 25, ...blanks(8), 2340000)).toBe(17023500);
    expect(VNSE_SALARY(4.98, 0.3, 25, 7, ...blanks(7), 2340000)).toBe(16525080);
    expect(VNSE_SALARY('4.98', '0.3', '25', '7', ...blanks(7), '2340000')).toBe(16525080);
  });

  it('the base salary in force: 1,800,000 for a leave in July 2024, 2,340,000 from August 2024', () => {
    expect(VNSE_SALARY(2, ...blanks(9), '2024-07-01')).toBe(3600000);
    expect(VNSE_SALARY(2, ...blanks(9), '2024-08-01')).toBe(4680000);
  });

  it('keeps S exact: a fraction of a đồng is returned as the exact decimal, not rounded', () => {
    // 4.65 × 2,340,000 × 1.1235 = 12,224,803.5 (exact)
    expect(VNSE_SALARY(4.65, null, 12.35, ...blanks(8), 2340000)).toBe(12224803.5);
  });

  it('refuses instead of guessing: no base salary and no date; a month past the table\'s horizon (D24)', () => {
    expect(en.VNSE_SALARY(4.65, 0.6, 25)).toMatch(/^#VNSE! baseSalary: required when leaveDate is empty/);
    // The 2026 row is verified (Decree 161/2026/NĐ-CP Art 3 cl. 2): 4.65 × 2,530,000 = 11,764,500.
    expect(en.VNSE_SALARY(4.65, ...blanks(9), '2026-08-01')).toBe(11764500);
    expect(en.VNSE_SALARY(4.65, ...blanks(9), '2026-08-01', 2530000)).toBe(11764500);
    // Leaving on 1 August after the table's horizon (30 June 2027 today, read from the table so that a new row moves
    // it): the base salary of the July before lies after it.
    const year = baseSalaryKnownThrough(baseSalary).year;
    expect(en.VNSE_SALARY(4.65, ...blanks(9), `${year}-08-01`)).toMatch(new RegExp(`^#VNSE! .*${year}-07 is not known yet`));
    expect(en.VNSE_SALARY(4.65, ...blanks(9), `${year}-08-01`, 2530000)).toBe(11764500);
  });

  it('percentages are numbers of percent: a percent-formatted cell (0.25 for 25%) is refused, text "25%" is read', () => {
    expect(en.VNSE_SALARY(4.65, 0.6, 0.25, ...blanks(8), 2340000)).toBe(
      '#VNSE! publicServicePercent: 0.25 looks like a cell formatted as a percentage (25%); enter the number of percent, e.g. 25',
    );
    expect(en.VNSE_SALARY(4.65, 0.6, 0.07 + 0.18, ...blanks(8), 2340000)).toMatch(/\(25%\); enter the number of percent, e.g. 25$/);
    expect(VNSE_SALARY(4.65, 0.6, '25%', ...blanks(8), 2340000)).toBe(15356250);
    expect(VNSE_SALARY(4.65, 0.6, 0, ...blanks(8), 2340000)).toBe(12285000);
  });

  it('names each bad component with what it expects', () => {
    expect(en.VNSE_SALARY(0, 0.6, 250, ...blanks(8), 2340000)).toBe(
      '#VNSE! coefficient: expected a salary coefficient above 0, at most 20; got 0; publicServicePercent: expected a percentage from 0 to 100 (e.g. 25 for 25%); got 250',
    );
    expect(en.VNSE_SALARY(true)).toMatch(/^#VNSE! coefficient: expected .*; got true/);
  });
});

describe('VNSE_RETIREMENT_DATE and VNSE_MONTHS_EARLY (common.md §3)', () => {
  it.each([
    ['male', '1964-01', undefined, '2025-05-01'],
    ['male', '1966-01-15', undefined, '2027-11-01'],
    ['male', '1966-03-31', 'I', '2028-01-01'],
    ['female', '1970-01-20', 'I', '2027-06-01'],
    ['male', '1969-01-02', 'II', '2025-05-01'],
    ['female', '1973-01-02', 'II', '2024-06-01'],
    ['nam', '1964-01-15', 1, '2025-05-01'],
    ['Nữ', '1970-01-20', '1', '2027-06-01'],
  ])('%s born %s, Annex %s → %s', (gender, birth, annex, first) => {
    const args = annex === undefined ? [gender, birth] : [gender, birth, annex];
    expect(localDate(VNSE_RETIREMENT_DATE(...args))).toBe(`${first} 0:0`);
    expect(excel.VNSE_RETIREMENT_DATE(...args)).toEqual([[dateToExcelSerial({ year: Number(first.slice(0, 4)), month: Number(first.slice(5, 7)), day: 1 })]]);
  });

  it('a birth year alone (text or a number such as 1964) counts as 1 January', () => {
    expect(localDate(VNSE_RETIREMENT_DATE('male', '1964'))).toBe('2025-05-01 0:0');
    expect(localDate(VNSE_RETIREMENT_DATE('male', 1964))).toBe('2025-05-01 0:0');
  });

  it('O1: 30 months early; a leave at or after the pension month is refused, not counted as 0', () => {
    expect(VNSE_MONTHS_EARLY('male', '1966-01-15', '2025-05-01')).toBe(30);
    expect(VNSE_MONTHS_EARLY('male', '1966-01-15', '2027-10-01')).toBe(1);
    expect(en.VNSE_MONTHS_EARLY('male', '1966-01-15', '2027-11-01')).toBe(
      '#VNSE! The leave month 2027-11 is not before the statutory pension month 2027-11: this is not early retirement (01/2025/TT-BNV Art 3 cl. 3)',
    );
    expect(excel.VNSE_MONTHS_EARLY('male', '1966-01-15', '2027-11-01')).toEqual([[expect.objectContaining({ code: '#N/A' })]]);
  });

  it('refuses ages outside the Decree 135/2020 tables', () => {
    expect(en.VNSE_RETIREMENT_DATE('male', '1950-01-01')).toMatch(/^#VNSE! A person born in 1950-01 reached the Annex I age before 2021/);
  });
});

describe('VNSE_EARLY_RETIREMENT, VNSE_RESIGNATION (through safeAssess)', () => {
  it('O1 → 744,778,125', () => {
    expect(VNSE_EARLY_RETIREMENT(...O1)).toBe(744778125);
    expect(excel.VNSE_EARLY_RETIREMENT(...O1)).toEqual([[744778125]]);
  });

  it('equals the engine total for the same case, group and staff type', () => {
    const cases = [
      { gender: 'male', birthDate: '1966-01-15', monthlySalary: 15356250, insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01', group: 'directly-affected' },
      { gender: 'female', birthDate: '1972-06', monthlySalary: '12345678.5', insuredMonths: 300, restructuringDate: '2025-01-15', leaveDate: '2026-03-01', group: 'directly-affected' },
      { gender: 'male', birthDate: '1967', monthlySalary: 9000000, insuredMonths: 380, leaveDate: '2025-08-01', group: 'not-directly-affected' },
    ];
    for (const c of cases) {
      const r = safeAssess({ id: 'x', staffType: 'civil-servant', route: 'early-retirement', ...c });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const cell = VNSE_EARLY_RETIREMENT(c.gender, c.birthDate, c.monthlySalary, c.insuredMonths, c.restructuringDate ?? null, c.leaveDate, c.group);
      const o = r.value.outcomes.find((x) => x.policy === r.value.best);
      if (o) expect(cell).toBe(Number(o.total));
      // Leaving after 1 Sep 2025 (the second case): the Decree 178 package is computed but not paid (D51), so
      // the cell is #N/A with the engine's reason, pointing to the Decree 154 function; never the 178 amount.
      else expect(cell).toMatch(/^#VNSE! Chế độ của Nghị định 178\/2024 và 67\/2025 đã khép lại ngày 01\/9\/2025.*; theo Nghị định 154\/2025: dùng VNSE_154_EARLY_RETIREMENT$/);
    }
    const late = cases[1]!;
    expect(en.VNSE_EARLY_RETIREMENT(late.gender, late.birthDate, late.monthlySalary, late.insuredMonths, late.restructuringDate, late.leaveDate)).toMatch(
      /^#VNSE! The Decree 178\/2024 and 67\/2025 regime closed on 1 Sep 2025.*; under Decree 154\/2025: use VNSE_154_EARLY_RETIREMENT$/,
    );
  });

  it('resignation: Art 10 for a public employee, Art 9 (with the job-search allowance) for a civil servant', () => {
    const args = ['female', '1985-04-02', 12000000, 150, '2025-03-01', '2025-06-01'] as const;
    for (const staffType of ['public-employee', 'civil-servant']) {
      const r = safeAssess({ id: 'x', gender: args[0], birthDate: args[1], monthlySalary: args[2], insuredMonths: args[3], restructuringDate: args[4], leaveDate: args[5], staffType, route: 'resignation' });
      expect(r.ok && r.value.outcomes[0]!.eligible).toBe(true);
      if (r.ok) expect(VNSE_RESIGNATION(...args, staffType)).toBe(Number(r.value.outcomes[0]!.total));
    }
    expect(VNSE_RESIGNATION(...args, 'civil-servant')).toBeGreaterThan(VNSE_RESIGNATION(...args, 'public-employee') as number);
  });

  it('resignation needs the staff type: Art 9 and Art 10 pay differently', () => {
    expect(en.VNSE_RESIGNATION('female', '1985-04-02', 12000000, 150, '2025-03-01', '2025-06-01')).toMatch(/^#VNSE! staffType: required: expected one of "cadre"/);
  });

  it('a refusal is an error with the reason and the citation, never 0', () => {
    const r = en.VNSE_EARLY_RETIREMENT('male', '1966-01-15', 15356250, 264, '2025-03-01', '2015-05-01');
    expect(r).toMatch(/^#VNSE! .*\(.*\)$/);
    expect(excel.VNSE_EARLY_RETIREMENT('male', '1966-01-15', 15356250, 100, '2025-03-01', '2025-05-01')).toEqual([
      [expect.objectContaining({ code: '#N/A', message: expect.stringMatching(/^Fewer than 20 insured years/) })],
    ]);
  });

  it('bad input names every bad argument', () => {
    expect(en.VNSE_EARLY_RETIREMENT('x', 'abc', 15356250, 264, '2025-03-01', '2025-05-01', 'foo')).toBe(
      '#VNSE! gender: expected one of "male", "female"; got "x"; birthDate: expected a date cell, a date serial number, the text "YYYY-MM-DD" or "YYYY-MM", or the birth year; got "abc"; group: expected one of "directly-affected", "not-directly-affected", "association", "decree-177-cadre"; got "foo"',
    );
    expect(en.VNSE_EARLY_RETIREMENT('male', '1966-01-15', 15356250, 264.5, '2025-03-01', '2025-05-01')).toMatch(/^#VNSE! insuredMonths: expected a whole number of months/);
    expect(en.VNSE_EARLY_RETIREMENT('male', '1966-01-15', 15356250, 264, null, '2025-05-01')).toMatch(/^#VNSE! restructuringDate: required for the directly affected groups/);
    expect(excel.VNSE_EARLY_RETIREMENT('male', '1966-01-15', 15356250, 264, '2025-02-30', '2025-05-01')).toEqual([[expect.objectContaining({ code: '#VALUE!' })]]);
  });

  it('Vietnamese by default', () => {
    expect(VNSE_EARLY_RETIREMENT('x', ...O1.slice(1))).toBe('#VNSE! gender: cần một trong "male", "female"; nhận được "x"');
  });
});

describe('VNSE_BREAKDOWN', () => {
  it('O1: header, title and status, the three items with formula and citation, the total, the rights, then the resignation refusal', () => {
    const t = en.VNSE_BREAKDOWN(...O1, 'civil-servant') as unknown[][];
    expect(t[0]).toEqual(['Item', 'Amount (VND)', 'Formula', 'Citation']);
    expect(t.every((row) => row.length === 4)).toBe(true);
    expect(t[1]).toEqual(['Early retirement (Decree 178 Art 7)', '', 'Eligible — the highest, the one paid', '']);
    expect(t.slice(2, 6)).toEqual([
      [expect.any(String), 460687500, '15,356,250 × 1.0 × 30', '178/2024/NĐ-CP Art 7 cl. 1 pt. a'],
      [expect.any(String), 191953125, '15,356,250 × 5 × 2.5', expect.stringMatching(/^178\/2024\/NĐ-CP Art 7 cl. 2 pt. a/)],
      [expect.any(String), 92137500, '15,356,250 × (5 + 0.5 × 2)', expect.stringMatching(/^178\/2024\/NĐ-CP Art 7 cl. 2 pt. a/)],
      ['Total', 744778125, '', ''],
    ]);
    const resignation = t.find((row) => String(row[0]).startsWith('Resignation'))!;
    expect(resignation[2]).toMatch(/^Not eligible: /);
    expect(resignation[3]).toBe('178/2024/NĐ-CP Art 9');
  });

  it('amounts are the engine\'s, converted only at the edge', () => {
    const r = safeAssess({ id: 'x', gender: 'male', birthDate: '1966-01-15', monthlySalary: 15356250, insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01', staffType: 'civil-servant' });
    if (!r.ok) throw r.error;
    const amounts = (VNSE_BREAKDOWN(...O1, 'civil-servant') as unknown[][]).map((row) => row[1]).filter((a) => typeof a === 'number');
    const expected = r.value.outcomes.flatMap((o) => (o.eligible ? [...o.items.map((i) => Number(i.amount)), Number(o.total)] : []));
    expect(amounts).toEqual(expected);
  });

  it('explains one case: ranges are refused', () => {
    expect(en.VNSE_BREAKDOWN([['male'], ['female']], ...O1.slice(1), 'civil-servant')).toMatch(/^#VNSE! VNSE_BREAKDOWN explains one case/);
    expect(excel.VNSE_BREAKDOWN([['male'], ['female']], ...O1.slice(1), 'civil-servant')).toEqual([[expect.any(SheetError)]]);
  });

  it('Excel flavour: the table as a matrix; an invalid case as a 1×1 error', () => {
    const t = excel.VNSE_BREAKDOWN(...O1.map((v) => [[v]]), [['civil-servant']]) as unknown[][];
    expect(t[0]).toEqual(['Item', 'Amount (VND)', 'Formula', 'Citation']);
    expect(excel.VNSE_BREAKDOWN('male')).toEqual([[expect.objectContaining({ code: '#VALUE!' })]]);
  });
});

describe('ranges (each argument may be a range; a single cell applies to every row)', () => {
  it('one result per row, blank rows blank, one error cell per bad row', () => {
    const genders = [['male'], ['female'], [''], ['male']];
    const births = [['1966-01-15'], ['1970-01-20'], [''], ['not a date']];
    const out = en.VNSE_MONTHS_EARLY(genders, births, '2025-05-01');
    expect(out).toEqual([[30], [25], [''], [expect.stringMatching(/^#VNSE! birthDate: expected/)]]);
  });

  it('a mix of columns and constants, for the totals', () => {
    const out = VNSE_EARLY_RETIREMENT([['male'], ['male']], [['1966-01-15'], ['1966-01-15']], [[15356250], [17023500]], 264, '2025-03-01', '2025-05-01');
    expect(out).toEqual([[744778125], [VNSE_EARLY_RETIREMENT('male', '1966-01-15', 17023500, 264, '2025-03-01', '2025-05-01')]]);
  });

  it('rows broadcast, and columns too: a row of dates against a column of people', () => {
    const out = VNSE_MONTHS_EARLY('male', [['1966-01-15'], ['1967-01-15']], [['2025-05-01', '2025-06-01']]);
    expect(out).toEqual([[30, 29], [45, 44]]); // 62 years from 2029 on: pension 2029-02
  });

  it('a 1D array is a column', () => {
    expect(VNSE_MONTHS_EARLY('male', ['1966-01-15', '1967-01-15'], '2025-05-01')).toEqual([[30], [45]]);
  });

  it('ranges of different heights are one error', () => {
    expect(en.VNSE_MONTHS_EARLY([['male'], ['male']], [['1966-01-15'], ['1966-01-15'], ['1966-01-15']], '2025-05-01')).toBe(
      '#VNSE! VNSE_MONTHS_EARLY: the ranges differ in size (2×1, 3×1); each must have the same number of rows, or be a single cell',
    );
    expect(excel.VNSE_MONTHS_EARLY([['male'], ['male']], [['1966-01-15'], ['1966-01-15'], ['1966-01-15']], '2025-05-01')).toEqual([[expect.objectContaining({ code: '#VALUE!' })]]);
  });

  it('too many arguments is an error; trailing blanks are not', () => {
    expect(en.VNSE_DATE('2025-05-01', 'x')).toBe('#VNSE! VNSE_DATE: 2 arguments given, at most 1');
    expect(localDate(VNSE_DATE('2025-05-01', '', null, undefined))).toBe('2025-05-01 0:0');
  });

  it('scalars in, scalar out (Google); the Excel flavour always returns a matrix', () => {
    expect(VNSE_MONTHS_EARLY('male', '1966-01-15', '2025-05-01')).toBe(30);
    expect(VNSE_MONTHS_EARLY([['male']], '1966-01-15', '2025-05-01')).toEqual([[30]]);
    expect(excel.VNSE_MONTHS_EARLY('male', '1966-01-15', '2025-05-01')).toEqual([[30]]);
  });
});

describe('dates at the edge (common.md §1)', () => {
  it('Excel serials, 1900 date system with its fictitious 29 Feb 1900', () => {
    expect(excelSerialToDate(1)).toEqual({ ok: true, date: { year: 1900, month: 1, day: 1 } });
    expect(excelSerialToDate(59)).toEqual({ ok: true, date: { year: 1900, month: 2, day: 28 } });
    expect(excelSerialToDate(60)).toEqual({ ok: false, reason: 'fictitious-leap-day' });
    expect(excelSerialToDate(61)).toEqual({ ok: true, date: { year: 1900, month: 3, day: 1 } });
    expect(excelSerialToDate(45778)).toEqual({ ok: true, date: { year: 2025, month: 5, day: 1 } });
    expect(excelSerialToDate(45778.99)).toEqual({ ok: true, date: { year: 2025, month: 5, day: 1 } });
    expect(excelSerialToDate(0)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(excelSerialToDate(2958465)).toEqual({ ok: true, date: { year: 9999, month: 12, day: 31 } });
    expect(excelSerialToDate(2958466)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(excelSerialToDate(Number.NaN)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(dateToExcelSerial({ year: 1900, month: 1, day: 1 })).toBe(1);
    expect(dateToExcelSerial({ year: 1900, month: 2, day: 28 })).toBe(59);
    expect(dateToExcelSerial({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(dateToExcelSerial({ year: 2025, month: 5, day: 1 })).toBe(45778);
    expect(dateToExcelSerial({ year: 1899, month: 12, day: 31 })).toBeNull();
  });

  it('Excel serials round-trip for every day from 1900 to 2100 except serial 60', () => {
    for (let s = 1; s <= 73415; s++) {
      const r = excelSerialToDate(s);
      if (s === 60) continue;
      expect(r.ok && dateToExcelSerial(r.date)).toBe(s);
    }
  });

  it('Google Sheets serials count from 1899-12-30 with no fictitious day', () => {
    expect(sheetsSerialToDate(60)).toEqual({ ok: true, date: { year: 1900, month: 2, day: 28 } });
    expect(sheetsSerialToDate(61)).toEqual({ ok: true, date: { year: 1900, month: 3, day: 1 } });
    expect(sheetsSerialToDate(45778)).toEqual({ ok: true, date: { year: 2025, month: 5, day: 1 } });
  });

  it('the day counts agree with the proleptic Gregorian calendar', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    for (let d = -800000; d <= 800000; d += 997) {
      const c = civilFromDays(d);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(d);
    }
  });

  it('serials through the functions: Excel returns serials, Google returns Dates', () => {
    expect(excel.VNSE_DATE([[60], [61], [45778], ['2025-05-01']])).toEqual([
      [new SheetError('#VALUE!', 'value: serial 60 is the fictitious 29 Feb 1900 of Excel\'s 1900 leap-year bug, not a date')],
      [61],
      [45778],
      [45778],
    ]);
    expect(excel.VNSE_MONTHS_EARLY('male', 24122, 45778)).toEqual([[30]]); // 1966-01-15, 2025-05-01
    expect(localDate(VNSE_DATE(45778))).toBe('2025-05-01 0:0');
    expect(localDate(VNSE_DATE(60))).toBe('1900-02-28 0:0');
  });

  it('a whole number that looks like a year is not read as a serial, except as a birth year', () => {
    expect(en.VNSE_MONTHS_EARLY('male', 1966, 2025)).toBe('#VNSE! leaveDate: 2025 looks like a year, not a date; enter a full date');
  });

  it('text dates must be real calendar dates', () => {
    expect(en.VNSE_DATE('2025-02-29')).toMatch(/^#VNSE! value: expected a date cell/);
    expect(en.VNSE_DATE('01/05/2025')).toMatch(/^#VNSE! value: expected a date cell/);
    expect(localDate(VNSE_DATE(' 2024-02-29 '))).toBe('2024-02-29 0:0');
  });

  it('a Date is read by its local parts and must be at local midnight', () => {
    expect(localDate(VNSE_DATE(new Date(2025, 4, 1)))).toBe('2025-05-01 0:0');
    expect(localDateCodec.read(new Date(2025, 4, 1), 'x')).toEqual({ year: 2025, month: 5, day: 1 });
    expect(en.VNSE_DATE(new Date(2025, 4, 1, 17))).toMatch(/^#VNSE! value: the date reads as 2025-05-01 17:00, not 00:00 — the script runs in another time zone/);
    expect(en.VNSE_DATE(new Date(Number.NaN))).toBe('#VNSE! value: the date cell holds an invalid date (Invalid Date)');
    expect(excel.VNSE_DATE(new Date(2025, 4, 1))).toEqual([[45778]]);
  });

  it('with the spreadsheet\'s time zone and a formatter, the date is the one the spreadsheet shows', () => {
    const calls: string[] = [];
    const zoned = createSheetFunctions({
      lang: 'en',
      timeZone: 'Asia/Ho_Chi_Minh',
      formatDate: (d, tz) => {
        calls.push(`format ${tz}`);
        return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
      },
      parseDate: (iso, tz) => {
        calls.push(`parse ${iso} ${tz}`);
        return new Date(`${iso}T00:00:00+07:00`);
      },
    });
    // 00:00 on 1 May 2025 in Hà Nội is 17:00 UTC on 30 April.
    const cell = new Date('2025-04-30T17:00:00Z');
    expect((zoned.VNSE_DATE(cell) as Date).toISOString()).toBe('2025-04-30T17:00:00.000Z');
    expect(zoned.VNSE_MONTHS_EARLY('male', new Date('1966-01-14T17:00:00Z'), cell)).toBe(30);
    expect(calls).toContain('format Asia/Ho_Chi_Minh');
    expect(calls).toContain('parse 2025-05-01 Asia/Ho_Chi_Minh');
  });
});

describe('numbers at the edge (common.md §7)', () => {
  it('integers up to 2^53 − 1 exactly; beyond, #NUM! rather than a rounded amount', () => {
    expect(toCellNumber('744778125', 'x')).toBe(744778125);
    expect(toCellNumber('9007199254740991', 'x')).toBe(9007199254740991);
    expect(toCellNumber('9007199254740993', 'x')).toEqual(expect.objectContaining({ failure: 'num' }));
    expect(toCellNumber('12219507.9', 'x')).toBe(12219507.9);
    expect(toCellNumber('0.1', 'x')).toBe(0.1);
    expect(toCellNumber('123456789012345678.5', 'x')).toEqual(expect.objectContaining({ failure: 'num' }));
  });
});

describe('settings', () => {
  it('an unknown function name is a programming error', () => {
    expect(() => callSheetFunction('VNSE_NOPE', [])).toThrow(/unknown spreadsheet function VNSE_NOPE/);
  });

  it('the Excel flavour builds its errors with the host\'s factory', () => {
    const out = callSheetFunction('VNSE_DATE', [60], { host: 'excel', makeError: (code, message) => ({ excel: code, message }) });
    expect(out).toEqual([[{ excel: '#VALUE!', message: expect.stringContaining('29/02/1900') }]]);
  });
});
