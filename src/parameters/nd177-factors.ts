import { cite, DOC, type Citation } from '../core/citation.js';
import { FROM_2025, named, one } from './series.js';

/** One row from 1 Jan 2025 (Decree 177 in force); rows are read by version date (policy-factors.ts). */
const f = (unit: string, description: string, value: string, citation: Citation) => one(unit, description, FROM_2025, value, citation);
const M = 'months', Y = 'years', MS = 'months of salary';
const art2 = (clause: string, point?: string) => cite(DOC.nd177, '2', clause, point);
const art3 = (point: string) => cite(DOC.nd177, '3', '2', point);
const art4 = (clause: string, point: string) => cite(DOC.nd177, '4', clause, point);

/**
 * Numbers Decree 177/2024/NĐ-CP fixes (d177.md). Kept apart from the Decree 178 factors on purpose: the
 * insured-time allowance of the 15-year regime is 5 months here and 4 in Decree 178 (common.md §6).
 */
export const nd177FactorSeries = named({
  /** Art 2 cl. 4: old enough for re-election, 30 to 60 months (both included [M]) from the congress to the retirement age. */
  clause4MinMonths: f(M, 'Art 2 cl. 4: fewest months from the congress to the retirement age', '30', art2('4')),
  clause4MaxMonths: f(M, 'Art 2 cl. 4: most months from the congress to the retirement age', '60', art2('4')),
  /** Art 2 cl. 6 b: 6 months or less from the congress date to the retirement age is not covered. */
  clause6bMaxMonths: f(M, 'Art 2 cl. 6 b: months to the retirement age at or below which the case is not covered', '6', art2('6', 'b')),
  /** Art 3 cl. 2 a: no pension-rate reduction for retiring up to 60 months early (point i beyond that). */
  noReductionMaxMonths: f(M, 'Art 3 cl. 2 a: months early with no pension-rate reduction, at most', '60', art3('a')),
  /** Art 3 cl. 2 b: 5 months of the current salary per year retired early. */
  perYearEarly: f(MS, 'Art 3 cl. 2 b: months of salary per year retired early', '5', art3('b')),
  /** Art 3 cl. 2 c, first sentence: 5 months for the first 20 insured years. */
  insured20BaseMonths: f(MS, 'Art 3 cl. 2 c: allowance for the first 20 insured years', '5', art3('c')),
  insured20BaseYears: f(Y, 'Art 3 cl. 2 c: insured years the base allowance covers (20-year regime)', '20', art3('c')),
  /** Art 3 cl. 2 c, second sentence: 5 months (not the 4 of Decree 178) for the first 15 years. */
  insured15BaseMonths: f(MS, 'Art 3 cl. 2 c, second sentence: allowance for the first 15 insured years', '5', cite(DOC.nd177, '3', '2', 'c', { note: 'second sentence: 15 insured years and pension-eligible' })),
  insured15BaseYears: f(Y, 'Art 3 cl. 2 c, second sentence: insured years the base allowance covers (15-year regime)', '15', cite(DOC.nd177, '3', '2', 'c', { note: 'second sentence: 15 insured years and pension-eligible' })),
  /** Art 3 cl. 2 c: 0.5 month per insured year beyond the base years. */
  insuredPerExtraYear: f(MS, 'Art 3 cl. 2 c: months of salary per insured year beyond the base years', '0.5', art3('c')),
  /** Art 3 cl. 2 h: the State pays at most 30 missing insured months for commune cadres in the point-h groups. */
  pointHMaxMonths: f(M, 'Art 3 cl. 2 h: missing insured months the State pays, at most', '30', art3('h')),
  /** Art 3 cl. 2 k: 0.5 month per insured year (trigger unclear [L]: behind the option nd177PointK). */
  pointKPerYear: f(MS, 'Art 3 cl. 2 k: months of salary per insured year (by option)', '0.5', cite(DOC.nd177, '3', '2', 'k', { note: 'trigger unclear; computed only with the option nd177PointK', verified: false })),
  /** Art 4 cl. 1 b: leave while waiting needs fewer than 24 months to the retirement age. */
  art4MaxMonthsExclusive: f(M, 'Art 4 cl. 1 b: months to the retirement age, fewer than', '24', art4('1', 'b')),
  /** Art 4 cl. 2 đ: the State pays the missing insured months after the wait, at most 30. */
  art4TopUpMaxMonths: f(M, 'Art 4 cl. 2 đ: missing insured months the State pays after the wait, at most', '30', art4('2', 'đ')),
});

export type Nd177FactorName = keyof typeof nd177FactorSeries;

/** Dates Decree 177 fixes. */
export const nd177Dates = {
  /** In force 1 Jan 2025, replacing Decree 26/2015/NĐ-CP (article number of the effect clause not checked). */
  inForce: { date: '2025-01-01', citation: cite(DOC.nd177, '6', undefined, undefined, { note: 'effect clause; replaces 26/2015/NĐ-CP', verified: false }) },
} as const;

