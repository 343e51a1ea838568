/**
 * What the rule-book page of expertContract prints (docs/rule-book/nd179-expert-contract.md, written by src/testing/rule-book/ from
 * this, never by hand): beside the allowance's code, but not in the runtime bundles (only the renderer and the tests
 * import it, through src/engine/nd179/rule-books.ts). The prose is rule-book text (src/locales/rule-book/{vi,en}/nd179.ts).
 */
import type { AllowanceRuleBook } from '../common/policy.js';
import { askedDaysConditions, groupRuleConditions, periodCondition } from '../common/rule-conditions.js';
import { expertContract } from './index.js';

const citation = expertContract.citation;

export const ruleBook: AllowanceRuleBook = {
  summary: 'nd179.expert-contract.summary',
  ruleConditions: [
    ...groupRuleConditions.expert,
    { text: 'nd179.expert-contract.condition.contract', citation, refusals: ['taken-into-service'] },
    { text: 'nd179.expert-contract.condition.amount', citation, refusals: ['missing/contractMonthlyAmount'] },
    { text: 'nd179.expert-contract.condition.start', citation, refusals: ['missing/contractStartDate'] },
    periodCondition(citation),
    ...askedDaysConditions(citation),
  ],
  formula: 'A × d/D',
  options: ['proration'],
  readings: [],
  example: { title: 'nd179.expert-contract.example', caseName: 'G3 expert on a labour contract: the negotiated amount over the contract term' },
};
