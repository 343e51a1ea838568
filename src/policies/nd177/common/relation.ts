import { formatCitation } from '../../../core/citation.js';
import { toAmountString } from '../../../core/money.js';
import { topUpCitation } from '../../../parameters/transitional.js';
import type { CaseContext } from '../../../model/context.js';
import type { Outcome } from '../../../model/types.js';

/**
 * The Decree 67/2025 top-up (cấp bù): a person already paid `alreadyPaid.amount` under `alreadyPaid.policy`
 * is owed the difference when a package computed here is higher, and nothing is clawed back when it is lower.
 * Recorded in the facts of every eligible leaving package, so the total stays the full entitlement and `best`
 * is unchanged; the top-up owed is the one on the `best` outcome (docs/decree-177.md).
 */
export function withTopUp(ctx: CaseContext, outcome: Outcome): Outcome {
  const paid = ctx.case.alreadyPaid;
  if (!paid || !outcome.eligible || outcome.excludedFromBest) return outcome;
  const owed = BigInt(outcome.total) - BigInt(toAmountString(paid.amount));
  return {
    ...outcome,
    facts: {
      ...outcome.facts,
      alreadyPaidPolicy: paid.policy,
      alreadyPaidAmount: toAmountString(paid.amount),
      topUpOwed: String(owed > 0n ? owed : 0n),
      topUpCitation: formatCitation(topUpCitation),
    },
  };
}
