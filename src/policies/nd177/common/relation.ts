import { formatCitation } from '../../../core/citation.js';
import { toAmountString } from '../../../core/money.js';
import { topUpCitation } from '../../../parameters/transitional.js';
import type { CaseContext } from '../../../model/context.js';
import type { Outcome } from '../../../model/types.js';
import { decree29Successor, decree29TopUpCitation } from '../../nd154/common/transitional.js';

/**
 * The Decree 67/2025 top-up (cấp bù): a person already paid `alreadyPaid.amount` under `alreadyPaid.policy`
 * is owed the difference when a package computed here is higher, and nothing is clawed back when it is lower.
 * Recorded in the facts of every eligible leaving package, so the total stays the full entitlement and `best`
 * is unchanged; the top-up owed is the one on the `best` outcome (docs/decree-177.md).
 *
 * Two regimes, kept apart (docs/decisions.md D58): a Decree 29/2023 case (`nd29/…`) is topped up under Decree 154's
 * transitional rule, on the matching Decree 154 outcome only; a Decree 177/178 payment is topped up under Decree
 * 67/2025 on the Decree 177/178 packages, never on a Decree 154 outcome.
 */
export function withTopUp(ctx: CaseContext, outcome: Outcome): Outcome {
  const paid = ctx.case.alreadyPaid;
  if (!paid || !outcome.eligible || outcome.excludedFromBest) return outcome;
  const successor = decree29Successor(paid.policy);
  if (successor !== null ? outcome.policy !== successor : outcome.policy.startsWith('nd154/')) return outcome;
  const owed = BigInt(outcome.total) - BigInt(toAmountString(paid.amount));
  return {
    ...outcome,
    facts: {
      ...outcome.facts,
      alreadyPaidPolicy: paid.policy,
      alreadyPaidAmount: toAmountString(paid.amount),
      topUpOwed: String(owed > 0n ? owed : 0n),
      topUpCitation: formatCitation(successor !== null ? decree29TopUpCitation : topUpCitation),
    },
  };
}
