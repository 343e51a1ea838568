import { allowanceYearsNumber } from '../../../core/service-time.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import type { ConditionCheck } from '../../../model/declaration.js';
import type { Facts, Refusal } from '../../../model/types.js';
import { retirementAgeTabled } from '../../nd178/common/eligibility.js';
import { notDecree178Check } from './regime.js';
import { salary154 } from './salary.js';
import { isCommunePartTime, workingMonths } from './working-time.js';

/**
 * The checks the two Decree 154 policies run alike, in order: not a Decree 178 case, the salary S of Art 5 (its
 * components, its base salary), the retirement age. Each policy adds its own checks after these; what their pages
 * print of them is `commonConditions154` (./rule-book.ts).
 */

/** One salary refusal by its code (the salary is derived once per check: a few decimal operations). */
const salaryRefusal = (code: string) => (ctx: CaseContext): Refusal | null => {
  const s = salary154(ctx);
  return !s.ok && s.refusal.code === code ? s.refusal : null;
};

export const commonChecks154: readonly ConditionCheck[] = [
  { refusal: 'took-decree-178', check: notDecree178Check },
  { refusal: 'salary-components-needed', check: salaryRefusal('salary-components-needed') },
  { refusal: 'base-salary-out-of-table', check: salaryRefusal('base-salary-out-of-table') },
  { refusal: 'base-salary-unknown', check: salaryRefusal('base-salary-unknown') },
  { refusal: 'retirement-age-out-of-table', check: retirementAgeTabled },
];

/**
 * The facts a Decree 154 outcome starts from: the case's, with Decree 178's salary replaced by Decree 154's S (its
 * parts, base salary, left-out allowances, the Resolution 167 choice) and, for a commune part-time worker, the
 * working time N of Art 5 cl. 5 as `insuredYears`. Built afresh for each of the two policies rather than built once
 * and copied: a generic copy of this many keys (a spread or `Object.assign({}, …)`) cost more than building it, and
 * an object made by a spread was slow to add the policy's own facts to (measured, docs/benchmarks.md).
 */
export function startFacts154(ctx: CaseContext): Facts {
  // The case's facts in their order without Decree 178's salary keys (never copied and deleted from: an object
  // that keys are deleted from is much slower to extend and read in V8).
  const facts = copyFacts(ctx, false);
  const s = salary154(ctx);
  if (s.ok) Object.assign(facts, s.value.facts);
  const c = ctx.case;
  if (isCommunePartTime(c)) {
    const p = c.decree154!.communePartTime!;
    facts.communePartTimeMonths = p.months;
    facts.otherUncompensatedInsuredMonths = p.otherUncompensatedMonths;
    facts.workingMonths = workingMonths(c);
    facts.insuredYears = allowanceYearsNumber(workingMonths(c));
  }
  return facts;
}
