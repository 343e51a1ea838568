import { assess, type Assessment, type Outcome } from '../../src/index.js';
import type { AssessOptions } from '../../src/engine/options.js';

/** A valid band-A civil servant (the MoHA 1814 case); tests override what they vary. */
export function baseCase(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'T-1', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
    salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
    insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
    ...overrides,
  };
}

export function outcome(a: Assessment, policy: string): Outcome {
  const o = a.outcomes.find((x) => x.policy === policy);
  if (!o) throw new Error(`no outcome ${policy} in ${a.outcomes.map((x) => x.policy).join(', ')}`);
  return o;
}

export function run(overrides: Record<string, unknown> = {}, options?: AssessOptions): Assessment {
  return assess(baseCase(overrides), options);
}

/** The first day of the month `monthsBefore` months before the given "YYYY-MM". */
export function leaveMonthsBefore(pensionMonth: string, monthsBefore: number): string {
  const [y, m] = pensionMonth.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) - monthsBefore;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
}
