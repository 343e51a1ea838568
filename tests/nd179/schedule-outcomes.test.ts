import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/calendar.js';
import { schedule179, type Schedule179 } from '../../src/engine/nd179/index.js';
import { dayNumber, fromDayNumber } from '../../src/policies/nd179/common/dates.js';

/**
 * One result type (issue #14): a Decree 179 schedule is also given as outcomes whose items carry a period
 * (Schedule179.outcomes, src/engine/nd179/schedule-outcome.ts). These tests pin that the outcome view says what the
 * schedule says: the months paid as items with their covered days, the same amounts, formulas and citations, the
 * same total, and a refused month or allowance visible rather than silently dropped.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const FLAT = { baseSalary: [{ from: '2024-07-01', amount: 2340000 }] };

function graduate(recruitment: string, coefficient = '2.34', extra: Record<string, unknown> = {}) {
  return {
    id: 'G', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2024-12-01',
    recruitmentDate: recruitment, probationMonths: 12, criteria: { qualificationMet: true },
    salaryHistory: [{ from: '2024-12-01', coefficient }], ...extra,
  };
}

/** The invariants that tie each outcome to its schedule. */
function expectSameAsSchedules(value: Schedule179) {
  expect(value.outcomes.map((o) => o.policy)).toEqual(value.schedules.map((s) => s.policy));
  value.schedules.forEach((s, i) => {
    const o = value.outcomes[i]!;
    expect(o.title).toEqual(s.title);
    expect(o.eligible).toBe(s.eligible);
    expect(o.total).toBe(s.eligible ? s.total : '0');
    expect(o.items.reduce((n, item) => n + BigInt(item.amount), 0n).toString()).toBe(o.total);
    const paid = s.eligible ? s.rows.filter((r) => r.amount !== null) : [];
    expect(o.items.map((item) => [item.code, item.amount, item.formula, item.citation, item.period])).toEqual(
      paid.map((r) => [`month-${r.month}`, r.amount, r.formula, r.citation, { from: r.from, to: r.to }]),
    );
    expect(o.facts.complete).toBe(s.complete);
    if (!s.eligible) expect(o.refusal).toEqual(s.refusal);
    else expect(o.refusal).toBeUndefined();
  });
}

describe('Schedule179.outcomes: a schedule as outcomes whose items carry a period', () => {
  it('gives a part month its covered days as the item period', () => {
    // Recruited 2025-03-12: March is paid for 12–31 (20/31 of the month).
    const value = schedule179(graduate('2025-03-12'), { from: '2025-03-01', to: '2025-04-30', ...FLAT });
    expectSameAsSchedules(value);
    const o = value.outcomes.find((x) => x.policy === 'nd179/graduate-allowance')!;
    expect(o.items.map((i) => i.period)).toEqual([{ from: '2025-03-12', to: '2025-03-31' }, { from: '2025-04-01', to: '2025-04-30' }]);
    // 1.5 × 2.34 × 2,340,000 = 8,213,400 a month; × 20/31 = 5,298,967.74… → 5,298,968.
    expect(o.items.map((i) => i.amount)).toEqual(['5298968', '8213400']);
    expect(o.total).toBe('13512368');
    expect(o.facts).toMatchObject({ periodFrom: '2025-03-12', periodTo: '2025-04-30', months: 2, fullMonths: 1, complete: true, refusalCodes: [] });
  });

  it('leaves a refused month out of the items, and says so in the facts', () => {
    // No base salary is known after the horizon (the table as known through 30 Jun 2027, pinned): July 2027 is refused.
    const value = schedule179(graduate('2025-03-01'), { from: '2027-06-01', to: '2027-07-31', baseSalaryKnownThrough: '2027-06-30' });
    expectSameAsSchedules(value);
    const o = value.outcomes.find((x) => x.policy === 'nd179/graduate-allowance')!;
    expect(o.eligible).toBe(true);
    expect(o.items.map((i) => i.code)).toEqual(['month-2027-06']);
    expect(o.facts).toMatchObject({ complete: false, refusedMonths: ['2027-07'], refusalCodes: ['base-salary-unknown'] });
  });

  it('gives an allowance refused as a whole as a refused outcome', () => {
    const value = schedule179(graduate('2025-03-01', '2.34', { criteria: { qualificationMet: false } }), { from: '2025-03-01', to: '2025-04-30' });
    expectSameAsSchedules(value);
    expect(value.outcomes.every((o) => !o.eligible && o.refusal !== undefined && o.items.length === 0 && o.total === '0')).toBe(true);
  });

  it('marks a what-if month on the item as on the row', () => {
    const value = schedule179(graduate('2025-03-01'), { from: '2025-03-01', to: '2025-03-31', parameters: { graduateAllowanceRate: '2.0' } });
    expectSameAsSchedules(value);
    const o = value.outcomes.find((x) => x.policy === 'nd179/graduate-allowance')!;
    // 2.0 × 2.34 × 2,340,000 = 10,951,200 (the law: 1.5), cited as what-if.
    expect(o.items[0]!.amount).toBe('10951200');
    expect(o.items[0]!.citation.note).toContain('nd179Rates.graduateAllowanceRate = 2.0 (law: 1.5)');
    expect(o.facts.whatIfParameters).toEqual(['nd179Rates.graduateAllowanceRate']);
  });

  const day = fc.integer({ min: dayNumber({ year: 2025, month: 1, day: 1 }), max: dayNumber({ year: 2027, month: 12, day: 31 }) }).map(fromDayNumber);
  test.prop([day, fc.integer({ min: 0, max: 40 }), fc.constantFrom('calendar-days', 'whole-months')], { numRuns: RUNS })(
    'says what the schedule says, for any recruitment day, range and proration',
    (d, span, proration) => {
      const from = formatDate(d);
      const to = formatDate(fromDayNumber(dayNumber(d) + span * 30));
      expectSameAsSchedules(schedule179(graduate(from), { from, to, proration }));
    },
  );
});
