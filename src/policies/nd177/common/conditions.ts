import type { ConditionCheck } from '../../../model/declaration.js';
import { article2Checks as art2 } from './eligibility.js';

/**
 * Decree 177 Art 2 as Art 3 and Art 4 check it (src/policies/nd177/common/eligibility.ts), in order; what their
 * pages print of it is `article2` in ./rule-book.ts.
 */
export const article2Checks: readonly ConditionCheck[] = [
  { refusal: 'before-in-force', check: art2.inForce },
  { refusal: 'decree-177-clause-missing', check: art2.clauseGiven },
  { refusal: 'retirement-age-out-of-table', check: art2.retirementAgeTabled },
  { refusal: 'excluded-streamlining', check: art2.notStreamlining },
  { refusal: 'excluded-retirement-notice', check: art2.noRetirementNotice },
  { refusal: 'excluded-continues-working', check: art2.notContinuingWork },
  { refusal: 'excluded-six-months-or-less', check: art2.moreThanSixMonths },
  { refusal: 'outside-clause-4-range', check: art2.withinClause4Range },
];
