/**
 * What the rule-book page of expertAllowance prints (docs/rule-book/nd179-expert-allowance.md, written by src/testing/rule-book/ from
 * this, never by hand): beside the allowance's code, but not in the runtime bundles (only the renderer and the tests
 * import it, through src/engine/nd179/rule-books.ts). The prose is rule-book text (src/locales/rule-book/{vi,en}/nd179.ts).
 */
import type { AllowanceRuleBook } from '../common/policy.js';
import { askedDaysConditions, groupRuleConditions, periodCondition, salaryHistoryCondition, salaryMonthConditions } from '../common/rule-conditions.js';
import { expertAllowance } from './index.js';

const citation = expertAllowance.citation;

export const ruleBook: AllowanceRuleBook = {
  summary: 'nd179.expert-allowance.summary',
  ruleConditions: [
    ...groupRuleConditions.expert,
    { text: 'nd179.expert-allowance.condition.not-contract', citation, refusals: ['engaged-by-contract'] },
    { text: 'nd179.expert-allowance.condition.vietnamese', citation, refusals: ['foreign-national'] },
    { text: 'nd179.expert-allowance.condition.working-age', citation, refusals: ['missing/criteria.withinWorkingAge', 'not-met/criteria.withinWorkingAge'] },
    { text: 'nd179.expert-allowance.condition.recruitment-date', citation, refusals: ['missing/recruitmentDate'] },
    salaryHistoryCondition(citation),
    periodCondition(citation),
    ...salaryMonthConditions,
    ...askedDaysConditions(citation),
  ],
  formula: 'expertAllowanceRate × (k + a) × B × d/D',
  options: ['proration', 'salaryChangeInMonth', 'baseSalary', 'baseSalaryKnownThrough'],
  readings: [],
  example: { title: 'nd179.expert-allowance.example', caseName: 'G3 Vietnamese expert taken into the service: 300% including allowances, first month prorated' },
};
