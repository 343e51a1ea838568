import type { PolicyDeclaration } from '../../../model/declaration.js';
import { decree178BestExclusion } from '../../nd154/common/regime.js';
import { beforeDecisionChecks, commonChecks } from './conditions.js';
import { computeResignation, resignationChecks, resignationTitles, type ResignationArticle } from './resignation.js';

/**
 * What Art 9 and Art 10 declare alike (their code is shared too: src/policies/nd178/common/resignation.ts): the
 * checks in the order the code runs them, and the computation; each article adds when it applies. What their
 * rule-book pages print alike is `resignationRuleBook` (./rule-book.ts).
 */
export function resignationDeclaration(article: ResignationArticle): Omit<PolicyDeclaration, 'applies'> {
  return {
    code: `nd178/art${article}`,
    decree: 'nd178',
    article,
    title: resignationTitles[article],
    checks: [
      { refusal: 'group-not-covered', check: resignationChecks.groupCovered(article) },
      ...commonChecks,
      ...beforeDecisionChecks,
      { refusal: 'at-retirement-age', check: resignationChecks.beforeRetirementAge(article) },
      { refusal: 'under-24-months', check: resignationChecks.twoYearsOrMore(article) },
      { refusal: 'eligible-for-early-retirement', check: resignationChecks.notEarlyRetirement(article) },
    ],
    compute: (ctx, facts) => computeResignation(ctx, facts, article),
    // D51: after 1 Sep 2025, or in a Decree 154 streamlining case, shown but not compared for `best`.
    bestExclusion: decree178BestExclusion,
  };
}
