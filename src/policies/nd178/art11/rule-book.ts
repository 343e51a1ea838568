/**
 * What the rule-book page of Decree 178 Art 11 prints (docs/rule-book/nd178-art11.md, written by src/testing/rule-book/ from this,
 * never by hand): its summary, its conditions in the order ./index.ts checks them (same refusal codes), its items, the
 * tables, readings and options it reads, and its worked example. Beside the article's code, but not in the runtime
 * bundles: only the renderer and the tests import it, through src/policies/rule-books.ts and src/engine/rule-books.ts.
 * The prose is rule-book text (src/locales/rule-book/).
 */
import type { PolicyRuleBook } from '../../../model/declaration.js';
import { cite, DOC } from '../../../core/citation.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { stayingFactor, stayingPerson } from '../common/rule-book.js';
import { art11, keptAllowanceLabel } from './index.js';

export const ruleBook: PolicyRuleBook = {
  summary: 'nd178.art11.summary',
  conditions: [
    {
      text: 'nd178.art11.condition.before-in-force',
      citation: keyDates.nd178InForce.citation,
      refusal: 'before-in-force',
    },
    {
      text: 'nd178.art11.condition.allowance-not-lower',
      citation: art11,
      refusal: 'allowance-not-lower',
    },
    {
      text: 'nd178.art11.condition.base-salary-out-of-table',
      citation: cite(DOC.tt01, '3', '2'),
      refusal: 'base-salary-out-of-table',
    },
  ],
  items: [{
    code: 'kept-leadership-allowance',
    label: keptAllowanceLabel,
    formula: 'Σ over the months kept: (former − new coefficient) × B of the month',
    when: 'nd178.art11.item.kept-leadership-allowance.when',
    factors: [stayingFactor('art11MinMonths')],
    citation: art11,
  }],
  tables: ['baseSalary'],
  readings: ['D14'],
  options: ['art11StartMonth'],
  examples: [{
    title: 'nd178.art11.example',
    input: { id: 'a11-8', ...stayingPerson, leadershipChangeDate: '2026-03-10', formerLeadershipCoefficient: 0.7, newLeadershipCoefficient: 0.5, termEndDate: '2026-10-31' },
    facts: ['keptFrom', 'keptTo', 'monthsKept', 'minimumMonthsApplied', 'coefficientDifference'],
  }],
};
