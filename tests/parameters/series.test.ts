import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';
import { knownThroughOf, rowFor, type Series } from '../../src/parameters/dated.js';
import { lawTables, SERIES_RECORDS } from '../../src/parameters/parameter-set.js';
import { nd179RateSeries } from '../../src/parameters/nd179-rates.js';
import { parseIsoDate } from '../../src/core/calendar.js';

/** Every series of the law's tables, by path. */
function everySeries(): [string, Series<unknown>][] {
  const out: [string, Series<unknown>][] = [
    ['baseSalary', lawTables.baseSalary],
    ['officerServiceCeilings', lawTables.officerServiceCeilings],
    ...Object.entries(nd179RateSeries).map(([k, s]) => [`nd179Rates.${k}`, s] as [string, Series<unknown>]),
  ];
  for (const record of SERIES_RECORDS) for (const [k, s] of Object.entries(lawTables[record])) out.push([`${record}.${k}`, s as Series<unknown>]);
  return out;
}

describe('every law number is a dated, cited series', () => {
  it('has a name, a description, a unit, a known-through date, and rows sorted by a valid date, each cited', () => {
    const all = everySeries();
    expect(all.length).toBeGreaterThan(50);
    for (const [path, s] of all) {
      expect(s.name, path).toBe(path.split('.').at(-1));
      expect(s.description.length, `${path} description`).toBeGreaterThan(5);
      expect(s.unit.length, `${path} unit`).toBeGreaterThan(0);
      expect(knownThroughOf(s), `${path} knownThrough`).toBeTruthy();
      expect(s.rows.length, `${path} rows`).toBeGreaterThan(0);
      const froms = s.rows.map((r) => r.from);
      for (const f of froms) expect(parseIsoDate(f), `${path} row ${f}`).not.toBeNull();
      expect([...froms].sort(), `${path} sorted, no two rows the same day`).toEqual([...new Set(froms)]);
      for (const r of s.rows) expect(r.citation?.doc?.trim(), `${path} row ${r.from} cited`).toBeTruthy();
    }
  });

  it('catches an unsorted series (the check above can fail)', () => {
    const froms = ['2025-03-15', '2025-01-01'];
    expect([...froms].sort()).not.toEqual([...new Set(froms)]);
  });
});

describe('which row a case reads (docs/decisions.md D31)', () => {
  const d = (s: string) => parseIsoDate(s)!;
  const series: Series<string> = {
    name: 'x', description: 'test series', unit: 'rate', knownThrough: { date: '2026-01-01', note: 'test' },
    rows: [
      { from: '2025-01-01', value: 'a', citation: { doc: 'original' } },
      { from: '2025-03-15', value: 'b', citation: { doc: 'retroactive amendment' } },
      { from: '2025-10-01', value: 'c', citation: { doc: 'amendment by leave date' }, readBy: 'leave-date' },
    ],
  };
  it('by version date: the law as it stood; by leave date: the row in force when the person leaves', () => {
    expect(rowFor(series, null, d('2025-02-01'))!.value).toBe('b'); // 67/2025-like rows reach back
    expect(rowFor(series, d('2025-03-14'), d('2025-02-01'))!.value).toBe('a'); // ruleset original
    expect(rowFor(series, null, d('2025-09-30'))!.value).toBe('b');
    expect(rowFor(series, null, d('2025-10-01'))!.value).toBe('c');
    expect(rowFor(series, d('2024-12-31'), d('2025-02-01'))).toBeNull();
  });

  it('Decree 67/2025 provisions are dated rows: Art 7a, 7b and the amended Art 7 cl. 2 are not in force on 14 Mar 2025', () => {
    for (const p of Object.values(lawTables.provisions).filter((x) => x.name !== 'nd154')) {
      expect(rowFor(p, d('2025-03-14'), null)!.value, p.name).toBe(false);
      expect(rowFor(p, d('2025-03-15'), null)!.value, p.name).toBe(true);
      expect(rowFor(p, null, d('2025-02-01'))!.value, `${p.name}: reaches back to 2025 cases`).toBe(true);
    }
    // Decree 154/2025 (issue #16) is in the law from 16 Jun 2025: not under ruleset "original" (D50).
    expect(rowFor(lawTables.provisions.nd154, d('2025-03-14'), null)!.value).toBe(false);
    expect(rowFor(lawTables.provisions.nd154, d('2025-06-15'), null)!.value).toBe(false);
    expect(rowFor(lawTables.provisions.nd154, d('2025-06-16'), null)!.value).toBe(true);
  });

  it('ruleset "original" reads the law as in force on 14 Mar 2025: Art 7a refused, the 20-year insured allowance', () => {
    // A civil servant with 18 insured years leaving after 1 Jul 2025 (15-year regime), 36 months early.
    const input = {
      id: 'R', gender: 'male', birthDate: '1967-06-10', staffType: 'civil-servant', monthlySalary: 10000000,
      insuredMonths: 216, restructuringDate: '2025-07-01', leaveDate: '2025-08-01', group: 'not-directly-affected',
    };
    const original = assess(input, { ruleset: 'original' });
    const amended = assess(input);
    expect(original.outcomes.find((o) => o.policy === 'nd178/art7a')!.refusal?.code).toBe('not-in-ruleset');
    const insured = (a: typeof amended, p: string) => a.outcomes.find((o) => o.policy === p)?.items.find((i) => i.code === 'insured-time-allowance');
    // Amended (Art 7a): 4 months for the first 15 years + 0.5 × 3 = 5.5 months → 55,000,000.
    expect(insured(amended, 'nd178/art7a')!.formula).toBe('10,000,000 × (4 + 0.5 × 3)');
    expect(insured(amended, 'nd178/art7a')!.amount).toBe('55000000');
    expect(insured(amended, 'nd178/art7a')!.citation).toMatchObject({ doc: '67/2025/NĐ-CP' });
  });
});
