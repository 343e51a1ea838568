import { describe, expect, it, vi } from 'vitest';

/**
 * Proof (issue #14): a new dated base salary is one row in one file. This test appends one row to the law's
 * base-salary series, in the module the law keeps it in (src/parameters/base-salary.ts, replaced for this file
 * only, as the next decree would edit it; not through the what-if path), and checks that every reader of the
 * base salary follows it — Decree 178 Art 7–10, Art 7b, Art 11, Art 12, Decree 177 Art 3–4 and Decree 179 — and
 * that the horizon ("known through") moves with it for all of them.
 */
vi.mock('../../src/parameters/base-salary.js', async (importOriginal) => {
  const law = await importOriginal<typeof import('../../src/parameters/base-salary.js')>();
  return {
    ...law,
    baseSalary: { ...law.baseSalary, rows: [...law.baseSalary.rows, { from: '2027-07-01', value: '2700000', citation: { doc: 'test row (a future decree)' } }] },
  };
});

const { assess } = await import('../../src/index.js');
const { schedule179 } = await import('../../src/engine/nd179/index.js');
const { defaultParameters } = await import('../../src/parameters/parameter-set.js');
const { knownThroughOf } = await import('../../src/parameters/dated.js');
const { renderTable } = await import('../../src/testing/rule-book/tables.js');

const civil = { gender: 'male', staffType: 'civil-servant', salary: { coefficient: 2.34 }, insuredMonths: 240, restructuringDate: '2027-03-01' };
const item = (a: ReturnType<typeof assess>, policy: string, code: string) => {
  const o = a.outcomes.find((x) => x.policy === policy);
  expect(o?.eligible, `${policy} eligible`).toBe(true);
  expect(o!.facts.baseSalary ?? o!.facts.baseSalaryMonth ?? null).not.toBe(undefined);
  return o!.items.find((i) => i.code === code)!.amount;
};

// Leaving 2027-08-01 reads the base of 2027-07, the new row: S = 2.34 × 2,700,000 = 6,318,000.
describe('a new dated base salary is one row in one file', () => {
  it('the law’s table carries the row and its horizon moves to the day before the next 1 July (2028-06-30)', () => {
    expect(defaultParameters.baseSalary.rows.at(-1)).toMatchObject({ from: '2027-07-01', value: '2700000' });
    expect(knownThroughOf(defaultParameters.baseSalary)).toEqual({ year: 2028, month: 6, day: 30 });
    const page = renderTable('baseSalary', defaultParameters).join('\n');
    expect(page).toContain('| 2027-07-01 | 2,700,000 | test row (a future decree) |');
    expect(page).toContain('Known through 2028-06-30');
  });

  it('Decree 178 Art 7: 6,318,000 × 1.0 × 23 months early = 145,314,000', () => {
    const a = assess({ ...civil, id: 'art7', birthDate: '1967-06-10', leaveDate: '2027-08-01' });
    expect(a.outcomes.find((o) => o.policy === 'nd178/art7')!.facts).toMatchObject({ baseSalary: '2700000', baseSalaryMonth: '2027-07' });
    expect(item(a, 'nd178/art7', 'one-off-pension')).toBe('145314000');
  });

  it('Decree 178 Art 9 and Art 10: severance 6,318,000 × 0.8 × 60 = 303,264,000; 1.5 × 20 years = 189,540,000', () => {
    const a9 = assess({ ...civil, id: 'art9', birthDate: '1980-03-10', leaveDate: '2027-08-01' });
    expect(item(a9, 'nd178/art9', 'severance')).toBe('303264000');
    expect(item(a9, 'nd178/art9', 'insured-years-allowance')).toBe('189540000');
    const a10 = assess({ ...civil, id: 'art10', staffType: 'public-employee', birthDate: '1980-03-10', leaveDate: '2027-08-01' });
    expect(item(a10, 'nd178/art10', 'severance')).toBe('303264000');
  });

  it('Decree 178 Art 7b and Decree 177 Art 3–4 (a cadre not old enough for re-election, congress 2027-09-01)', () => {
    const a = assess({ ...civil, id: 'n177', staffType: 'cadre', birthDate: '1967-06-10', group: 'decree-177-cadre', decree177Clause: 1, congressDate: '2027-09-01', leaveDate: '2027-08-01' });
    // Art 7b: 6,318,000 × 1.0 × 23 = 145,314,000.
    expect(item(a, 'nd178/art7b', 'one-off-pension')).toBe('145314000');
    // Decree 177 Art 3: 5 months × 2 years early = 10 → 63,180,000; (5 + 0.5 × 5) = 7.5 → 47,385,000.
    expect(item(a, 'nd177/art3', 'early-years-allowance')).toBe('63180000');
    expect(item(a, 'nd177/art3', 'insured-time-allowance')).toBe('47385000');
    // Decree 177 Art 4: 2.34 × 2,700,000 × 23 months = 145,314,000.
    expect(item(a, 'nd177/art4', 'waiting-pay')).toBe('145314000');
  });

  it('Decree 178 Art 11: (0.7 − 0.5) × 2,700,000 × 6 months = 3,240,000', () => {
    const a = assess({
      ...civil, id: 'art11', birthDate: '1980-03-10', salary: { coefficient: 4.4, leadershipCoefficient: 0.7 }, leaveDate: '2027-08-01', route: 'early-retirement',
      leadershipChangeDate: '2027-08-10', formerLeadershipCoefficient: 0.7, newLeadershipCoefficient: 0.5, termEndDate: '2027-12-31',
    });
    expect(item(a, 'nd178/art11', 'kept-leadership-allowance')).toBe('3240000');
  });

  it('Decree 178 Art 12 cl. 1: 2,700,000 × 10 = 27,000,000 (post taken up 2027-08-01)', () => {
    const { salary: _s, ...rest } = civil;
    const a = assess({ ...rest, id: 'art12', birthDate: '1980-03-10', monthlySalary: 12000000, leaveDate: '2027-09-01', grassrootsSecondment: 'commune', secondmentDate: '2027-08-01' });
    expect(item(a, 'nd178/art12', 'secondment-allowance')).toBe('27000000');
  });

  it('Decree 179: 1.5 × 2.34 × 2,700,000 = 9,477,000 each month to the new horizon, refused after it', () => {
    const graduate = {
      id: 'G', group: 'graduate', criterionPath: 'a', birthDate: '2004-05-01', applicationDate: '2026-12-01',
      recruitmentDate: '2027-03-12', probationMonths: 0, criteria: { qualificationMet: true },
      salaryHistory: [{ from: '2027-03-12', coefficient: '2.34' }],
    };
    const s = schedule179(graduate, { from: '2027-07-01', to: '2028-07-31' }).schedules[0]!;
    expect(s.rows.slice(0, 12).map((r) => r.amount)).toEqual(new Array(12).fill('9477000'));
    expect(s.rows[12]!.refusal?.code).toBe('base-salary-unknown');
  });

  it('Decree 178 refuses the first month after the new horizon (leaving 2028-08-01 needs the base of 2028-07)', () => {
    const a = assess({ ...civil, id: 'late', birthDate: '1980-03-10', leaveDate: '2028-08-01' });
    expect(a.outcomes.find((o) => o.policy === 'nd178/art9')!.refusal?.code).toBe('base-salary-unknown');
  });
});
