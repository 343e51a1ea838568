/**
 * The rule-book declarations of the Decree 179 allowances (../<allowance>/rule-book.ts), by policy code: what each
 * page prints. Not imported by the engine, so not in the runtime bundles; tests/architecture/nd179-allowances.test.ts
 * fails when an allowance of `nd179Policies` has none.
 */
import type { AllowanceRuleBook } from './policy.js';
import { ruleBook as expertAllowance } from '../expert-allowance/rule-book.js';
import { ruleBook as expertContract } from '../expert-contract/rule-book.js';
import { ruleBook as graduateAllowance } from '../graduate-allowance/rule-book.js';
import { ruleBook as probationFullSalary } from '../probation-full-salary/rule-book.js';
import { ruleBook as talentAllowance } from '../talent-allowance/rule-book.js';

export const nd179RuleBooks: Readonly<Record<string, AllowanceRuleBook>> = {
  'nd179/talent-allowance': talentAllowance,
  'nd179/graduate-allowance': graduateAllowance,
  'nd179/probation-full-salary': probationFullSalary,
  'nd179/expert-allowance': expertAllowance,
  'nd179/expert-contract': expertContract,
};
