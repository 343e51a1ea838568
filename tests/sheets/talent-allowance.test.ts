import { describe, expect, it } from 'vitest';
import { safeSchedule179 } from '../../src/index.js';
import { createSheetFunctions, functionSpecs, SheetError, VNSE_TALENT_ALLOWANCE } from '../../src/sheets/index.js';
import { loadExcel, loadGoogle, plain } from './hosts.js';
import { formatDate } from '../../src/core/calendar.js';
import { baseSalary, baseSalaryKnownThrough } from '../../src/parameters/base-salary.js';

/** The table's horizon (30 June 2027 today), read from the table so that a new base-salary row moves it. */
const horizon = baseSalaryKnownThrough(baseSalary);

// VNSE_TALENT_ALLOWANCE: one month of a Decree 179 allowance, through safeSchedule179 (docs/decree-179.md).
// The numbers are those of docs/decree-179.md and src/policies/nd179/graduate-allowance/cases.json (d179.md consistency check: G2 at
// coefficient 2.34 with base 2,340,000 → 1.5 × 2.34 × 2,340,000 = 8,213,400 a month).

const en = createSheetFunctions({ lang: 'en' });
const excel = createSheetFunctions({ host: 'excel', lang: 'en' });
const T = en.VNSE_TALENT_ALLOWANCE;

/** The G2 inputs the engine checks itself: criterion point, birth date, application date. */
const G2 = ['a', '2000-05-01', '2024-12-01'] as const;
/** A G2 graduate recruited on 12 Mar 2025 at coefficient 2.34: (month, [stopDate], [baseSalary]). */
const graduate = (month: unknown, stopDate: unknown = null, baseSalary: unknown = null) => T('graduate', 2.34, null, '2025-03-12', month, stopDate, baseSalary, ...G2);

describe('VNSE_TALENT_ALLOWANCE: the metadata', () => {
  it('is listed with its arguments, required ones first', () => {
    const spec = functionSpecs.find((f) => f.name === 'VNSE_TALENT_ALLOWANCE')!;
    expect(spec.params.map((p) => p.name)).toEqual([
      'allowance', 'coefficient', 'allowancesCoefficient', 'decisionDate', 'month', 'stopDate', 'baseSalary', 'criterionPath', 'birthDate', 'applicationDate',
    ]);
    expect(spec.params.filter((p) => !p.optional).map((p) => p.name)).toEqual(['allowance', 'coefficient', 'allowancesCoefficient', 'decisionDate', 'month']);
    expect(spec.params.find((p) => p.name === 'allowancesCoefficient')!.blankAllowed).toBe(true);
    expect(spec.result).toBe('number');
    expect(spec.ranges).toBe(true);
  });
});

describe('VNSE_TALENT_ALLOWANCE: amounts (the engine\'s)', () => {
  it('G2 graduate: a whole month, and the partial first and last months prorated by days', () => {
    expect(graduate('2025-04')).toBe(8213400); // 1.5 × 2.34 × 2,340,000
    expect(graduate('2025-03')).toBe(5298968); // … × 20/31
    expect(graduate('2030-03', null, 2340000)).toBe(2914432); // … × 11/31, the 5 years end on 2030-03-11
  });

  it('gives what safeSchedule179 gives for that month', () => {
    const r = safeSchedule179(
      { id: 'x', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2024-12-01', recruitmentDate: '2025-03-12', criteria: { qualificationMet: true }, salaryHistory: [{ from: '2025-03-12', coefficient: 2.34 }] },
      { from: '2025-03-01', to: '2026-06-30' },
    );
    if (!r.ok) throw r.error;
    const rows = r.value.schedules.find((s) => s.policy === 'nd179/graduate-allowance')!.rows;
    expect(rows).toHaveLength(16);
    for (const row of rows) expect(graduate(row.month), row.month).toBe(Number(row.amount));
  });

  it('G1 talented staff: 150% of the salary with allowances, from the recognition decision; stopDate ends it', () => {
    expect(T('talent', 4.4, 0.96, '2025-06-16', '2025-07')).toBe(18813600); // 1.5 × (4.4 + 0.96) × 2,340,000
    expect(T('talent', 4.4, 0.96, '2025-06-16', '2025-06')).toBe(9406800); // … × 15/30
    expect(T('talent', 4.4, null, '2025-06-16', '2025-07')).toBe(15444000); // no allowances
    expect(T('talent', 4.4, 0.96, '2025-06-16', '2025-09', '2025-09-15')).toBe(8779680); // … × 14/30
    expect(T('talent', 4.4, 0.96, '2025-06-16', '2025-10', '2025-09-15')).toMatch(/^#VNSE! No month of 2025-10-01 – 2025-10-31 is owed \(entitlement 2025-06-16 – 2025-09-14\)/);
  });

  it('G3 expert taken into the service: 300% of the salary with allowances', () => {
    expect(T('expert', 6.2, 0.5, '2025-02-01', '2025-05', null, null, 'b')).toBe(47034000); // 3.0 × (6.2 + 0.5) × 2,340,000
  });

  it('reads the allowance by its short name, policy code or group, in any case', () => {
    for (const name of ['talent', 'TALENT', 'talent-allowance', 'nd179/talent-allowance', 'talented-staff', 'G1']) {
      expect(T(name, 4.4, 0.96, '2025-06-16', '2025-07'), name).toBe(18813600);
    }
    expect(T('nd179/graduate-allowance', 2.34, '', '2025-03-12', '2025-04', '', '', ...G2)).toBe(8213400);
    expect(T('G3', 6.2, 0.5, '2025-02-01', '2025-05', null, null, 'B')).toBe(47034000);
  });

  it('the month: "YYYY-MM", any day of it, a date cell or a serial', () => {
    for (const month of ['2025-04', '2025-04-01', '2025-04-30', new Date(2025, 3, 17)]) expect(graduate(month), String(month)).toBe(8213400);
    expect(excel.VNSE_TALENT_ALLOWANCE('talent', 4.4, 0.96, 45824, 45853)).toEqual([[18813600]]); // 2025-06-16, 2025-07-15
  });

  it('the base salary: the table (the 2026 row verified, D24), none past the table\'s horizon', () => {
    expect(graduate('2026-06')).toBe(8213400);
    expect(graduate('2026-08')).toBe(8880300); // 1.5 × 2.34 × 2,530,000
    expect(graduate('2026-08', null, 2530000)).toBe(8880300); // 1.5 × 2.34 × 2,530,000
    // The first August after the table's horizon (read from the table, so that a new row moves it).
    expect(graduate(`${horizon.year}-08`)).toBe(`#VNSE! baseSalary: The base salary after ${formatDate(horizon)} is not known (it may change from 1 July); give baseSalary`);
    expect(graduate(`${horizon.year}-08`, null, 2530000)).toBe(8880300);
  });
});

describe('VNSE_TALENT_ALLOWANCE: refusals and bad input are readable errors, never a number', () => {
  it('a refusal by the law: #N/A in Excel, with the reason and the citation', () => {
    expect(graduate('2030-04', null, 2340000)).toMatch(/^#VNSE! No month of 2030-04-01 – 2030-04-30 is owed \(entitlement 2025-03-12 – 2030-03-11\) \(179\/2024\/NĐ-CP Art 7 cl\. 2/);
    expect(graduate('2025-02')).toMatch(/^#VNSE! No month of 2025-02-01/);
    const old = T('graduate', 2.34, null, '2025-03-12', '2025-04', null, null, 'a', '1990-05-01', '2024-12-01');
    expect(old).toMatch(/^#VNSE! Aged 34 when applying \(2024-12-01\), past the youth age/);
    const out = excel.VNSE_TALENT_ALLOWANCE('graduate', 2.34, null, '2025-03-12', '2025-04', null, null, 'a', '1990-05-01', '2024-12-01') as unknown[][];
    expect(out[0]![0]).toBeInstanceOf(SheetError);
    expect(out[0]![0]).toMatchObject({ code: '#N/A', message: expect.stringMatching(/^Aged 34 when applying/) });
  });

  it('what the engine needs and does not have is named: every missing G2 input at once', () => {
    const r = T('graduate', 2.34, null, '2025-03-12', '2025-04') as string;
    expect(r).toMatch(/^#VNSE! criterionPath is missing: /);
    expect(T('graduate', 2.34, null, '2025-03-12', '2025-04', null, null, 'a') as string).toMatch(/^#VNSE! birthDate is missing: .*; applicationDate is missing: /);
    expect(T('expert', 6.2, 0.5, '2025-02-01', '2025-05')).toMatch(/^#VNSE! criterionPath is missing/);
  });

  it('bad arguments: #VALUE!, each named with what it expects, all at once', () => {
    const r = T('nope', 2.34, null, '2025-02-31', 2025) as string;
    expect(r).toMatch(/^#VNSE! allowance: expected "talent" \(G1\), "graduate" \(G2\) or "expert" \(G3\)/);
    expect(r).toContain('decisionDate: expected a date cell');
    expect(r).toContain('month: 2025 looks like a year, not a date');
    expect(T('talent', 25, null, '2025-06-16', '2025-07')).toBe('#VNSE! coefficient: expected a salary coefficient above 0, at most 20 (a number or a decimal string such as 2.34); got 25');
    expect(T('talent', '2,34', null, '2025-06-16', '2025-07')).toMatch(/^#VNSE! coefficient: .*; got "2,34"$/);
    expect(T('talent', 4.4, 0.96, '2025-06-16', '2025-07', '2025-06-01')).toBe('#VNSE! stopDate: the stop date must be after the day the allowance starts');
    expect(T('talent', 4.4, 0.96, '2025-06-16', '2025-07', null, 2340000.5)).toBe('#VNSE! baseSalary: expected the base salary as a positive whole VND amount; got 2340000.5');
    expect(T('talent', null, null, '2025-06-16', '2025-07')).toMatch(/^#VNSE! coefficient: required/);
    expect(T('graduate', 2.34, null, '2025-03-12', '2025-04', null, null, 'd', ...G2.slice(1))).toMatch(/^#VNSE! criterionPath: expected one of "a", "b", "c"/);
    const x = excel.VNSE_TALENT_ALLOWANCE('talent', 25, null, '2025-06-16', '2025-07') as unknown[][];
    expect(x[0]![0]).toMatchObject({ code: '#VALUE!' });
  });

  it('Vietnamese by default', () => {
    expect(VNSE_TALENT_ALLOWANCE('graduate', 2.34, null, '2025-03-12', '2025-01', null, null, ...G2)).toMatch(/^#VNSE! Khoảng 2025-01-01 – 2025-01-31 không có tháng nào được hưởng/);
    expect(VNSE_TALENT_ALLOWANCE('talent', 4.4, 0.96, '2025-06-16', '2025-07')).toBe(18813600);
  });
});

describe('VNSE_TALENT_ALLOWANCE: ranges', () => {
  it('one person over a column of months', () => {
    const months = [['2025-02'], ['2025-03'], ['2025-04'], [''], ['2026-08'], [`${horizon.year}-08`]];
    const out = T('graduate', 2.34, null, '2025-03-12', months, null, null, ...G2) as unknown[][];
    // 2026-08: the verified 2026 row, 1.5 × 2.34 × 2,530,000; the August after the horizon: past it (D24).
    expect(out.map((r) => r[0])).toEqual([expect.stringMatching(/^#VNSE! No month/), 5298968, 8213400, '', 8880300, expect.stringMatching(/^#VNSE! baseSalary/)]);
  });

  it('a column of people for one month', () => {
    const out = T([['talent'], ['expert'], [''], ['talent']], [[4.4], [6.2], [''], [3]], 0.5, '2025-02-01', '2025-05', null, null, 'a') as unknown[][];
    expect(out).toEqual([[17199000], [47034000], [''], [12285000]]); // 1.5 × 4.9, 3.0 × 6.7, 1.5 × 3.5, each × 2,340,000
  });
});

describe('VNSE_TALENT_ALLOWANCE in the built bundles (npm test builds first)', () => {
  it('Google Sheets: Code.gs gives what the ESM API gives', () => {
    const host = loadGoogle({ lang: 'en' });
    const google = createSheetFunctions({ host: 'google', lang: 'en' });
    expect(host.call('VNSE_TALENT_ALLOWANCE', '"graduate"', '2.34', '""', '"2025-03-12"', '"2025-03"', '""', '""', '"a"', '"2000-05-01"', '"2024-12-01"')).toBe(5298968);
    expect(host.call('VNSE_TALENT_ALLOWANCE', '"talent"', '4.4', '0.96', 'new Date(2025, 5, 16)', 'new Date(2025, 6, 1)')).toBe(18813600);
    const calls: [string[], unknown[]][] = [
      [['"expert"', '6.2', '0.5', '"2025-02-01"', '"2025-05"', 'undefined', 'undefined', '"b"'], ['expert', 6.2, 0.5, '2025-02-01', '2025-05', undefined, undefined, 'b']],
      [['"graduate"', '2.34', '""', '"2025-03-12"', '"2025-04"'], ['graduate', 2.34, '', '2025-03-12', '2025-04']],
      [['"talent"', '[[4.4], [3]]', '0.5', '"2025-02-01"', '"2025-05"'], ['talent', [[4.4], [3]], 0.5, '2025-02-01', '2025-05']],
    ];
    for (const [sources, values] of calls) expect(plain(host.call('VNSE_TALENT_ALLOWANCE', ...sources))).toEqual(plain(google.VNSE_TALENT_ALLOWANCE(...values)));
  });

  it('Excel: registered, matrix arguments, dates as serials, errors as CustomFunctions.Error', () => {
    const host = loadExcel();
    const m = (v: unknown) => [[v]];
    const ex = createSheetFunctions({ host: 'excel' });
    expect(host.functions.VNSE_TALENT_ALLOWANCE!(m('talent'), m(4.4), m(0.96), m(45824), m(45853), null, null, null, null, null)).toEqual([[18813600]]);
    const refused = host.functions.VNSE_TALENT_ALLOWANCE!(m('graduate'), m(2.34), m(null), m('2025-03-12'), m('2025-01'), null, null, m('a'), m('2000-05-01'), m('2024-12-01')) as unknown[][];
    expect(refused[0]![0]).toBeInstanceOf(host.context.CustomFunctions.Error);
    expect(plain(refused)).toEqual([[{ code: '#N/A', message: expect.stringMatching(/^Khoảng 2025-01-01 – 2025-01-31 không có tháng nào được hưởng/) }]]);
    const args = [m('graduate'), m(2.34), m(null), m('2025-03-12'), [['2025-03'], ['2025-04'], ['2030-03']], null, m(2340000), m('a'), m('2000-05-01'), m('2024-12-01')];
    expect(host.functions.VNSE_TALENT_ALLOWANCE!(...args)).toEqual([[5298968], [8213400], [2914432]]);
    expect(plain(host.functions.VNSE_TALENT_ALLOWANCE!(...args))).toEqual(plain(ex.VNSE_TALENT_ALLOWANCE(...args)));
  });
});
