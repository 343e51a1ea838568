import type { Citation } from '../core/citation.js';
import { formatNumber, roundDong, sum, toAmountString, wholeAmountString, type Decimal } from '../core/money.js';
import type { Text } from '../i18n/text.js';
import type { Facts, Flag, Item, Outcome, Refusal } from './types.js';

/** An item of the form S × factors: computed exactly, rounded once to whole đồng (common.md §7). */
export interface MoneyItem {
  readonly item: Item;
  readonly amount: Decimal;
}

/** The factors of an item after "S ×": their exact product and how they are printed ("1.0 × 30"). */
export interface Factors {
  readonly multiplier: Decimal;
  readonly text: string;
}

/*
 * Factors depend only on factor values and counts of months, never on the case's salary: articles compute them
 * with `ctx.derive`, which the engine remembers (src/engine/memo.ts).
 */

export function salaryMultipleItem(args: {
  code: string;
  label: Text;
  salary: Decimal;
  multiplier: Decimal;
  /** The factors as printed after "S ×", e.g. "1.0 × 30" or "(5 + 0.5 × 2)". */
  factorsText: string;
  citation: Citation;
}): MoneyItem {
  const amount = roundDong(args.salary.times(args.multiplier));
  return {
    amount,
    item: {
      code: args.code,
      label: args.label,
      amount: wholeAmountString(amount),
      formula: `${formatNumber(args.salary)} × ${args.factorsText}`,
      citation: args.citation,
    },
  };
}

/** `total`: the sum of the items when the caller has it already. */
export function eligibleOutcome(policy: string, title: Text, facts: Facts, items: readonly MoneyItem[], flags: readonly Flag[], total?: Decimal): Outcome {
  return {
    policy,
    title,
    eligible: true,
    facts,
    items: items.map((i) => i.item),
    flags,
    total: toAmountString(total ?? sumOf(items)),
  };
}

export function sumOf(items: readonly MoneyItem[]): Decimal {
  if (items.length === 0) return sum([]);
  let total = items[0]!.amount;
  for (let i = 1; i < items.length; i++) total = total.plus(items[i]!.amount);
  return total;
}

/** A refusal's items and flags: none, one frozen list shared by every refusal (decision E4, like labels and flags). */
const NONE: readonly never[] = Object.freeze([]);

export function refusedOutcome(policy: string, title: Text, facts: Facts, refusal: Refusal): Outcome {
  return { policy, title, eligible: false, refusal, facts, items: NONE, flags: NONE, total: '0' };
}
