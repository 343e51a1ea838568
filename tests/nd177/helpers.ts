import { assess, type Assessment, type Outcome } from '../../src/index.js';
import type { AssessOptions } from '../../src/engine/options.js';

/**
 * A Decree 177 cl. 1 cadre: man born 01/1966 (first pension month 2027-11, common.md §3), S = 15,356,250,
 * 22 insured years; tests override what they vary.
 */
export function cadre(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const c: Record<string, unknown> = {
    id: 'C-1', gender: 'male', birthDate: '1966-01-15', staffType: 'cadre',
    salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
    insuredMonths: 264, leaveDate: '2025-05-01', decree177Clause: 1, congressDate: '2025-06-01',
  };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete c[k];
    else c[k] = v;
  }
  return c;
}

export function run(overrides: Record<string, unknown> = {}, options?: AssessOptions): Assessment {
  return assess(cadre(overrides), options);
}

export function outcome(a: Assessment, policy: string): Outcome {
  const o = a.outcomes.find((x) => x.policy === policy);
  if (!o) throw new Error(`no outcome ${policy} in ${a.outcomes.map((x) => x.policy).join(', ')}`);
  return o;
}

/** "YYYY-MM-01" for the month `n` months before the first pension month 2027-11 of the default cadre. */
export function monthsBeforePension(n: number, pension = { year: 2027, month: 11 }): string {
  const idx = pension.year * 12 + (pension.month - 1) - n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
}
