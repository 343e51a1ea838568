/**
 * The Decree 179 allowances' rule-book declarations, for the rule-book renderer (src/testing/rule-book/), which as a
 * façade reads the policies through the engine. Not re-exported by the library's entry points.
 */
export { nd179RuleBooks } from '../../policies/nd179/common/rule-books.js';
export type { AllowanceCondition, AllowanceRuleBook, Nd179OptionName } from '../../policies/nd179/common/policy.js';
