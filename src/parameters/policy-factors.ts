import { cite, DOC } from '../core/citation.js';
import { FROM_2025, FROM_ND67, named, one } from './series.js';

export type { Factor } from './series.js';

const a7 = (clause: string, point?: string) => cite(DOC.nd178, '7', clause, point);
const M = 'months', Y = 'years', RATE = 'rate (multiple of the monthly salary)', MS = 'months of salary';

/**
 * Decree 178 Art 7 as amended by Decree 67/2025 Art 1, and the Art 9–10 resignation factors, as dated series.
 *
 * Which row a case reads (src/parameters/dated.ts, docs/decisions.md D31): the law as it stood on the case's
 * version date (`lawAsOf`): by default the law in force now. Decree 67/2025 (in force 15 Mar 2025) applies to
 * every case of the regime, from 1 Jan 2025 (settled ones get a top-up), so its rows are read by version date;
 * `ruleset: "original"` reads the text before it (the law as in force on 14 Mar 2025). A later amendment
 * without retroactive effect is a row marked `readBy: 'leave-date'`: cases leaving before its `from` keep the
 * row before it. Numbers Decree 67/2025 added (Art 2 cl. 2 limit, Art 7 cl. 2 15-year allowance, Art 7a, 7b)
 * start on 15 Mar 2025; before it they are not in force, and the provisions that read them are not either
 * (src/parameters/provisions.ts).
 */
export const factorSeries = named({
  oneOffMaxMonths: one(M, 'Art 5 cl. 1: the one-off pension counts at most 60 months early', FROM_2025, '60', cite(DOC.nd178, '5', '1')),
  oneOffRateNear: one(RATE, 'Art 7 cl. 1 a: 1.0 month’s salary per month early (≤ 5 years to the Annex I/II age)', FROM_2025, '1.0', a7('1', 'a')),
  oneOffRateFar: one(RATE, 'Art 7 cl. 1 a: 0.9 month’s salary per month early, 5–10 years to the Annex I age', FROM_2025, '0.9', a7('1', 'a')),
  oneOffMonthsFar: one(M, 'Art 7 cl. 1 a: months counted at the 0.9 rate', FROM_2025, '60', a7('1', 'a')),
  fromThirteenthMonthShare: one(RATE, 'Art 7 cl. 1 b, Art 7a cl. 2: share of the first-12-month level from the 13th month', FROM_2025, '0.5', a7('1', 'b')),
  perYearEarlyNear: one(MS, 'Art 7 cl. 2 a, c: months of salary per year early', FROM_2025, '5', a7('2', 'a')),
  perYearEarlyFar: one(MS, 'Art 7 cl. 2 b: months of salary per year early', FROM_2025, '4', a7('2', 'b')),
  insured20BaseMonths: one(MS, 'Art 7 cl. 2: insured-time allowance for the first 20 years (20-year regime)', FROM_2025, '5', a7('2', 'a')),
  insured20BaseYears: one(Y, 'Art 7 cl. 2: insured years the base allowance covers (20-year regime)', FROM_2025, '20', a7('2', 'a')),
  insured15BaseMonths: one(MS, 'Art 7 cl. 2 as amended: 4 months for the first 15 years when pension-eligible with ≥ 15 years', FROM_ND67, '4', cite(DOC.nd67, '1', '3', undefined, { note: 'amending 178 Art 7 cl. 2' })),
  insured15BaseYears: one(Y, 'Art 7 cl. 2 as amended: insured years the base allowance covers (15-year regime)', FROM_ND67, '15', cite(DOC.nd67, '1', '3', undefined, { note: 'amending 178 Art 7 cl. 2' })),
  insuredPerExtraYear: one(MS, 'Art 7 cl. 2: months of salary per insured year beyond the base years', FROM_2025, '0.5', a7('2', 'a')),
  /**
   * Art 2 cl. 2 (added by 67/2025): the whole streamlining group (civil staff and armed forces alike) is covered only
   * with 5 years (60 months) or less to retirement age (docs/decisions.md D21). The name, from when the limit was
   * read as the armed forces' only, is kept: what-if runs refer to it.
   */
  streamliningArmedForcesMaxMonths: one(M, 'Art 2 cl. 2 as amended: months to retirement age at most, for the streamlining group', FROM_ND67, '60', cite(DOC.nd67, '1', '1', undefined, { note: 'Decree 178 Art 2 cl. 2 as amended: "5 years or less" for the whole group; Conclusion 75-TB/TW' })),
  /**
   * Armed forces, band B, only with `armedForcesYearsEarlyCap: true` (docs/decisions.md D29): Circular 19/2025/TT-BQP
   * Art 5 cl. 1 caps the months of the one-off pension; its cl. 2, as published, counts the years early with no cap [L].
   */
  armedForcesYearsEarlyMaxMonths: one(M, 'Armed forces, band B, by option: months early the years early are counted from, at most', FROM_2025, '60', cite(DOC.tt19, '5', '1', undefined, { note: 'cap of the months early, applied to the years early by option', verified: false })),
  art7aOneOffRate: one(RATE, 'Art 7a: one-off pension rate within 12 months from 15 Mar 2025', FROM_ND67, '1.0', cite(DOC.nd178, '7a', '1')),
  art7bOneOffRate: one(RATE, 'Art 7b: one-off pension rate, no window', FROM_ND67, '1.0', cite(DOC.nd178, '7b')),
  severanceRateFirst12: one(RATE, 'Art 9/10 cl. 1: severance per month of the first 12 months', FROM_2025, '0.8', cite(DOC.nd178, '9', '1', 'a')),
  severanceRateFrom13: one(RATE, 'Art 9/10 cl. 1: severance per month from the 13th month', FROM_2025, '0.4', cite(DOC.nd178, '9', '1', 'b')),
  severanceMaxMonths: one(M, 'Art 5 cl. 2: severance months, at most (5 years or more count as 60)', FROM_2025, '60', cite(DOC.nd178, '5', '2')),
  perInsuredYearResign: one(MS, 'Art 9/10 cl. 2: months of salary per insured year', FROM_2025, '1.5', cite(DOC.nd178, '9', '2')),
  jobSearchMonths: one(MS, 'Art 9 cl. 4: job-search allowance', FROM_2025, '3', cite(DOC.nd178, '9', '4')),
  bandMinMonths: one(M, 'Early-retirement bands: fewest months to the statutory age of bands A and C', FROM_2025, '24', a7('2', 'a')),
  bandNearMaxMonths: one(M, 'Early-retirement bands: most months to the statutory age of bands A and C', FROM_2025, '60', a7('2', 'a')),
  bandFarMaxMonths: one(M, 'Early-retirement bands: most months to the statutory age of band B', FROM_2025, '120', a7('2', 'b')),
  resignationMinMonths: one(M, 'Art 9: resignation needs at least these months to the retirement age', FROM_2025, '24', cite(DOC.nd178, '9')),
  /** Insured years for a pension: 20 under the SI Law 2014 (in force 1 Jan 2016), 15 under the SI Law 2024 (1 Jul 2025). */
  pensionYears2014: one(Y, 'Insured years for a pension under the Social Insurance Law 2014', '2016-01-01', '20', cite(DOC.siLaw2014, '54', '1')),
  pensionYears2024: { unit: Y, description: 'Insured years for a pension under the Social Insurance Law 2024 (people leaving from 1 Jul 2025)', rows: [{ from: '2025-07-01', value: '15', citation: cite(DOC.siLaw2024, '64', '1'), readBy: 'leave-date' }] },
});

export type FactorName = keyof typeof factorSeries;
