/**
 * What the rule-book page of Decree 178 Art 7a prints (docs/rule-book/nd178-art7a.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { cite, DOC } from '../../../core/citation.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { oneOffLabel } from '../common/one-off-pension.js';
import { bands, clause2Items, commonConditions, earlyRetirementFacts, nd178Factor, notEarly, pensionEligible } from '../common/rule-book.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd178.art7a.summary',
  conditions: [
    ...commonConditions,
    {
      text: 'nd178.art7a.condition.group-not-covered',
      citation: cite(DOC.nd178, '7a'),
      refusal: 'group-not-covered',
    },
    {
      text: 'nd178.art7a.condition.not-in-ruleset',
      citation: cite(DOC.nd67, '1'),
      refusal: 'not-in-ruleset',
    },
    {
      text: 'nd178.art7a.condition.group-not-covered-2',
      citation: cite(DOC.nd178, '2', '2', undefined, { note: 'as amended by 67/2025/NĐ-CP; Conclusion 75-TB/TW' }),
      refusal: 'group-not-covered',
      factors: [nd178Factor('streamliningArmedForcesMaxMonths')],
    },
    {
      text: 'nd178.art7a.condition.before-in-force',
      citation: keyDates.nd67InForce.citation,
      refusal: 'before-in-force',
    },
    notEarly,
    pensionEligible,
    bands,
  ],
  items: [
    {
      code: 'one-off-pension',
      label: oneOffLabel,
      formula: 'S × 1.0 × min(T, 60), × 0.5 from the 13th month after 15 Mar 2025',
      factors: [nd178Factor('art7aOneOffRate'), nd178Factor('oneOffMaxMonths'), nd178Factor('fromThirteenthMonthShare')],
      citation: cite(DOC.nd178, '7a', '1'),
    },
    ...clause2Items,
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
  readings: ['D1', 'D3', 'D6', 'D7', 'D8', 'D12', 'D13', 'D14', 'D15', 'D16', 'D18', 'D21', 'D24', 'D28', 'D29', 'D51'],
  options: ['ruleset', 'windowAnniversary', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'armedForcesYearsEarlyCap'],
  examples: [{
    title: 'nd178.art7a.example',
    input: {
      id: '7a-2026-03', gender: 'male', birthDate: '1967-06-21', staffType: 'civil-servant', group: 'not-directly-affected',
      salary: { coefficient: 6.2, publicServicePercent: 25 }, insuredMonths: 360, leaveDate: '2026-03-01',
    },
    facts: earlyRetirementFacts,
  }],
};
