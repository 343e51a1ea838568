import { describe, expect, it } from 'vitest';
import { addCalendarMonths, formatDate, parseIsoDate, parsePartialDate } from '../../src/core/calendar.js';
import { twelveMonthWindow } from '../../src/rules/window.js';

describe('calendar dates', () => {
  it('rejects impossible dates', () => {
    for (const s of ['2025-02-29', '2025-02-31', '0000-01-01', '2025-13-01', '2025-04-31', '2025-1-1', '2025-01-01T00:00', ' 2025-01-01']) {
      expect(parseIsoDate(s), s).toBeNull();
    }
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('reads a year-only or year-month birth date as day 1 of January / of the month', () => {
    expect(parsePartialDate('1968')).toEqual({ date: { year: 1968, month: 1, day: 1 }, precision: 'year' });
    expect(parsePartialDate('1968-07')).toEqual({ date: { year: 1968, month: 7, day: 1 }, precision: 'month' });
    expect(parsePartialDate('1968-13')).toBeNull();
  });

  it('adds months without date-fns clamping surprises: 29 Feb + 12 months ends on 28 Feb', () => {
    expect(formatDate(addCalendarMonths({ year: 2024, month: 2, day: 29 }, 12))).toBe('2025-02-28');
    expect(formatDate(addCalendarMonths({ year: 2025, month: 1, day: 31 }, 1))).toBe('2025-02-28');
    expect(formatDate(addCalendarMonths({ year: 2025, month: 3, day: 1 }, 12))).toBe('2026-03-01');
  });
});

describe('the 12-month window (common.md §5)', () => {
  const start = { year: 2025, month: 3, day: 1 };
  it('is inside until the day before the anniversary', () => {
    expect(twelveMonthWindow(start, { year: 2026, month: 2, day: 28 }, 'outside').window).toBe('first-12-months');
    expect(twelveMonthWindow(start, { year: 2025, month: 3, day: 1 }, 'outside').window).toBe('first-12-months');
  });
  it('reads the anniversary day as the 13th month by default, inside by option', () => {
    expect(twelveMonthWindow(start, { year: 2026, month: 3, day: 1 }, 'outside').window).toBe('from-13th-month');
    expect(twelveMonthWindow(start, { year: 2026, month: 3, day: 1 }, 'inside').window).toBe('first-12-months');
    expect(twelveMonthWindow(start, { year: 2026, month: 3, day: 2 }, 'inside').window).toBe('from-13th-month');
  });
  it('counts Art 7a from 15 Mar 2025', () => {
    const a = { year: 2025, month: 3, day: 15 };
    expect(twelveMonthWindow(a, { year: 2026, month: 3, day: 1 }, 'outside').window).toBe('first-12-months');
    expect(twelveMonthWindow(a, { year: 2026, month: 3, day: 15 }, 'outside').window).toBe('from-13th-month');
    expect(twelveMonthWindow(a, { year: 2026, month: 4, day: 1 }, 'outside').window).toBe('from-13th-month');
  });
});

describe('calendar arithmetic against date-fns (an independent oracle)', () => {
  it('daysInMonth agrees with date-fns getDaysInMonth for every month of 1900–2100', async () => {
    const { getDaysInMonth } = await import('date-fns');
    const { daysInMonth } = await import('../../src/core/calendar.js');
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m), `${y}-${m}`).toBe(getDaysInMonth(new Date(y, m - 1, 15)));
    }
  });

  it('addCalendarMonths agrees with date-fns addMonths (end-of-month clamping) on calendar parts', async () => {
    const { addMonths } = await import('date-fns');
    for (const [y, m, d, n] of [[2024, 2, 29, 12], [2025, 1, 31, 1], [2025, 3, 15, 12], [2024, 8, 31, 6], [2025, 12, 31, 2]] as const) {
      const ours = addCalendarMonths({ year: y, month: m, day: d }, n);
      const theirs = addMonths(new Date(y, m - 1, d, 12), n);
      expect(ours).toEqual({ year: theirs.getFullYear(), month: theirs.getMonth() + 1, day: theirs.getDate() });
    }
  });
});
