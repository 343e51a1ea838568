/**
 * What the rule-book page of talentAllowance prints (docs/rule-book/nd179-talent-allowance.md, written by src/testing/rule-book/ from
 * this, never by hand): beside the allowance's code, but not in the runtime bundles (only the renderer and the tests
 * import it, through src/engine/nd179/rule-books.ts). The prose is rule-book text (src/locales/rule-book/{vi,en}/nd179.ts).
 */
import type { AllowanceRuleBook } from '../common/policy.js';
import { askedDaysConditions, groupRuleConditions, periodCondition, salaryHistoryCondition, salaryMonthConditions } from '../common/rule-conditions.js';
import { talentAllowance } from './index.js';

const citation = talentAllowance.citation;

export const ruleBook: AllowanceRuleBook = {
  summary: 'nd179.talent-allowance.summary',
  ruleConditions: [...groupRuleConditions['talented-staff'], salaryHistoryCondition(citation), periodCondition(citation), ...salaryMonthConditions, ...askedDaysConditions(citation)],
  formula: 'talentAllowanceRate × (k + a) × B × d/D',
  options: ['talentAllowanceBase', 'proration', 'salaryChangeInMonth', 'baseSalary', 'baseSalaryKnownThrough'],
  readings: [],
  example: { title: 'nd179.talent-allowance.example', caseName: 'G1 talent allowance on the salary including allowances (default)' },
};
