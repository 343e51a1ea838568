import type { sheets as vi } from '../vi/sheets.js';

/** English messages of the sheets area: the same keys and placeholders as vi/sheets.ts. */
export const sheets: { readonly [K in keyof typeof vi]: string } = {
  'sheets.args.birth-cell': 'a date cell, a date serial number, the text "YYYY-MM-DD" or "YYYY-MM", or the birth year',
  'sheets.args.date-cell': 'a date cell, a date serial number or the text "YYYY-MM-DD"',
  'sheets.args.i-or-ii': '"I" or "II"',
  'sheets.args.month-cell': 'the text "YYYY-MM", or a day of the month: a date cell, a date serial number, "YYYY-MM-DD"',
  'sheets.args.nd179-group': '"talent" (G1), "graduate" (G2) or "expert" (G3), or the code nd179/talent-allowance, nd179/graduate-allowance, nd179/expert-allowance',
  'sheets.args.number': 'a number',
  'sheets.function.breakdown': 'Breakdown of one case: item, amount, formula, legal citation',
  'sheets.function.date': 'The calendar date the library reads from a cell (to check dates, time zones, serials)',
  'sheets.function.early-retirement': 'Total early-retirement payment (Decree 178 Art 7, 7a or 7b by group), VND',
  'sheets.function.months-early': 'Months early: from the leave month to the first pension month at the statutory age',
  'sheets.function.resignation': 'Total resignation payment (Decree 178 Art 9 or 10 by staff type), VND',
  'sheets.function.retirement-date': 'First day of the first pension month at the statutory age (Decree 135/2020 Annex I/II)',
  'sheets.function.salary': 'Current monthly salary from the coefficients and allowances (exact, not rounded)',
  'sheets.function.talent-allowance': 'Decree 179/2024 additional allowance (150%, 300%) owed for one month, VND; a partial month by days',
};
