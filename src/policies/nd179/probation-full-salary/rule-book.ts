/**
 * What the rule-book page of probationFullSalary prints (docs/rule-book/nd179-probation-full-salary.md, written by src/testing/rule-book/ from
 * this, never by hand): beside the allowance's code, but not in the runtime bundles (only the renderer and the tests
 * import it, through src/engine/nd179/rule-books.ts). The prose is rule-book text (src/locales/rule-book/{vi,en}/nd179.ts).
 */
import type { AllowanceRuleBook } from '../common/policy.js';
import { askedDaysConditions, groupRuleConditions, periodCondition, salaryHistoryCondition, salaryMonthConditions } from '../common/rule-conditions.js';
import { transitionCitation } from '../graduate-allowance/index.js';
import { probationFullSalary } from './index.js';

const citation = probationFullSalary.citation;

export const ruleBook: AllowanceRuleBook = {
  summary: 'nd179.probation-full-salary.summary',
  ruleConditions: [
    ...groupRuleConditions.graduate,
    salaryHistoryCondition(citation),
    { text: 'nd179.probation-full-salary.condition.probation-months', citation, refusals: ['missing/probationMonths'] },
    { text: 'nd179.probation-full-salary.condition.probation', citation, refusals: ['no-probation'] },
    { text: 'nd179.probation-full-salary.condition.decree-140', citation: transitionCitation, refusals: ['recruited-before-decree-179'] },
    periodCondition(citation),
    ...salaryMonthConditions,
    ...askedDaysConditions(citation),
  ],
  formula: '(probationRate179 − normalProbationRate) × k × B × d/D',
  options: ['normalProbationRate', 'youthAge', 'decree140Transition', 'proration', 'salaryChangeInMonth', 'baseSalary', 'baseSalaryKnownThrough'],
  readings: [],
  example: { title: 'nd179.probation-full-salary.example', caseName: 'G2 probation: 100% instead of 85%, the top-up month by month' },
};
