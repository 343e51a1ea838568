import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDate } from '../../src/core/calendar.js';
import { addDays, completedYears, dayNumber, fromDayNumber } from '../../src/policies/nd179/common/dates.js';
import { nd179CaseJsonSchema, schedule179 } from '../../src/engine/nd179/index.js';

/** Invariants of the Decree 179 schedule over generated recruitment dates and coefficients. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const FLAT = { baseSalary: [{ from: '2024-07-01', amount: 2340000 }] };

const day = fc.integer({ min: dayNumber({ year: 2025, month: 1, day: 1 }), max: dayNumber({ year: 2027, month: 12, day: 31 }) }).map(fromDayNumber);
const coefficient = fc.integer({ min: 186, max: 800 }).map((n) => (n / 100).toFixed(2));

function graduate(recruitment: string, coef: string, extra: Record<string, unknown> = {}) {
  return {
    id: 'P', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2024-12-01',
    recruitmentDate: recruitment, probationMonths: 12, criteria: { qualificationMet: true },
    salaryHistory: [{ from: '2024-12-01', coefficient: coef }], ...extra,
  };
}

describe('nd179 schedule properties', () => {
  test.prop([day, coefficient], { numRuns: RUNS })('prorated: rows cover every day of the 5 years once; total = sum of rows', (d, coef) => {
    const s = schedule179(graduate(formatDate(d), coef), { from: '2025-01-01', to: '2033-12-31', ...FLAT }).schedules[0]!;
    const start = dayNumber(d);
    const end = dayNumber(addDays({ ...d, year: d.year + 5, day: Math.min(d.day, daysInMonth(d.year + 5, d.month)) }, -1));
    expect(s.entitlement.start).toBe(formatDate(d));
    expect(s.rows.reduce((n, r) => n + r.days, 0)).toBe(end - start + 1);
    expect(s.rows.reduce((acc, r) => acc + BigInt(r.amount!), 0n).toString()).toBe(s.total);
    for (const r of s.rows) expect(BigInt(r.amount!) >= 0n).toBe(true);
  });

  test.prop([day, coefficient], { numRuns: RUNS })('whole months: always 60 months of the same amount at a flat salary', (d, coef) => {
    const s = schedule179(graduate(formatDate(d), coef), { from: '2025-01-01', to: '2033-12-31', proration: 'whole-months', ...FLAT }).schedules[0]!;
    expect(s.months).toBe(60);
    expect(new Set(s.rows.map((r) => r.amount)).size).toBe(1);
    expect(BigInt(s.total)).toBe(BigInt(s.rows[0]!.amount!) * 60n);
  });

  test.prop([day, coefficient, fc.integer({ min: 1, max: 100 })], { numRuns: RUNS })('a higher coefficient never pays less in any month', (d, coef, raise) => {
    const higher = (Number(coef) + raise / 100).toFixed(2);
    const opts = { from: '2025-01-01', to: '2031-12-31', ...FLAT };
    const a = schedule179(graduate(formatDate(d), coef), opts).schedules[0]!;
    const b = schedule179(graduate(formatDate(d), higher), opts).schedules[0]!;
    a.rows.forEach((r, i) => expect(BigInt(b.rows[i]!.amount!) >= BigInt(r.amount!)).toBe(true));
  });
});

describe('nd179 calendar helpers', () => {
  test.prop([fc.integer({ min: dayNumber({ year: 1900, month: 1, day: 1 }), max: dayNumber({ year: 2200, month: 12, day: 31 }) })])('day numbers round-trip and step one day at a time', (n) => {
    const d = fromDayNumber(n);
    expect(dayNumber(d)).toBe(n);
    const next = fromDayNumber(n + 1);
    if (d.day < daysInMonth(d.year, d.month)) expect(next).toEqual({ ...d, day: d.day + 1 });
    else expect(next.day).toBe(1);
  });

  it('counts completed years with the birthday reached on the day itself', () => {
    expect(completedYears({ year: 1995, month: 3, day: 10 }, { year: 2025, month: 3, day: 9 })).toBe(29);
    expect(completedYears({ year: 1995, month: 3, day: 10 }, { year: 2025, month: 3, day: 10 })).toBe(30);
    expect(completedYears({ year: 2000, month: 2, day: 29 }, { year: 2025, month: 2, day: 28 })).toBe(25);
  });

  it('publishes a JSON Schema for the case', () => {
    const schema = nd179CaseJsonSchema();
    expect(schema.title).toBe('Nd179Case');
    expect((schema.properties as Record<string, unknown>).salaryHistory).toBeDefined();
    expect(schema.additionalProperties).toBe(false);
  });
});
