import type { Citation } from '../../../core/citation.js';
import { nd154Citations } from '../../../parameters/nd154.js';

/**
 * Decree 154's transitional rule [M]: a case decided under Decree 29/2023 and not paid when Decree 154 took effect
 * (16 Jun 2025) is recomputed under Decree 154 and the difference is paid (docs/decisions.md D58). The input names
 * it with `alreadyPaid: { policy: "nd29/early-retirement" | "nd29/resignation", amount }` (the Decree 29 amount); the
 * matching Decree 154 outcome records the top-up owed through the same machinery as the Decree 67 top-up
 * (src/policies/nd177/common/relation.ts).
 */
const matching: Readonly<Record<string, string>> = {
  'nd29/early-retirement': 'nd154/early-retirement',
  'nd29/resignation': 'nd154/resignation',
};

/** The Decree 154 policy that recomputes a Decree 29 package, or null for any other paid policy. */
export function decree29Successor(paidPolicy: string): string | null {
  return matching[paidPolicy] ?? null;
}

export const decree29TopUpCitation: Citation = nd154Citations.transitional;
