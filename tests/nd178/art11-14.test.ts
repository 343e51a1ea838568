import { describe, expect, it } from 'vitest';
import { assess, safeAssess, type Assessment, type Outcome } from '../../src/index.js';
import type { AssessOptions } from '../../src/engine/options.js';

/** A civil servant far from retirement who stays in service (route early-retirement: refused, too early). */
function staying(overrides: Record<string, unknown> = {}, options?: AssessOptions): Assessment {
  return assess({
    id: 'S-1', gender: 'female', birthDate: '1980-03-10', staffType: 'civil-servant',
    salary: { coefficient: 4.4, leadershipCoefficient: 0.7, publicServicePercent: 25 },
    insuredMonths: 240, restructuringDate: '2025-03-01', leaveDate: '2025-09-01', route: 'early-retirement',
    ...overrides,
  }, options);
}

function outcome(a: Assessment, policy: string): Outcome {
  const o = a.outcomes.find((x) => x.policy === policy);
  if (!o) throw new Error(`no outcome ${policy}`);
  return o;
}

const change = { leadershipChangeDate: '2025-09-01', formerLeadershipCoefficient: 0.6, newLeadershipCoefficient: 0.3 };
/** The last day of the month `n - 1` months after 2025-09 (so the term covers n months from the change month). */
const termOf = (n: number) => {
  const idx = 2025 * 12 + 8 + n - 1;
  const [y, m] = [Math.floor(idx / 12), (idx % 12) + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${last}`;
};

describe('Decree 178 Art 11', () => {
  it.each([[1, 6], [5, 6], [6, 6], [7, 7], [10, 10]])('%i months left in the term → kept for %i', (left, kept) => {
    const o = outcome(staying({ ...change, termEndDate: termOf(left) }), 'nd178/art11');
    expect(o.facts.monthsRemainingInTerm).toBe(left);
    expect(o.facts.monthsKept).toBe(kept);
    expect(o.facts.minimumMonthsApplied).toBe(left < 6);
    expect((o.facts.monthlySchedule as unknown[]).length).toBe(kept);
  });

  it('the end month and the total follow the schedule, rounded once', () => {
    const o = outcome(staying({ ...change, newLeadershipCoefficient: 0.15, termEndDate: '2026-08-31' }), 'nd178/art11');
    // 0.45 × base: Sep 2025 – Jun 2026 (10 months) at 2,340,000, Jul – Aug 2026 at 2,530,000.
    expect(o.facts.keptTo).toBe('2026-08');
    expect(o.total).toBe(String((45n * (10n * 2340000n + 2n * 2530000n)) / 100n));
  });

  it('a change and a term ending in the same month: 6 months (both readings)', () => {
    for (const art11StartMonth of ['change-month', 'next-month'] as const) {
      const o = outcome(staying({ ...change, leadershipChangeDate: '2025-09-20', termEndDate: '2025-09-30' }, { art11StartMonth }), 'nd178/art11');
      expect(o.facts.monthsKept).toBe(6);
      expect(o.facts.keptFrom).toBe(art11StartMonth === 'change-month' ? '2025-09' : '2025-10');
    }
  });

  it('never becomes best and never changes it', () => {
    const a = staying({ ...change, termEndDate: '2026-08-31' });
    expect(outcome(a, 'nd178/art11').excludedFromBest).toBeDefined();
    expect(a.best).toBeNull();
  });

  it('partial input is named', () => {
    const r = safeAssess({ id: 'x', gender: 'male', birthDate: '1970', staffType: 'cadre', monthlySalary: 1, insuredMonths: 1, leaveDate: '2025-09-01', group: 'decree-177-cadre', newLeadershipCoefficient: 0.2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path).sort()).toEqual(['formerLeadershipCoefficient', 'leadershipChangeDate', 'termEndDate']);
  });
});

describe('Decree 178 Art 12, 13, 14', () => {
  it('Art 12 amounts: cl. 1 confirmed by two sources, cl. 2 by one (still unverified, D27)', () => {
    for (const level of ['commune', 'central-to-provincial'] as const) {
      const o = outcome(staying({ grassrootsSecondment: level, secondmentDate: '2025-10-15' }), 'nd178/art12');
      expect(o.items[0]!.citation.verified).toBe(level === 'commune' ? undefined : false);
      expect(o.facts.secondmentAmountVerified).toBe(level === 'commune');
      expect(o.items[0]!.amount).toBe(level === 'commune' ? '23400000' : '7020000');
    }
  });

  it('Art 13 and 14 appear only when asked for, as flags with citations', () => {
    expect(staying().outcomes.map((o) => o.policy)).toEqual(['nd178/art7']);
    const a = staying({ outstandingStaff: true, postRestructuringTraining: true });
    for (const policy of ['nd178/art13', 'nd178/art14']) {
      const o = outcome(a, policy);
      expect(o.items).toEqual([]);
      expect(o.flags.length).toBeGreaterThan(0);
      for (const f of o.flags) expect(f.citation.doc).toBeTruthy();
    }
    expect(staying({ outstandingStaff: false }).outcomes.map((o) => o.policy)).toEqual(['nd178/art7']);
  });
});
