/**
 * What the rule-book page of graduateAllowance prints (docs/rule-book/nd179-graduate-allowance.md, written by src/testing/rule-book/ from
 * this, never by hand): beside the allowance's code, but not in the runtime bundles (only the renderer and the tests
 * import it, through src/engine/nd179/rule-books.ts). The prose is rule-book text (src/locales/rule-book/{vi,en}/nd179.ts).
 */
import type { AllowanceRuleBook } from '../common/policy.js';
import { askedDaysConditions, groupRuleConditions, periodCondition, salaryHistoryCondition, salaryMonthConditions } from '../common/rule-conditions.js';
import { graduateAllowance, transitionCitation } from './index.js';

const citation = graduateAllowance.citation;

export const ruleBook: AllowanceRuleBook = {
  summary: 'nd179.graduate-allowance.summary',
  ruleConditions: [
    ...groupRuleConditions.graduate,
    salaryHistoryCondition(citation),
    { text: 'nd179.graduate-allowance.condition.decree-140', citation: transitionCitation, refusals: ['recruited-before-decree-179'] },
    periodCondition(citation),
    ...salaryMonthConditions,
    ...askedDaysConditions(citation),
  ],
  formula: 'graduateAllowanceRate × k × B × d/D',
  options: ['graduateAllowanceBase', 'fiveYearCount', 'youthAge', 'decree140Transition', 'proration', 'salaryChangeInMonth', 'baseSalary', 'baseSalaryKnownThrough'],
  readings: [],
  example: { title: 'nd179.graduate-allowance.example', caseName: 'G2 at coefficient 2.34 with a base salary of 2,340,000: 8,213,400 a month, 492,804,000 over 60 full months' },
};
