import { describe, expect, it } from 'vitest';
import { safeAssess } from '../../src/index.js';
import { createSheetFunctions, functionSpecs, VNSE_154_EARLY_RETIREMENT, VNSE_154_RESIGNATION } from '../../src/sheets/index.js';

/**
 * VNSE_154_EARLY_RETIREMENT and VNSE_154_RESIGNATION (Decree 154/2025, docs/decree-154.md), with amounts worked
 * out by hand from the summary of the decree (the Decree 154/2025 press summaries (docs/decree-154.md, Sources)):
 *
 *   S = (coefficient + leadership) × B × (1 + over-frame %) + reserved difference × B, plus professional
 *       seniority % of (G + L + V); B = the base salary of the month BEFORE the leave month
 *       (2,340,000 from Jul 2024, 2,530,000 from Jul 2026). No public-service or other allowance.
 *   Art 6: 5 × S × years early (odd months 1–6 → ½ year, 7–11 → 1 year), 24..60 months early;
 *          insured-time allowance: N ≥ 20 years → 5 × S + 0.5 × S × (N − 20); 15 ≤ N < 20 → 5 × S.
 *   Art 8: 3 × S + 1.5 × S × N; with vocational training (under 45): S × min(months, 6) + 3 × S.
 */
const en = createSheetFunctions({ lang: 'en' });
const excel = createSheetFunctions({ host: 'excel', lang: 'en' });

// A: male civil servant born 15 Jan 1966 (Annex I: first pension month Nov 2027), coefficient 4.65, leadership
// 0.6, over-frame seniority 5 %, 396 insured months (33 years), leaving 1 Oct 2025.
//   B (Sep 2025) = 2,340,000; G + L = 5.25 × 2,340,000 = 12,285,000; V = 5 % × 12,285,000 = 614,250;
//   S = 12,899,250.
//   Months early: Nov 2027 − Oct 2025 = 25 = 2 years 1 month → 2.5 years; 5 × 12,899,250 × 2.5 = 161,240,625.
//   Insured time: 33 years → 5 × S + 0.5 × S × 13 = 64,496,250 + 83,845,125 = 148,341,375.
//   Total 161,240,625 + 148,341,375 = 309,582,000.
const A = ['male', '1966-01-15', 4.65, 396, '2025-10-01', 0.6, 5] as const;
const A_TOTAL = 309582000;

// B: female civil servant born 2 Apr 1985, coefficient 3, leadership 0.3, 150 insured months (12 years 6 months →
// 12.5 years; not pension-eligible, so not eligible for early retirement), leaving 1 Mar 2026.
//   B (Feb 2026) = 2,340,000; S = 3.3 × 2,340,000 = 7,722,000.
//   3 × 7,722,000 = 23,166,000; 1.5 × 7,722,000 × 12.5 = 144,787,500; total 167,953,500.
const B = ['female', '1985-04-02', 3, 150, '2026-03-01', 0.3] as const;
const B_TOTAL = 167953500;

describe('the metadata of the Decree 154 functions', () => {
  it('takes the salary components, not a monthly amount, and the route\'s own last argument', () => {
    const order = (name: string) => functionSpecs.find((f) => f.name === name)!.params.map((p) => p.name);
    const head = ['gender', 'birthDate', 'coefficient', 'insuredMonths', 'leaveDate', 'leadershipCoefficient', 'overFrameSeniorityPercent', 'professionalSeniorityPercent', 'reservedDifferenceCoefficient'];
    expect(order('VNSE_154_EARLY_RETIREMENT')).toEqual([...head, 'hazardousMonths']);
    expect(order('VNSE_154_RESIGNATION')).toEqual([...head, 'trainingMonths']);
  });
});

describe('VNSE_154_EARLY_RETIREMENT (Art 6)', () => {
  it('A → 309,582,000 (worked out above), in both hosts', () => {
    expect(VNSE_154_EARLY_RETIREMENT(...A)).toBe(A_TOTAL);
    expect(excel.VNSE_154_EARLY_RETIREMENT(...A)).toEqual([[A_TOTAL]]);
  });

  it('equals the nd154/early-retirement total of the engine for the same case', () => {
    const r = safeAssess({
      id: 'x', staffType: 'civil-servant', route: 'early-retirement', decree154Streamlining: true, gender: 'male', birthDate: '1966-01-15', restructuringDate: '2025-09-01',
      insuredMonths: 396, leaveDate: '2025-10-01', salary: { coefficient: 4.65, leadershipCoefficient: 0.6, overFrameSeniorityPercent: 5 },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.outcomes.find((o) => o.policy === 'nd154/early-retirement')?.total).toBe(String(A_TOTAL));
  });

  it('odd months: 7 to 11 count as a whole year', () => {
    // Born 15 Jan 1967 (Annex I: 62 years, first pension month Feb 2029), leaving 1 Jul 2025: Feb 2029 − Jul 2025 =
    // 43 months = 3 years 7 months → 4 years.
    //   B (Jun 2025) = 2,340,000; S = 12,899,250 as in A. 5 × S × 4 = 257,985,000; insured time as in A
    //   148,341,375; total 406,326,375.
    expect(VNSE_154_EARLY_RETIREMENT('male', '1967-01-15', 4.65, 396, '2025-07-01', 0.6, 5)).toBe(406326375);
  });

  it('15 to under 20 insured years: 5 months for the insured time', () => {
    // A with 200 insured months (16 years 8 months): 161,240,625 + 5 × 12,899,250 = 161,240,625 + 64,496,250 = 225,736,875.
    expect(VNSE_154_EARLY_RETIREMENT('male', '1966-01-15', 4.65, 200, '2025-10-01', 0.6, 5)).toBe(225736875);
  });

  it('under 2 years early: eligible, the pension is not reduced, no money item (0, not an error)', () => {
    // Leaving 1 Dec 2025: Nov 2027 − Dec 2025 = 23 months.
    expect(VNSE_154_EARLY_RETIREMENT('male', '1966-01-15', 4.65, 396, '2025-12-01', 0.6, 5)).toBe(0);
  });

  it('a refusal is #N/A with the reason and the citation (Decree 154), never 0', () => {
    // 170 insured months: under 15 years, no pension.
    const r = excel.VNSE_154_EARLY_RETIREMENT('male', '1966-01-15', 4.65, 170, '2025-10-01', 0.6, 5) as { code: string; message: string }[][];
    expect(r[0]![0]).toMatchObject({ code: '#N/A', message: expect.stringMatching(/154\/2025/) });
    expect(en.VNSE_154_EARLY_RETIREMENT('male', '1966-01-15', 4.65, 170, '2025-10-01')).toMatch(/^#VNSE! .*\(.*154\/2025.*\)$/);
  });

  it('outside the decree\'s term (16 Jun 2025 to 31 Dec 2030) it says so, with the term', () => {
    expect(en.VNSE_154_EARLY_RETIREMENT('male', '1966-01-15', 4.65, 396, '2025-05-01', 0.6, 5)).toMatch(
      /^#VNSE! Decree 154\/2025 does not apply to the leave date 01\/05\/2025: it applies to leave dates from 16\/06\/2025 to 31\/12\/2030 \(/,
    );
    expect(VNSE_154_EARLY_RETIREMENT('male', '1966-01-15', 4.65, 396, '2025-05-01')).toMatch(/^#VNSE! Nghị định 154\/2025 không áp dụng cho ngày nghỉ 01\/05\/2025/);
  });

  it('bad input names the argument the user typed, not the engine\'s field', () => {
    expect(en.VNSE_154_EARLY_RETIREMENT('male', '1966-01-15', 'abc', 396, '2025-10-01')).toMatch(/^#VNSE! coefficient: /);
    expect(en.VNSE_154_EARLY_RETIREMENT('x', '1966-01-15', 4.65, 396, '2025-10-01', 0.6, 0.05)).toMatch(/^#VNSE! gender: .*; overFrameSeniorityPercent: 0.05 looks like a cell formatted as a percentage/);
    expect(en.VNSE_154_EARLY_RETIREMENT('male', '1966-01-15', 4.65, 396)).toMatch(/^#VNSE! leaveDate: required/);
  });

  it('ranges: one result per row', () => {
    const out = en.VNSE_154_EARLY_RETIREMENT([['male'], ['male'], ['']], [['1966-01-15'], ['1967-01-15'], ['']], 4.65, 396, [['2025-10-01'], ['2025-07-01'], ['']], 0.6, 5);
    expect(out).toEqual([[A_TOTAL], [406326375], ['']]);
  });
});

describe('VNSE_154_RESIGNATION (Art 8)', () => {
  it('B → 167,953,500 (worked out above)', () => {
    expect(VNSE_154_RESIGNATION(...B)).toBe(B_TOTAL);
  });

  it('the base salary is that of the month before the leave month: 2,530,000 from a leave in August 2026', () => {
    // Leaving 1 Jul 2026: B (Jun 2026) = 2,340,000, the same total as B.
    expect(VNSE_154_RESIGNATION('female', '1985-04-02', 3, 150, '2026-07-01', 0.3)).toBe(B_TOTAL);
    // Leaving 1 Aug 2026: B (Jul 2026) = 2,530,000; S = 3.3 × 2,530,000 = 8,349,000; (3 + 1.5 × 12.5) × S = 21.75 × 8,349,000 = 181,590,750.
    expect(VNSE_154_RESIGNATION('female', '1985-04-02', 3, 150, '2026-08-01', 0.3)).toBe(181590750);
  });

  it('S from the components Decree 154 counts: professional seniority and the reserved difference', () => {
    // coefficient 3, professional seniority 10 %, reserved difference 0.2, leaving 1 Mar 2026 (B = 2,340,000):
    //   G = 7,020,000; R = 0.2 × 2,340,000 = 468,000; P = 10 % × 7,020,000 = 702,000; S = 8,190,000.
    //   21.75 × 8,190,000 = 178,132,500.
    expect(VNSE_154_RESIGNATION('female', '1985-04-02', 3, 150, '2026-03-01', null, null, 10, 0.2)).toBe(178132500);
  });

  it('vocational training first (under 45): S × months while training (6 at most), then 3 × S; no 1.5-month item', () => {
    // 4 months: 4 × 7,722,000 + 3 × 7,722,000 = 54,054,000.
    expect(VNSE_154_RESIGNATION(...B, null, null, null, 4)).toBe(54054000);
    // 8 months asked: 6 paid; 9 × 7,722,000 = 69,498,000.
    expect(VNSE_154_RESIGNATION(...B, null, null, null, 8)).toBe(69498000);
  });

  it('refusal: 45 or older on the training route', () => {
    // Born 2 Apr 1975: 50 at the leave date.
    expect(excel.VNSE_154_RESIGNATION('female', '1975-04-02', 3, 150, '2026-03-01', 0.3, null, null, null, 4)).toEqual([[expect.objectContaining({ code: '#N/A' })]]);
  });

  // D60: Art 8 is closed to a person eligible for Art 6 (`eligible-for-early-retirement`); A would get
  // 677,210,625 under Art 8 but is eligible for early retirement.
  it('refusal: eligible for early retirement, so not Art 8 (A, D60)', () => {
    expect(excel.VNSE_154_RESIGNATION(...A)).toEqual([[expect.objectContaining({ code: '#N/A', message: expect.stringMatching(/154\/2025/) })]]);
  });

  it('bad training months name trainingMonths', () => {
    expect(en.VNSE_154_RESIGNATION(...B, null, null, null, 30)).toMatch(/^#VNSE! trainingMonths: /);
    expect(en.VNSE_154_RESIGNATION(...B, null, null, null, 'six')).toMatch(/^#VNSE! trainingMonths: expected /);
  });
});
