import { nd177Policies } from './nd177.js';
import { nd178EarlyRetirement } from './nd178-early-retirement.js';
import { nd178Resignation } from './nd178-resignation.js';
import { nd178Staying } from './nd178-staying.js';
import type { PolicyMeta } from './types.js';

export type { PolicyMeta, ConditionMeta, ItemMeta, ExampleMeta, FactorRef, TableName } from './types.js';

/**
 * Every policy code `assess` can return, with what the rule book says about it (docs/rule-book/).
 * A new policy module adds its entry here; tests/rule-book/ fails for a code without one.
 */
export const policyRegistry: readonly PolicyMeta[] = [...nd178EarlyRetirement, ...nd178Resignation, ...nd178Staying, ...nd177Policies];

/** The rule-book page of a policy code: "nd178/art7" → "nd178-art7". */
export function rulePageName(code: string): string {
  return code.replaceAll('/', '-');
}
