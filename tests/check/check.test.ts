import { describe, expect, it } from 'vitest';
import { checkPayoutList, type CheckReport, type CheckedRow } from '../../src/check/index.js';
import { fixtureJson, fixtureRows } from './load.js';

/**
 * Each fixture list (tests/fixtures/check/, derivations in NOTES.md) carries correct rows and planted
 * errors; every planted error must be found (the row differs, by the hand-derived amount) and explained
 * with the right cause. Expected amounts come from the golden cases named in NOTES.md, not from the library.
 */
async function report(name: string, mapping?: string): Promise<CheckReport> {
  const r = checkPayoutList(await fixtureRows(name), mapping ? (fixtureJson(mapping) as object) : {});
  if (!r.ok) throw new Error(r.error.en);
  return r.report;
}

const byName = (rep: CheckReport, name: string): CheckedRow => rep.rows.find((r) => r.name === name)!;
const causes = (row: CheckedRow) => row.causes.map((c) => c.code);
const differing = (row: CheckedRow) => row.comparisons.filter((c) => !c.agrees).map((c) => [c.code, c.declared, c.recomputed]);

describe('Defence form I.1 (Decree 178 Art 7)', async () => {
  const rep = await report('defence-i1.csv');
  it('is recognised by its 23-column numbering row', () => expect(rep.layout).toBe('defence-i1'));
  it('a correct row agrees on every item, the total and the declared figures', () => {
    const row = byName(rep, 'Nguyễn Văn An');
    expect(row.status).toBe('agrees');
    expect(row.comparisons.filter((c) => c.kind === 'figure').map((c) => c.code).sort()).toEqual(['monthsEarly', 'yearsEarly']);
    expect(row.comparisons.find((c) => c.code === 'one-off-pension')).toMatchObject({ citation: expect.stringContaining('178/2024/NĐ-CP'), formula: expect.any(String) });
  });
  it('exactly 6 odd insured months rounded up to a year: found and named', () => {
    const row = byName(rep, 'Trần Văn Bình');
    expect(row.status).toBe('differs');
    expect(differing(row)).toEqual([['insured-time-allowance', '316368000', '310284000'], ['total', '1971216000', '1965132000']]);
    expect(causes(row)).toEqual(['odd-months-rounded-up']);
    expect(row.causes[0]!.message.vi).toContain('6 tháng lẻ');
  });
  it('the first-12-month rate used from the 13th month: wrong window', () => {
    const row = byName(rep, 'Lê Văn Cường');
    expect(row.difference).toBe('360915750');
    expect(causes(row)).toEqual(['wrong-window']);
  });
  it('a missing salary is never a zero: the row cannot be rebuilt, naming the field and column', () => {
    const row = byName(rep, 'Phạm Văn Dũng');
    expect(row.status).toBe('cannot-rebuild');
    expect(row.problems.map((p) => p.en)).toEqual(['Row 12, monthlySalary (column 9): missing']);
    expect(row.recomputedTotal).toBeUndefined();
  });
  it('a row without gender is refused, naming the column (D70)', () => {
    expect(byName(rep, 'Hoàng Văn Em').problems[0]!.vi).toContain('gender (cột Giới tính)');
  });
  it('summary by Roman-numeral unit and in total, with the verdict', () => {
    expect(rep.units.map((u) => [u.unit, u.checked, u.agreeing, u.overPaid.sum, u.cannotRebuild])).toEqual([
      ['Phòng Tham mưu', 2, 1, '6084000', 0],
      ['Phòng Chính trị', 3, 0, '360915750', 2],
    ]);
    expect(rep.total).toMatchObject({ checked: 5, agreeing: 1, overPaid: { count: 2, sum: '366999750' }, underPaid: { count: 0, sum: '0' }, cannotRebuild: 2 });
    expect(rep.outcome).toBe('unbuilt');
    expect(rep.verdict.vi).toContain('2 chi thừa (366.999.750 đồng)');
  });
});

describe('Defence form I.3 (Decree 177 Art 3)', async () => {
  const rep = await report('defence-i3.csv');
  it('is recognised (15 columns, Decree 177 in the title)', () => expect(rep.layout).toBe('defence-i3'));
  it('correct row agrees; 22 years 6 months rounded to 23: odd months', () => {
    expect(byName(rep, 'Đỗ Văn Giang').status).toBe('agrees');
    const row = byName(rep, 'Đỗ Văn Hải');
    expect(differing(row)).toEqual([['insured-time-allowance', '99815625', '95976563'], ['total', '291768750', '287929688']]);
    expect(causes(row)).toEqual(['odd-months-rounded-up']);
  });
});

describe('Defence form I.2 (resignation)', async () => {
  const rep = await report('defence-i2.csv');
  it('is recognised (18 columns)', () => expect(rep.layout).toBe('defence-i2'));
  it('correct row agrees; 0.4 severance in the first 12 months: wrong window, under-paid', () => {
    expect(byName(rep, 'Vũ Văn Hùng').status).toBe('agrees');
    const row = byName(rep, 'Vũ Văn Ích');
    expect(row.difference).toBe('-233766000');
    expect(causes(row)).toEqual(['wrong-window']);
  });
  it('10 years 6 months counted as 11: odd months, over-paid by 7,500,000', () => {
    const row = byName(rep, 'Ngô Văn Khánh');
    expect(row.difference).toBe('7500000');
    expect(causes(row)).toEqual(['odd-months-rounded-up']);
    expect(rep.total).toMatchObject({ overPaid: { count: 1, sum: '7500000' }, underPaid: { count: 1, sum: '233766000' } });
  });
});

describe('contract-headed list (fields, item codes, policy, total)', async () => {
  const rep = await report('contract-headed.csv');
  it('is read without a mapping', () => expect(rep.layout).toBe('contract'));
  it('correct row agrees (declared S and insured years included)', () => expect(byName(rep, 'Mai Văn Lâm').status).toBe('agrees'));
  it('S built on the previous base salary: wrong base salary', () => {
    const row = byName(rep, 'Mai Văn Minh');
    expect(row.difference).toBe('-246705750');
    expect(causes(row)).toEqual(['figure-mismatch', 'wrong-base-salary']);
    expect(row.causes[1]!.message.en).toContain('used 1,800,000');
  });
  it('area allowance inside S: excluded allowance', () => {
    const row = byName(rep, 'Mai Văn Nam');
    expect(row.difference).toBe('30654000');
    expect(causes(row)).toEqual(['figure-mismatch', 'excluded-allowance-in-salary']);
  });
  it('declared 35 insured years used instead of 36 recomputed from 431 months', () => {
    const row = byName(rep, 'Mai Văn Oanh');
    expect(row.difference).toBe('-8160750');
    expect(causes(row)).toEqual(['figure-mismatch', 'declared-insured-years-used']);
  });
  it('right amounts but a declared figure that does not match the inputs', () => {
    const row = byName(rep, 'Mai Văn Phú');
    expect(row.status).toBe('differs');
    expect(row.difference).toBe('0');
    expect(differing(row)).toEqual([['yearsEarly', '3.5', '3']]);
    expect(causes(row)).toEqual(['figure-mismatch']);
  });
});

describe('a civilian unit’s own sheet with a mapping file', async () => {
  const rep = await report('civilian-sheet.csv', 'civilian-mapping.json');
  it('reads the mapped columns, title rows above the headings, the "Tổng cộng" row ends the list', () => {
    expect(rep.layout).toBe('mapping');
    expect(rep.rows.map((r) => r.status)).toEqual(['agrees', 'differs', 'cannot-rebuild', 'cannot-rebuild']);
  });
  it('"16-08" durations and two-digit event years (01/11/25) read; wrong window found', () => {
    expect(causes(byName(rep, 'Vũ Văn Sơn'))).toEqual(['wrong-window']);
  });
  it('a two-digit birth year outside the certain span is an error naming the cell (D71)', () => {
    expect(byName(rep, 'Vũ Văn Uy').problems[0]!.en).toBe('Row 8, birthDate (column Ngày sinh): a two-digit year whose century is not certain; write all four digits — "11/04/45"');
  });
});

describe('tolerance', async () => {
  const rows = await fixtureRows('defence-i2.csv');
  it('is exact by default and, in đồng, reported as such', () => {
    const exact = checkPayoutList(rows);
    const loose = checkPayoutList(rows, {}, { tolerance: 7_500_000 });
    if (!exact.ok || !loose.ok) throw new Error('layout');
    expect(exact.report.toleranceText.en).toBe('Compared exactly, to the đồng');
    expect(loose.report.toleranceText.en).toBe('Tolerance: 7,500,000 đồng per amount');
    expect(byName(loose.report, 'Ngô Văn Khánh').status).toBe('agrees');
    expect(byName(exact.report, 'Ngô Văn Khánh').status).toBe('differs');
  });
  it('an unrecognised list is an error, not an empty report', () => {
    const r = checkPayoutList([{ row: 1, cells: ['a', 'b'] }]);
    expect(r.ok).toBe(false);
  });
});

describe('rows the engine refuses, and rows past the reader\'s limits', () => {
  const heads = ['STT', 'Họ và tên', 'gender', 'birthDate', 'staffType', 'rank', 'monthlySalary', 'insuredMonths', 'restructuringDate', 'leaveDate', 'policy', 'one-off-pension', 'Tổng cộng'];
  it('a paid row the engine refuses is over-paid by its whole amount, with the refusal; never a recomputed zero', () => {
    // A major (ceiling 52 years: Officers Law Art 13 as amended by 52/2024/QH15) born 06/1966 reached it in
    // 2018-07, so leaving in 2025-07 is not early retirement (refusal not-early, Circular 01/2025/TT-BNV Art 3 cl. 3).
    const rows = [
      { row: 1, cells: heads },
      { row: 2, cells: ['1', 'Lý Văn Vinh', 'male', '06/1966', 'officer', 'major', '16.321.500', '431', '01/04/2025', '01/07/2025', 'nd178/art7', '100.000.000', '100.000.000'] },
    ];
    const r = checkPayoutList(rows);
    if (!r.ok) throw new Error(r.error.en);
    const row = r.report.rows[0]!;
    expect(row).toMatchObject({ status: 'differs', recomputedTotal: null, difference: '100000000' });
    expect(causes(row)).toEqual(['not-eligible']);
    expect(row.comparisons.find((c) => c.code === 'total')!.recomputed).toBeNull();
    expect(r.report.total.overPaid).toEqual({ count: 1, sum: '100000000' });
  });
  it('a row the grid reader dropped (past its limits) is reported as not checked, not skipped', () => {
    const r = checkPayoutList([{ row: 1, cells: heads }, { row: 2, cells: null, reason: 'too-long' }]);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.report.rows.map((x) => [x.row, x.status])).toEqual([[2, 'cannot-rebuild']]);
    expect(r.report.outcome).toBe('unbuilt');
  });
});

describe('a Decree 154/2025 list (contract headings, the Decree 154 inputs in Vietnamese)', () => {
  // Female civil servant born 02/04/1985, coefficient 3 + leadership 0.3, 150 insured months, leaving 01/03/2026,
  // vocational training for 4 months (Art 8; tests/sheets/nd154.test.ts): B (Feb 2026) = 2,340,000;
  // S = 3.3 × 2,340,000 = 7,722,000; training salary 4 × S = 30,888,000; job search 3 × S = 23,166,000; total 54,054,000.
  const heads = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Đối tượng', 'Hệ số lương', 'Hệ số phụ cấp chức vụ', 'Số tháng đóng BHXH', 'Ngày sắp xếp', 'Ngày nghỉ',
    'Tinh giản theo NĐ 154', 'Số tháng học nghề', 'Chính sách', 'Tiền lương trong thời gian học nghề', 'Trợ cấp 3 tháng tiền lương để tìm việc làm', 'Tổng cộng'];
  const row = (n: number, name: string, training: string, total: string) =>
    ({ row: n, cells: [String(n - 1), name, 'Nữ', '02/04/1985', 'civil-servant', '3', '0,3', '150', '01/01/2026', '01/03/2026', 'Có', '4', 'nd154/resignation', training, '23.166.000', total] });
  it('reads the yes/no and the training months, and rebuilds the training route; a wrong training salary is found', () => {
    const r = checkPayoutList([{ row: 1, cells: heads }, row(2, 'Lê Thị Hoa', '30.888.000', '54.054.000'), row(3, 'Đỗ Thị Mai', '46.332.000', '69.498.000')]);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.report.layout).toBe('contract');
    expect(byName(r.report, 'Lê Thị Hoa')).toMatchObject({ status: 'agrees', policy: 'nd154/resignation' });
    // 6 months paid where 4 were asked: over-paid by 2 × 7,722,000 = 15,444,000.
    expect(byName(r.report, 'Đỗ Thị Mai')).toMatchObject({ status: 'differs', difference: '15444000' });
    expect(differing(byName(r.report, 'Đỗ Thị Mai'))).toContainEqual(['training-salary', '46332000', '30888000']);
  });
});
