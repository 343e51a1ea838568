import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/engine/context.js';
import { defaultOptions } from '../../src/engine/options.js';
import type { CaseContext } from '../../src/model/context.js';
import { defaultParameters } from '../../src/parameters/parameter-set.js';
import { salary154 } from '../../src/policies/nd154/common/salary.js';
import { composeSalary } from '../../src/rules/salary.js';
import { dec, toExactString } from '../../src/core/money.js';
import { validateStaffCase } from '../../src/schema/validate.js';
import { baseCase } from './helpers.js';

/**
 * Decree 178's S and Decree 154's S share G, L, V and R on the base salary (src/model/derived.ts `SalaryCore`):
 * the context composes them once and Decree 154's salary reads them. The core must hold the values Decree 154
 * would compute on its own, and it is frozen.
 */
const salaries: Record<string, unknown>[] = [
  { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  { coefficient: '6.2', overFrameSeniorityPercent: 7, professionalSeniorityPercent: 12, partyWorkPercent: 30 },
  { coefficient: 3.33, reservedDifferenceCoefficient: '0.15', preferentialPercent: 40, armedForcesPercent: 10, professionalResponsibilityPercent: 5 },
  { coefficient: 5.08, leadershipCoefficient: '0.9', overFrameSeniorityPercent: 9, professionalSeniorityPercent: 0, baseSalary: 2_340_000 },
  { coefficient: 2.1, baseSalary: '2530000', professionalSeniorityPercent: 15 },
];
const leaveDates = ['2025-05-01', '2025-10-15', '2026-08-01'];

function contextOf(overrides: Record<string, unknown>): CaseContext {
  const v = validateStaffCase(baseCase(overrides));
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return buildContext(v.value, defaultOptions, defaultParameters);
}

/** The same context with Decree 178's S carrying no core: Decree 154's S is then composed on its own. */
function withoutCore(ctx: CaseContext): CaseContext {
  if (!ctx.salary.ok) return { ...ctx, evaluated: [], remembered: [] };
  return { ...ctx, salary: { ok: true, value: { ...ctx.salary.value, core: undefined } }, evaluated: [], remembered: [] };
}

describe('the salary core shared by Decree 178 and Decree 154', () => {
  for (const salary of salaries) {
    for (const leaveDate of leaveDates) {
      it(`${JSON.stringify(salary)}, leaving ${leaveDate}`, () => {
        const more = leaveDate === '2025-10-15' ? { decree154Streamlining: true, unpaidLeaveStartDate: '2025-08-01' } : {};
        const ctx = contextOf({ salary, leaveDate, ...more });
        expect(ctx.salary.ok).toBe(true);
        if (!ctx.salary.ok) return;
        const core = ctx.salary.value.core!;
        expect(core).toBeDefined();
        expect(Object.isFrozen(core)).toBe(true);
        expect(Object.isFrozen(core.shown)).toBe(true);

        // Decree 154's S read from the core is what it computes without one, fact for fact and key for key.
        const shared = salary154(ctx);
        const alone = salary154(withoutCore(ctx));
        expect(shared).toEqual(alone);
        expect(JSON.stringify(shared)).toBe(JSON.stringify(alone));

        // And what composeSalary gives for the components Decree 154 keeps (the five other percents set to zero).
        const components = ctx.case.salary.kind === 'components' ? ctx.case.salary.components : undefined;
        const zero = dec(0);
        const kept = { ...components!, publicServicePercent: zero, preferentialPercent: zero, professionalResponsibilityPercent: zero, partyWorkPercent: zero, armedForcesPercent: zero };
        const own = composeSalary(kept, core.base);
        expect(shared.ok).toBe(true);
        if (!shared.ok) return;
        expect(toExactString(shared.value.amount)).toBe(toExactString(own.amount));
        expect(shared.value.facts.salaryParts).toEqual(Object.fromEntries(Object.entries(own.parts).map(([k, v]) => [k, toExactString(v)])));
        // Decree 178's S is the same G, L, V, R with all six percents.
        const full = composeSalary(components!, core.base);
        expect(toExactString(ctx.salary.value.amount)).toBe(toExactString(full.amount));
        for (const k of ['G', 'L', 'V', 'R'] as const) expect(toExactString(core[k])).toBe(toExactString(full.parts[k]!));
      });
    }
  }

  it('is absent for a salary given as one monthly amount (Decree 154 then refuses, as before)', () => {
    const ctx = contextOf({ salary: undefined, monthlySalary: 12_000_000, leaveDate: '2025-10-01' });
    expect(ctx.salary.ok && ctx.salary.value.core).toBeUndefined();
    const s = salary154(ctx);
    expect(s.ok).toBe(false);
    expect(s).toEqual(salary154(withoutCore(ctx)));
  });
});
