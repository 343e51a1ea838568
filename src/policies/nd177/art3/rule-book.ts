/**
 * What the rule-book page of Decree 177 Art 3 prints (docs/rule-book/nd177-art3.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { cite, DOC } from '../../../core/citation.js';
import { baseSalary, baseSalaryHorizonCitation, formatKnownThrough } from '../../../parameters/base-salary.js';
import { article2, d3Cadre, nd177Factor } from '../common/rule-book.js';
import { art3EarlyYearsLabel, art3InsuranceSupportLabel, art3InsuredTimeLabel, art3PointKLabel } from './index.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd177.art3.summary',
  conditions: [
    ...article2,
    {
      text: { key: 'nd177.art3.condition.base-salary-unknown', vars: { baseSalary: formatKnownThrough(baseSalary) } },
      citation: baseSalaryHorizonCitation,
      refusal: 'base-salary-unknown',
    },
    {
      text: 'nd177.art3.condition.not-early',
      citation: cite(DOC.nd177, '3', '1', 'a'),
      refusal: 'not-early',
    },
    {
      text: 'nd177.art3.condition.not-pension-eligible',
      citation: cite(DOC.nd177, '3', '1', 'b'),
      refusal: 'not-pension-eligible',
    },
  ],
  items: [
    {
      code: 'early-years-allowance',
      label: art3EarlyYearsLabel,
      formula: 'S × 5 × yearsEarly',
      when: 'nd177.art3.item.early-years-allowance.when',
      factors: [nd177Factor('perYearEarly')],
      citation: cite(DOC.nd177, '3', '2', 'b'),
    },
    {
      code: 'insured-time-allowance',
      label: art3InsuredTimeLabel,
      formula: 'S × (5 + 0.5 × (N − 20))  or  S × (5 + 0.5 × (N − 15))',
      when: 'nd177.art3.item.insured-time-allowance.when',
      factors: [nd177Factor('insured20BaseMonths'), nd177Factor('insured20BaseYears'), nd177Factor('insured15BaseMonths'), nd177Factor('insured15BaseYears'), nd177Factor('insuredPerExtraYear')],
      citation: cite(DOC.nd177, '3', '2', 'c'),
    },
    {
      code: 'state-paid-insurance',
      label: art3InsuranceSupportLabel,
      formula: 'insuranceSalary × contribution% × min(missing months, 30)',
      when: 'nd177.art3.item.state-paid-insurance.when',
      factors: [nd177Factor('pointHMaxMonths')],
      citation: cite(DOC.nd177, '3', '2', 'h'),
    },
    {
      code: 'point-k-allowance',
      label: art3PointKLabel,
      formula: 'S × 0.5 × N',
      when: 'nd177.art3.item.point-k-allowance.when',
      factors: [nd177Factor('pointKPerYear')],
      citation: cite(DOC.nd177, '3', '2', 'k'),
    },
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings'],
  readings: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'],
  options: ['congressMonthCount', 'nd177PointK', 'ignoreExcludedAllowances'],
  examples: [{
    title: 'nd177.art3.example',
    input: { id: 'D3', ...d3Cadre, leaveDate: '2025-05-01' },
    facts: ['monthlySalary', 'statutoryPensionStart', 'monthsEarly', 'yearsEarly', 'monthsFromCongressToRetirementAge', 'insuredTimeAllowanceRule', 'pointK'],
  }],
};
