import { describe, expect, it, vi } from 'vitest';

/**
 * One base-salary table and one "known through" horizon for every reader (docs/decisions.md D24): this file
 * adds a row to the law's table (as the next decree would), here by replacing the table module for this file
 * only, and checks that Decree 178 (`assess`) and Decree 179 (`schedule179`) both use it and both move their
 * horizon with it. Before issue #12, `schedule179` kept its own fixed horizon (30 Jun 2027) and refused months
 * that `assess` priced from the new row.
 */
vi.mock('../../src/parameters/base-salary.js', async (importOriginal) => {
  const law = await importOriginal<typeof import('../../src/parameters/base-salary.js')>();
  return {
    ...law,
    baseSalary: {
      ...law.baseSalary,
      rows: [...law.baseSalary.rows, { from: '2027-07-01', value: '2700000', citation: { doc: 'test row (a future decree)' } }],
    },
  };
});

const { assess } = await import('../../src/index.js');
const { schedule179 } = await import('../../src/engine/nd179/index.js');
const { baseSalary, baseSalaryKnownThrough } = await import('../../src/parameters/base-salary.js');

/** A civil servant, coefficient 2.34, directly affected; only the leave date varies. */
const leaving = (leaveDate: string) => ({
  id: 'H', gender: 'male', birthDate: '1980-03-10', staffType: 'civil-servant', salary: { coefficient: 2.34 },
  insuredMonths: 120, restructuringDate: '2027-03-01', leaveDate,
});

/** A graduate recruited 2027-03-12 (Decree 179 Art 7: 150% of the salary for 5 years), coefficient 2.34. */
const graduate = {
  id: 'G', group: 'graduate', criterionPath: 'a', birthDate: '2004-05-01', applicationDate: '2026-12-01',
  recruitmentDate: '2027-03-12', probationMonths: 0, criteria: { qualificationMet: true },
  salaryHistory: [{ from: '2027-03-12', coefficient: '2.34' }],
};

describe('one base-salary table and one horizon for Decree 178 and Decree 179 (D24)', () => {
  it('the horizon follows the table: a row from 2027-07-01 moves it to 2028-06-30', () => {
    expect(baseSalary.rows.at(-1)!.from).toBe('2027-07-01');
    expect(baseSalaryKnownThrough(baseSalary)).toEqual({ year: 2028, month: 6, day: 30 });
  });

  it('both read the new row inside the horizon', () => {
    // Leaving 2027-08-01: the base of 2027-07 is the new row, 2,700,000.
    const a = assess(leaving('2027-08-01'));
    expect(a.outcomes.find((o) => o.policy === 'nd178/art9')!.facts).toMatchObject({ baseSalary: '2700000', baseSalaryMonth: '2027-07' });
    const s = schedule179(graduate, { from: '2027-07-01', to: '2028-06-30' }).schedules[0]!;
    expect(s.rows.map((r) => r.refusal?.code ?? null)).toEqual(new Array(12).fill(null));
    // 1.5 × 2.34 × 2,700,000 = 9,477,000 each month.
    expect(s.rows.map((r) => r.amount)).toEqual(new Array(12).fill('9477000'));
  });

  it('both refuse the first month after the horizon, with the same code', () => {
    // Leaving 2028-08-01 needs the base of 2028-07, after 2028-06-30.
    const a = assess(leaving('2028-08-01'));
    expect(a.outcomes.find((o) => o.policy === 'nd178/art9')!.refusal?.code).toBe('base-salary-unknown');
    const s = schedule179(graduate, { from: '2028-07-01', to: '2028-07-31' }).schedules[0]!;
    expect(s.rows[0]!.refusal?.code).toBe('base-salary-unknown');
  });
});
