import type { ConditionCheck } from '../../../model/declaration.js';
import { bandCheck, earlyCheck, pensionEligibleCheck } from './early-retirement.js';
import { baseSalaryKnown, baseSalaryTabled, inForce, issuedDateGiven, notBeforeRestructuring, restructuringDateGiven, notExcludedByGuidance, retirementAgeTabled } from './eligibility.js';

/**
 * The checks several Decree 178 articles run alike (Art 7, 7a, 7b, 9, 10), each article's declaration
 * (src/policies/nd178/<article>/index.ts) in its own order; what the rule book prints of them is in ./rule-book.ts.
 */

/** Checks every Decree 178 leaving policy runs first (src/policies/nd178/common/eligibility.ts). */
export const commonChecks: readonly ConditionCheck[] = [
  { refusal: 'before-in-force', check: inForce },
  { refusal: 'excluded-by-guidance', check: notExcludedByGuidance },
  { refusal: 'base-salary-out-of-table', check: baseSalaryTabled },
  { refusal: 'base-salary-unknown', check: baseSalaryKnown },
  { refusal: 'retirement-age-out-of-table', check: retirementAgeTabled },
];

/**
 * A leave before the restructuring decision takes effect (D11): paid at the first-12-months rate by default;
 * refused only under the options `refuse` and `after-issue-only`. Shared with Art 9 and 10.
 */
export const beforeDecisionChecks: readonly ConditionCheck[] = [
  { refusal: 'restructuring-date-missing', check: restructuringDateGiven },
  { refusal: 'leave-before-restructuring', check: notBeforeRestructuring },
  { refusal: 'restructuring-issued-date-missing', check: issuedDateGiven },
];

/** The last checks of Art 7, 7a and 7b: early, pension-eligible, within the bands of Art 7 cl. 2. */
export const earlyRetirementChecks: readonly ConditionCheck[] = [
  { refusal: 'not-early', check: earlyCheck },
  { refusal: 'not-pension-eligible', check: pensionEligibleCheck },
  { refusal: 'too-early', check: bandCheck },
];
