/**
 * What the rule-book page of Decree 178 Art 7 prints (docs/rule-book/nd178-art7.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { cite, DOC } from '../../../core/citation.js';
import { oneOffLabel } from '../common/one-off-pension.js';
import { bands, beforeDecisionConditions, clause2Items, commonConditions, earlyRetirementFacts, nd178Factor, notEarly, pensionEligible } from '../common/rule-book.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd178.art7.summary',
  conditions: [
    ...commonConditions,
    {
      text: 'nd178.art7.condition.group-not-covered',
      citation: cite(DOC.nd178, '7', '1'),
      refusal: 'group-not-covered',
    },
    ...beforeDecisionConditions,
    notEarly,
    pensionEligible,
    bands,
  ],
  items: [
    {
      code: 'one-off-pension',
      label: oneOffLabel,
      formula: 'S × rate × min(T, 60)  (band B: S × 0.9 × 60), × 0.5 from the 13th month',
      when: 'nd178.art7.item.one-off-pension.when',
      factors: [nd178Factor('oneOffRateNear'), nd178Factor('oneOffRateFar'), nd178Factor('oneOffMonthsFar'), nd178Factor('oneOffMaxMonths'), nd178Factor('fromThirteenthMonthShare')],
      citation: cite(DOC.nd178, '7', '1', 'a'),
    },
    ...clause2Items,
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
  readings: ['D1', 'D2', 'D3', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13', 'D14', 'D17', 'D18', 'D19', 'D20', 'D24', 'D28', 'D29', 'D51', 'D61'],
  options: ['ruleset', 'windowAnniversary', 'u2WindowForArmedForces', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'leaveBeforeRestructuring', 'armedForcesYearsEarlyCap'],
  examples: [{
    title: 'nd178.art7.example',
    input: {
      id: 'O1', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
      salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
      insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
    },
    facts: earlyRetirementFacts,
  }],
};
