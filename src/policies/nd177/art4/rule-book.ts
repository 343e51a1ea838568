/**
 * What the rule-book page of Decree 177 Art 4 prints (docs/rule-book/nd177-art4.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { salaryCitation } from '../../../rules/salary.js';
import { article2, d3Cadre, nd177Factor } from '../common/rule-book.js';
import { art4, art4InsuranceSupportLabel, art4PayKeptLabel } from './index.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd177.art4.summary',
  conditions: [
    ...article2,
    {
      text: 'nd177.art4.condition.clause-not-covered',
      citation: art4('1', 'a'),
      refusal: 'clause-not-covered',
    },
    {
      text: 'nd177.art4.condition.not-before-retirement-age',
      citation: art4('1', 'b'),
      refusal: 'not-before-retirement-age',
    },
    {
      text: 'nd177.art4.condition.not-under-24-months',
      citation: art4('1', 'b'),
      refusal: 'not-under-24-months',
      factors: [nd177Factor('art4MaxMonthsExclusive')],
    },
    {
      text: 'nd177.art4.condition.salary-components-required',
      citation: art4('2', 'a'),
      refusal: 'salary-components-required',
    },
    {
      text: 'nd177.art4.condition.base-salary-out-of-table',
      citation: salaryCitation,
      refusal: 'base-salary-out-of-table',
    },
  ],
  items: [
    {
      code: 'waiting-pay',
      label: art4PayKeptLabel,
      formula: 'Σ over the months of the wait: κ × B of the month,  κ = (c + l)(1 + o%)(1 + s%) + r + committee',
      when: 'nd177.art4.item.waiting-pay.when',
      factors: [],
      citation: art4('2', 'a'),
    },
    {
      code: 'state-paid-insurance',
      label: art4InsuranceSupportLabel,
      formula: 'insuranceSalary × contribution% × min(missing months, 30)',
      when: 'nd177.art4.item.state-paid-insurance.when',
      factors: [nd177Factor('art4TopUpMaxMonths')],
      citation: art4('2', 'đ'),
    },
  ],
  tables: ['baseSalary', 'retirementAgeRoadmaps', 'officerServiceCeilings'],
  readings: ['N1', 'N2', 'N3', 'N4', 'N9', 'N10', 'N11'],
  options: ['congressMonthCount'],
  examples: [{
    title: 'nd177.art4.example',
    input: { id: 'a4-23', ...d3Cadre, leaveDate: '2025-12-01' },
    facts: ['waitingMonths', 'waitFrom', 'waitTo', 'keptCoefficient', 'keptComponents', 'stoppedComponents', 'insuranceShortfallMonths'],
  }],
};
