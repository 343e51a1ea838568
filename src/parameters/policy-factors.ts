import { cite, DOC, type Citation } from '../core/citation.js';

/** A number the law fixes, with its source: policy code reads factors from here, never literals. */
export interface Factor {
  readonly value: string;
  readonly citation: Citation;
}

const f = (value: string, citation: Citation): Factor => ({ value, citation });
const a7 = (clause: string, point?: string) => cite(DOC.nd178, '7', clause, point);

/** Decree 178 Art 7 as amended by Decree 67/2025 Art 1, and the Art 9–10 resignation factors. */
export const factors = {
  /** Art 5 cl. 1: the one-off pension counts at most 60 months early. */
  oneOffMaxMonths: f('60', cite(DOC.nd178, '5', '1')),
  /** Art 7 cl. 1 a: 1.0 month's salary per month early (≤ 5 years to the Annex I/II age). */
  oneOffRateNear: f('1.0', a7('1', 'a')),
  /** Art 7 cl. 1 a: 0.9 month's salary × 60 for 5–10 years to the Annex I age. */
  oneOffRateFar: f('0.9', a7('1', 'a')),
  oneOffMonthsFar: f('60', a7('1', 'a')),
  /** Art 7 cl. 1 b, Art 7a cl. 2: half the first-12-month level from the 13th month. */
  fromThirteenthMonthShare: f('0.5', a7('1', 'b')),
  /** Art 7 cl. 2 a, c: 5 months per year early; b: 4 months. */
  perYearEarlyNear: f('5', a7('2', 'a')),
  perYearEarlyFar: f('4', a7('2', 'b')),
  /** Art 7 cl. 2: insured-time allowance, 20-year regime. */
  insured20BaseMonths: f('5', a7('2', 'a')),
  insured20BaseYears: f('20', a7('2', 'a')),
  /** Art 7 cl. 2 as amended by 67/2025: 4 months for the first 15 years when pension-eligible with ≥ 15 years. */
  insured15BaseMonths: f('4', cite(DOC.nd67, '1', '3', undefined, { note: 'amending 178 Art 7 cl. 2' })),
  insured15BaseYears: f('15', cite(DOC.nd67, '1', '3', undefined, { note: 'amending 178 Art 7 cl. 2' })),
  insuredPerExtraYear: f('0.5', a7('2', 'a')),
  /**
   * Art 2 cl. 2 (added by 67/2025): the whole streamlining group (civil staff and armed forces alike) is covered only
   * with 5 years (60 months) or less to retirement age; the limit follows the whole list of subjects, and Politburo
   * Conclusion 75-TB/TW, which the clause puts into law, states it for civil staff (docs/decisions.md D21). The
   * name, from when the limit was read as the armed forces' only, is kept: what-if runs refer to it.
   */
  streamliningArmedForcesMaxMonths: f('60', cite(DOC.nd67, '1', '1', undefined, { note: 'Decree 178 Art 2 cl. 2 as amended: "5 years or less" for the whole group; Conclusion 75-TB/TW' })),
  /**
   * Armed forces, band B, only with `armedForcesYearsEarlyCap: true` (docs/decisions.md D29): the years early counted
   * from at most 60 months, as the Defence forms' validator declares. Circular 19/2025/TT-BQP Art 5 cl. 1 caps the
   * months of the one-off pension; its cl. 2, as published, counts the years early with no cap [L].
   */
  armedForcesYearsEarlyMaxMonths: f('60', cite(DOC.tt19, '5', '1', undefined, { note: 'cap of the months early, applied to the years early by option', verified: false })),
  /** Art 7a: 1.0 × S × T within 12 months from 15 Mar 2025. */
  art7aOneOffRate: f('1.0', cite(DOC.nd178, '7a', '1')),
  /** Art 7b: 1.0 × S × T, no window. */
  art7bOneOffRate: f('1.0', cite(DOC.nd178, '7b')),
  /** Art 9/10 cl. 1: severance 0.8 × S × months (first 12 months), 0.4 from the 13th. */
  severanceRateFirst12: f('0.8', cite(DOC.nd178, '9', '1', 'a')),
  severanceRateFrom13: f('0.4', cite(DOC.nd178, '9', '1', 'b')),
  /** Art 5 cl. 2: severance months = actual months, at most 60 (5 years or more count as 60). */
  severanceMaxMonths: f('60', cite(DOC.nd178, '5', '2')),
  /** Art 9/10 cl. 2: 1.5 months per insured year. */
  perInsuredYearResign: f('1.5', cite(DOC.nd178, '9', '2')),
  /** Art 9 cl. 4: job-search allowance. */
  jobSearchMonths: f('3', cite(DOC.nd178, '9', '4')),
  /** Early-retirement bands, months to the statutory age. */
  bandMinMonths: f('24', a7('2', 'a')),
  bandNearMaxMonths: f('60', a7('2', 'a')),
  bandFarMaxMonths: f('120', a7('2', 'b')),
  /** Resignation needs at least 2 years to the retirement age. */
  resignationMinMonths: f('24', cite(DOC.nd178, '9')),
  /** Insured years for a pension: 20 under the SI Law 2014, 15 under the SI Law 2024 (from 1 Jul 2025). */
  pensionYears2014: f('20', cite(DOC.siLaw2014, '54', '1')),
  pensionYears2024: f('15', cite(DOC.siLaw2024, '64', '1')),
} as const satisfies Record<string, Factor>;

export type FactorName = keyof typeof factors;
