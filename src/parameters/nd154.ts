import { cite, DOC, type Citation } from '../core/citation.js';
import { named, one } from './series.js';

/**
 * Decree 154/2025/NĐ-CP on staff streamlining (tinh giản biên chế), dated 15 Jun 2025, in force 16 Jun 2025 to
 * 31 Dec 2030, replacing Decree 29/2023/NĐ-CP. The Gazette text has not been seen: every number below comes from
 * the press summaries listed in docs/decree-154.md ("Sources"), so every citation says
 * `verified: false` (docs/decisions.md D50–D61, docs/decree-154.md). The clause numbers inside Art 6 and Art 8 are
 * not known; only Art 5 cl. 2 and cl. 5 are named by a source.
 *
 * Rows are read by version date, like Decree 178's (src/parameters/dated.ts): Decree 154 is not an amendment of
 * an earlier number of this library, and the case's leave date decides whether it applies at all (the dispatch,
 * src/policies/nd154/common/regime.ts). Under `ruleset: "original"` (the law as on 14 Mar 2025) these rows are not
 * in force, and neither is the decree (src/parameters/provisions.ts `nd154`).
 */
export const ND154_FROM = '2025-06-16';

const unverified = (article?: string, clause?: string, note?: string): Citation =>
  cite(DOC.nd154, article, clause, undefined, { ...(note !== undefined ? { note } : {}), verified: false });

/** The citations the Decree 154 policies share: article-level, each `verified: false`. */
export const nd154Citations = {
  /** Art 5: the current monthly salary (narrower than Decree 178's). */
  salary: unverified('5', undefined, 'current monthly salary: grade/post salary, leadership allowance, over-frame and professional seniority, retention difference'),
  /** Art 5 cl. 2: commune part-time workers, their allowance of the month before leaving. */
  partTimeAllowance: unverified('5', '2', 'commune part-time workers: the allowance of the month before leaving'),
  /** Art 5 cl. 5: their working time. */
  partTimeMonths: unverified('5', '5', 'commune part-time workers: time in the post plus other insured time not compensated'),
  /** Art 6: early retirement. */
  earlyRetirement: unverified('6'),
  /** Art 8: resignation. */
  resignation: unverified('8'),
  /** Who the decree leaves out: people who take the Decree 178/2024 policies. */
  scope: unverified(undefined, undefined, 'scope: not for people who take the Decree 178/2024 policies'),
  /** The refund rule: re-elected or re-recruited into a budget-paid post within 60 months. */
  refund: unverified(undefined, undefined, 'refund when re-employed in a budget-paid post within 60 months; article not seen'),
  /** The transitional rule for Decree 29/2023 cases not paid on 16 Jun 2025. */
  transitional: unverified(undefined, undefined, 'transitional provisions: Decree 29/2023 cases not paid on 16 Jun 2025 are recomputed and topped up'),
  /** The decree's term. */
  inForce: unverified(undefined, undefined, 'in force 16 Jun 2025, applies until 31 Dec 2030'),
} as const;

/** Resolution 167/NQ-CP (26 Jun 2026): the more favourable of the current post and the post held before recruitment under Law 98/2025/QH15. */
export const resolution167Citation: Citation = cite(DOC.nq167, undefined, undefined, undefined, {
  note: 'of 26 Jun 2026: the more favourable of the current post and the post held before recruitment as a civil servant under Law 98/2025/QH15',
  verified: false,
});

const M = 'months', Y = 'years', MS = 'months of salary';
const f = (unit: string, description: string, value: string, citation: Citation) => one(unit, description, ND154_FROM, value, citation);
const art6 = (note: string) => unverified('6', undefined, note);
const art8 = (note: string) => unverified('8', undefined, note);

/**
 * The numbers of Decree 154 Art 6 and Art 8 as dated series (one row each from 16 Jun 2025). Their names are
 * unique across the parameter tables, so a what-if run can name them bare (src/parameters/overrides.ts).
 */
export const nd154FactorSeries = named({
  /** Art 6: 5 months of salary for each year retired early (years by the odd-months rule). */
  perEarlyYearMonths: f(MS, 'Art 6: months of salary per year retired early', '5', art6('5 months of salary per year retired early')),
  /** Art 6: the early window, 2 to 5 years before the Annex I (or Annex II) age. */
  earlyWindowMinMonths: f(M, 'Art 6: fewest months before the retirement age for the money items (2 years)', '24', art6('2 to 5 years before the retirement age')),
  earlyWindowMaxMonths: f(M, 'Art 6: most months before the retirement age (5 years)', '60', art6('2 to 5 years before the retirement age')),
  /** Art 6: the insurance time for a pension, at least 15 years (with the Social Insurance Law in force at the leave date). */
  pensionMinInsuredYears: f(Y, 'Art 6: insured years for a pension, at least', '15', art6('enough insurance time for a pension')),
  /** Art 6: 20 or more insured years: 5 months for the first 20 years, ½ month for each year from the 21st. */
  insuredFirstYears: f(Y, 'Art 6: insured years the base allowance covers', '20', art6('insured-time allowance: 5 months for the first 20 years')),
  insuredFirstYearsMonths: f(MS, 'Art 6: insured-time allowance for the first 20 years', '5', art6('insured-time allowance: 5 months for the first 20 years')),
  insuredExtraYearMonths: f(MS, 'Art 6: months of salary per insured year from the 21st', '0.5', art6('insured-time allowance: ½ month per year from the 21st')),
  /** Art 6: 15 to under 20 insured years: 5 months (there is no "4 months for the first 15 years" variant). */
  insuredFewerYearsMonths: f(MS, 'Art 6: insured-time allowance for 15 to under 20 insured years', '5', art6('insured-time allowance: 5 months for 15 to under 20 years')),
  /** Art 8: 3 months of salary to find work. */
  resignJobSearchMonths: f(MS, 'Art 8: job-search allowance', '3', art8('3 months of salary to find work')),
  /** Art 8: 1.5 months of salary per insured year. */
  resignPerInsuredYearMonths: f(MS, 'Art 8: months of salary per insured year', '1.5', art8('1.5 months of salary per insured year')),
  /** Art 8: under 45 and training first: up to 6 months of salary while training, training cost up to 6 months of salary. */
  trainingSalaryMaxMonths: f(MS, 'Art 8: months of salary paid during vocational training, at most', '6', art8('vocational training: up to 6 months of salary while training')),
  trainingCostMaxMonths: f(MS, 'Art 8: training cost paid, at most (months of salary)', '6', art8('vocational training: training cost up to 6 months of salary')),
  trainingMaxAgeYears: f(Y, 'Art 8: the training route is for people under this age', '45', art8('vocational training: people under 45')),
  /** The refund rule: re-employed in a budget-paid post within 60 months of leaving. */
  refundWindowMonths: f(M, 'Refund: months after leaving within which re-employment in a budget-paid post repays the allowance', '60', nd154Citations.refund),
});

export type Nd154FactorName = keyof typeof nd154FactorSeries;

/** The days that bound the decree (inclusive): leave dates outside them are not assessed under it. */
export const nd154Dates = {
  inForce: { date: ND154_FROM, citation: nd154Citations.inForce },
  lastDay: { date: '2030-12-31', citation: nd154Citations.inForce },
} as const;
