import { cite, DOC, type Citation } from '../../../core/citation.js';
import { dec, formatFactor, type Decimal } from '../../../core/money.js';
import { msg } from '../../../locales/index.js';
import type { Factor } from '../../../parameters/policy-factors.js';
import type { ParameterSet } from '../../../parameters/parameter-set.js';
import { salaryMultipleItem, type Factors, type MoneyItem } from '../../../model/outcome.js';
import type { CaseContext } from '../../../model/context.js';
import type { Window } from '../../../rules/window.js';

export const oneOffLabel = msg('nd178.one-off-pension.one-off-label');

/** Months early counted by the one-off pension: at most 60 (Decree 178 Art 5 cl. 1). */
export function countedMonths(monthsEarly: number, params: ParameterSet): number {
  return Math.min(monthsEarly, Number(params.factors.oneOffMaxMonths.value));
}

/** (rate × share) × months. */
function oneOffFactors(rate: string, share: string, months: number): Factors {
  const effective = dec(rate).times(dec(share));
  return { multiplier: effective.times(months), text: `${formatFactor(effective, 1)} × ${months}` };
}

/** rate × S × months, halved from the 13th month when a window applies. */
export function oneOffItem(ctx: CaseContext, S: Decimal, rate: Factor, months: number, window: Window | null, citation: Citation): MoneyItem {
  const share = window === 'from-13th-month' ? ctx.params.factors.fromThirteenthMonthShare.value : '1';
  const factors = ctx.derive(oneOffFactors, rate.value, share, months);
  return salaryMultipleItem({ code: 'one-off-pension', label: oneOffLabel, salary: S, multiplier: factors.multiplier, factorsText: factors.text, citation });
}

export const u2Citation = cite(DOC.tt01, '4', '3');
