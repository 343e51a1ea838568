import { cite, DOC, type Citation } from '../core/citation.js';
import type { Factor } from './policy-factors.js';

const f = (value: string, citation: Citation): Factor => ({ value, citation });
const art2 = (clause: string, point?: string) => cite(DOC.nd177, '2', clause, point);
const art3 = (point: string) => cite(DOC.nd177, '3', '2', point);
const art4 = (clause: string, point: string) => cite(DOC.nd177, '4', clause, point);

/**
 * Numbers Decree 177/2024/NĐ-CP fixes (d177.md). Kept apart from the Decree 178 factors on purpose: the
 * insured-time allowance of the 15-year regime is 5 months here and 4 in Decree 178 (common.md §6).
 */
export const nd177Factors = {
  /** Art 2 cl. 4: old enough for re-election, 30 to 60 months (both included [M]) from the congress to the retirement age. */
  clause4MinMonths: f('30', art2('4')),
  clause4MaxMonths: f('60', art2('4')),
  /** Art 2 cl. 6 b: 6 months or less from the congress date to the retirement age is not covered. */
  clause6bMaxMonths: f('6', art2('6', 'b')),
  /** Art 3 cl. 2 a: no pension-rate reduction for retiring up to 60 months early (point i beyond that). */
  noReductionMaxMonths: f('60', art3('a')),
  /** Art 3 cl. 2 b: 5 months of the current salary per year retired early. */
  perYearEarly: f('5', art3('b')),
  /** Art 3 cl. 2 c, first sentence: 5 months for the first 20 insured years. */
  insured20BaseMonths: f('5', art3('c')),
  insured20BaseYears: f('20', art3('c')),
  /** Art 3 cl. 2 c, second sentence: 5 months (not the 4 of Decree 178) for the first 15 years. */
  insured15BaseMonths: f('5', cite(DOC.nd177, '3', '2', 'c', { note: 'second sentence: 15 insured years and pension-eligible' })),
  insured15BaseYears: f('15', cite(DOC.nd177, '3', '2', 'c', { note: 'second sentence: 15 insured years and pension-eligible' })),
  /** Art 3 cl. 2 c: 0.5 month per insured year beyond the base years. */
  insuredPerExtraYear: f('0.5', art3('c')),
  /** Art 3 cl. 2 h: the State pays at most 30 missing insured months for commune cadres in the point-h groups. */
  pointHMaxMonths: f('30', art3('h')),
  /** Art 3 cl. 2 k: 0.5 month per insured year (trigger unclear [L]: behind the option nd177PointK). */
  pointKPerYear: f('0.5', cite(DOC.nd177, '3', '2', 'k', { note: 'trigger unclear; computed only with the option nd177PointK', verified: false })),
  /** Art 4 cl. 1 b: leave while waiting needs fewer than 24 months to the retirement age. */
  art4MaxMonthsExclusive: f('24', art4('1', 'b')),
  /** Art 4 cl. 2 đ: the State pays the missing insured months after the wait, at most 30. */
  art4TopUpMaxMonths: f('30', art4('2', 'đ')),
} as const satisfies Record<string, Factor>;

export type Nd177FactorName = keyof typeof nd177Factors;

/** Dates Decree 177 fixes. */
export const nd177Dates = {
  /** In force 1 Jan 2025, replacing Decree 26/2015/NĐ-CP (article number of the effect clause not checked). */
  inForce: { date: '2025-01-01', citation: cite(DOC.nd177, '6', undefined, undefined, { note: 'effect clause; replaces 26/2015/NĐ-CP', verified: false }) },
} as const;

