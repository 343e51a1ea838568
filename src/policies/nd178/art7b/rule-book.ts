/**
 * What the rule-book page of Decree 178 Art 7b prints (docs/rule-book/nd178-art7b.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { cite, DOC } from '../../../core/citation.js';
import { oneOffLabel } from '../common/one-off-pension.js';
import { art7bSubGroups, bands, clause2Items, commonConditions, nd178Factor, notEarly, pensionEligible } from '../common/rule-book.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd178.art7b.summary',
  conditions: [
    {
      text: 'nd178.art7b.condition.decree-177-clause-5',
      citation: cite(DOC.nd178, '2', '4', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
      refusal: 'decree-177-clause-5',
    },
    ...commonConditions,
    {
      text: 'nd178.art7b.condition.group-not-covered',
      citation: cite(DOC.nd178, '7b'),
      refusal: 'group-not-covered',
    },
    {
      text: 'nd178.art7b.condition.not-in-ruleset',
      citation: cite(DOC.nd67, '1'),
      refusal: 'not-in-ruleset',
    },
    ...art7bSubGroups,
    notEarly,
    pensionEligible,
    bands,
  ],
  items: [
    {
      code: 'one-off-pension',
      label: oneOffLabel,
      formula: 'S × 1.0 × min(T, 60)',
      when: 'nd178.art7b.item.one-off-pension.when',
      factors: [nd178Factor('art7bOneOffRate'), nd178Factor('oneOffMaxMonths')],
      citation: cite(DOC.nd178, '7b'),
    },
    ...clause2Items,
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings', 'annexIIQualifyingMonths'],
  readings: ['D3', 'D6', 'D7', 'D8', 'D12', 'D13', 'D14', 'D15', 'D16', 'D18', 'D24', 'D26', 'D28', 'D29', 'D51', 'N3'],
  options: ['ruleset', 'applyEligibilityFilter', 'ignoreExcludedAllowances', 'congressMonthCount', 'armedForcesYearsEarlyCap'],
  examples: [{
    title: 'nd178.art7b.example',
    input: {
      id: 'D3', gender: 'male', birthDate: '1966-01-15', staffType: 'cadre',
      salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
      insuredMonths: 264, leaveDate: '2025-05-01', decree177Clause: 1, congressDate: '2025-06-01',
    },
    facts: ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'band', 'windowApplies', 'insuranceRegime', 'insuredYears'],
  }],
};
