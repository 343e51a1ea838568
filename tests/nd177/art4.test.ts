import { describe, expect, it } from 'vitest';
import { monthsBeforePension, outcome, run } from './helpers.js';

/** Decree 177 Art 4: fewer than 24 months (24 is out), State-paid insured months capped at 30, never `best`. */
describe('Decree 177 Art 4', () => {
  it.each([[1, true], [23, true], [24, false], [25, false]])('%i months to the retirement age → eligible %s', (months, eligible) => {
    const o = outcome(run({ leaveDate: monthsBeforePension(months), congressDate: '2024-01-01' }), 'nd177/art4');
    expect(o.eligible).toBe(eligible);
    if (eligible) expect(o.facts.waitingMonths).toBe(months);
    else expect(o.refusal?.code).toBe('not-under-24-months');
  });

  it.each([[29, 29, 0], [30, 30, 0], [31, 30, 1]])('%i months short when the wait ends → State pays %i, %i left', (short, state, beyond) => {
    // Leave 2026-04 → 19 months of wait; pension 2027-11 under the 15-year rule (180 months).
    const o = outcome(run({ leaveDate: '2026-04-01', insuredMonths: 180 - 19 - short }), 'nd177/art4');
    expect(o.facts).toMatchObject({ insuranceShortfallMonths: short, statePaidInsuranceMonths: state, insuranceMonthsBeyondCap: beyond });
    expect(o.flags.some((f) => f.code === 'insurance-short-beyond-cap')).toBe(beyond > 0);
  });

  it('is never best, even when its total is the highest', () => {
    const a = run({ leaveDate: monthsBeforePension(23), congressDate: '2024-01-01' });
    const art4 = outcome(a, 'nd177/art4');
    expect(art4.excludedFromBest?.en).toBeTruthy();
    expect(BigInt(art4.total)).toBeGreaterThan(BigInt(outcome(a, 'nd177/art3').total));
    // D51: the leave is after 1 Sep 2025, so Decree 178 Art 7b is kept out of `best` too; Decree 154 competes with 177.
    // 23 months early: Decree 154 early retirement pays the unreduced pension only (total 0) and closes its
    // resignation (D60), so Decree 177 Art 3 is paid.
    expect(outcome(a, 'nd178/art7b').excludedFromBest?.en).toBeTruthy();
    expect(outcome(a, 'nd154/resignation').refusal?.code).toBe('eligible-for-early-retirement');
    expect(a.best).not.toBe('nd177/art4');
    expect(a.best).toBe('nd177/art3');
  });

  it('is listed for cl. 1–3 under route auto only', () => {
    const policies = (o: Record<string, unknown>) => run(o).outcomes.map((x) => x.policy);
    for (const clause of [1, 2, 3]) expect(policies({ decree177Clause: clause, ...(clause === 2 ? { staffType: 'officer', rank: 'colonel' } : {}) })).toContain('nd177/art4');
    expect(policies({ decree177Clause: 4, congressDate: '2025-05-01' })).not.toContain('nd177/art4');
    expect(policies({ decree177Clause: 5 })).not.toContain('nd177/art4');
    expect(policies({ route: 'early-retirement' })).not.toContain('nd177/art4');
    expect(policies({ route: 'resignation' })).toEqual(['nd178/art9']);
  });

  it('keeps the salary kept month by month at the base salary in force, rounded once', () => {
    // The table as known through 2027-06-30 (the numbers below were derived from it; a later row does not move them).
    const o = outcome(run({ leaveDate: '2026-05-01' }, { baseSalaryKnownThrough: '2027-06-30' }), 'nd177/art4');
    // 2026-05, 2026-06 at 2,340,000, then 2026-07 … 2027-10 (16 months) at 2,530,000; κ = 5.25.
    expect(o.facts.waitingPaySchedule).toMatchObject([{ from: '2026-05', to: '2026-06', months: 2 }, { from: '2026-07', to: '2027-10', months: 16 }]);
    expect(o.total).toBe(String(525n * (2n * 2340000n + 16n * 2530000n) / 100n));
    // The 2026 row is verified (Decree 161/2026 Art 3 cl. 2); the months after the table's horizon 2027-06-30 are not confirmed (D24).
    expect(o.facts.baseSalaryUnverifiedMonths).toEqual(['2027-07', '2027-08', '2027-09', '2027-10']);
  });
});
