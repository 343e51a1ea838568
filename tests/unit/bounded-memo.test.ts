import { describe, expect, it } from 'vitest';
import { boundedMemo, memoPerObject } from '../../src/core/bounded-memo.js';
import { formatDate, formatMonth } from '../../src/core/calendar.js';

describe('bounded memo', () => {
  it('computes each key once and shares the answer', () => {
    let calls = 0;
    const square = boundedMemo((n: number) => {
      calls++;
      return { n: n * n };
    });
    const first = square(7);
    expect(square(7)).toBe(first);
    expect(calls).toBe(1);
    expect(square(8).n).toBe(64);
    expect(calls).toBe(2);
  });

  it('is emptied when full, so distinct keys cannot grow it without limit, and still answers right', () => {
    let calls = 0;
    const twice = boundedMemo((n: number) => {
      calls++;
      return n * 2;
    }, 4);
    for (let i = 0; i < 10; i++) expect(twice(i)).toBe(i * 2);
    expect(calls).toBe(10);
    expect(twice(9)).toBe(18);
    expect(calls).toBe(10);
    expect(twice(0)).toBe(0);
    expect(calls).toBe(11);
  });

  it('keeps the answers of each owner apart (a what-if table never sees the law’s answers)', () => {
    const law = { factor: 2 };
    const whatIf = { factor: 3 };
    const times = memoPerObject((owner: { factor: number }, n: number) => owner.factor * n);
    expect(times(law, 5)).toBe(10);
    expect(times(whatIf, 5)).toBe(15);
    expect(times(law, 5)).toBe(10);
  });
});

describe('calendar texts (kept by month index, or built each time)', () => {
  it('print every date and month of years 1–9999 as the plain formula does', () => {
    const plain = (y: number, m: number, d?: number) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${d === undefined ? '' : `-${String(d).padStart(2, '0')}`}`;
    for (const year of [1, 9, 99, 999, 1899, 1966, 2000, 2024, 2025, 2026, 9999]) {
      for (let month = 1; month <= 12; month++) {
        expect(formatMonth(year * 12 + month - 1)).toBe(plain(year, month));
        for (const day of [1, 9, 10, 28, 29, 30, 31]) expect(formatDate({ year, month, day })).toBe(plain(year, month, day));
      }
    }
  });
});
