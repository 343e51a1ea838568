import { describe, expect, it, vi } from 'vitest';

/**
 * Proof (issue #14): an amendment of a rate from a date is one dated row. This test appends one row to the law's
 * `severanceRateFirst12` series (src/parameters/policy-factors.ts, replaced for this file only): 1.0 instead of 0.8
 * from 2025-10-01, read by leave date (no retroactive effect, src/parameters/dated.ts). Cases leaving before it are
 * unchanged; later ones use the new row and their item cites it.
 */
vi.mock('../../src/parameters/policy-factors.js', async (importOriginal) => {
  const law = await importOriginal<typeof import('../../src/parameters/policy-factors.js')>();
  const s = law.factorSeries.severanceRateFirst12;
  return {
    ...law,
    factorSeries: {
      ...law.factorSeries,
      severanceRateFirst12: { ...s, rows: [...s.rows, { from: '2025-10-01', value: '1.0', citation: { doc: 'test amendment', article: '1' }, readBy: 'leave-date' }] },
    },
  };
});

const { assess } = await import('../../src/index.js');

/**
 * A civil servant (Art 9) or public employee (Art 10), coefficient 2.34, restructured 2025-08-01 (first 12 months):
 * S = 2.34 × 2,340,000 = 5,475,600; 60 severance months.
 */
const leaving = (leaveDate: string, staffType = 'civil-servant') => ({
  id: `L-${leaveDate}`, gender: 'male', birthDate: '1980-03-10', staffType, salary: { coefficient: 2.34 },
  insuredMonths: 240, restructuringDate: '2025-08-01', leaveDate,
});
const severance = (a: ReturnType<typeof assess>, policy = 'nd178/art9') => a.outcomes.find((o) => o.policy === policy)!.items.find((i) => i.code === 'severance')!;

describe('an amendment of a rate from a date is one dated row', () => {
  it('a case leaving before 2025-10-01 is unchanged: 5,475,600 × 0.8 × 60 = 262,828,800, citing Art 9 cl. 1 a', () => {
    const item = severance(assess(leaving('2025-09-01')));
    expect(item.amount).toBe('262828800');
    expect(item.formula).toBe('5,475,600 × 0.8 × 60');
    expect(item.citation).toMatchObject({ doc: '178/2024/NĐ-CP', article: '9', clause: '1', point: 'a' });
  });

  it('a case leaving on or after 2025-10-01 reads the new row: 5,475,600 × 1.0 × 60 = 328,536,000, citing it', () => {
    const item = severance(assess(leaving('2025-11-01')));
    expect(item.amount).toBe('328536000');
    expect(item.formula).toBe('5,475,600 × 1 × 60');
    expect(item.citation).toEqual({ doc: 'test amendment', article: '1' });
    // Art 10 reads the same series.
    const a10 = severance(assess(leaving('2025-11-01', 'public-employee')), 'nd178/art10');
    expect(a10.amount).toBe('328536000');
    expect(a10.citation).toEqual({ doc: 'test amendment', article: '1' });
  });

  it('Art 10 before the amendment still cites its own clause (Art 10 cl. 1 a)', () => {
    expect(severance(assess(leaving('2025-09-01', 'public-employee')), 'nd178/art10').citation).toMatchObject({ article: '10', clause: '1', point: 'a' });
  });

  it('a row read by leave date applies whatever the version date: the original ruleset reads it too', () => {
    expect(severance(assess(leaving('2025-11-01'), { ruleset: 'original' })).amount).toBe('328536000');
    expect(severance(assess(leaving('2025-09-01'), { ruleset: 'original' })).amount).toBe('262828800');
  });
});
