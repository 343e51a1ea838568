import { describe, expect, it } from 'vitest';
import { assess179, schedule179 } from '../../src/engine/nd179/index.js';

/**
 * `npm test` runs this folder under TZ=Pacific/Kiritimati (UTC+14) and TZ=America/Los_Angeles: the Decree
 * 179 schedule (partial months, 5-year end, base-salary change, youth age) must not move by a day or a đồng.
 */
describe(`nd179 schedule, time-zone independence (TZ=${process.env.TZ ?? 'unset'})`, () => {
  const input = {
    id: 'TZ', group: 'graduate', criterionPath: 'a', birthDate: '1995-03-10', applicationDate: '2025-03-10',
    recruitmentDate: '2025-03-12', probationMonths: 12, criteria: { qualificationMet: true },
    salaryHistory: [{ from: '2025-03-01', coefficient: 2.34 }],
  };

  it('computes the partial months and the 5-year end to the day and the đồng', () => {
    const s = schedule179(input, { from: '2025-01-01', to: '2030-12-31', baseSalary: [{ from: '2024-07-01', amount: 2340000 }] });
    const g = s.schedules[0]!;
    expect(g.entitlement).toEqual({ start: '2025-03-12', end: '2030-03-11' });
    expect(g.rows[0]).toMatchObject({ month: '2025-03', days: 20, amount: '5298968' });
    expect(g.rows.at(-1)).toMatchObject({ month: '2030-03', days: 11, amount: '2914432' });
    expect(g.total).toBe('492804000');
  });

  it('switches to the 2026 base salary on 1 July and keeps the youth age on the birthday', () => {
    const s = schedule179(input, { from: '2026-06-01', to: '2026-07-31' });
    expect(s.schedules[0]!.rows.map((r) => r.amount)).toEqual(['8213400', '8880300']);
    expect(s.eligibility.facts.ageAtApplication).toBe(30);
    expect(assess179(input, { at: '2030-03-12' }).outcomes[0]!.refusal?.code).toBe('outside-entitlement');
  });
});
