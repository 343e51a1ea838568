import { compareDates, parseIsoDate, type CalendarDate } from '../core/calendar.js';
import type { Citation } from '../core/citation.js';

/** One row of a dated parameter: in force from `from` until the next row's `from` (OpenFisca style). */
export interface DatedRow<T> {
  readonly from: string; // YYYY-MM-DD
  readonly value: T;
  readonly citation: Citation;
}

export interface DatedParameter<T> {
  readonly name: string;
  readonly description: string;
  readonly rows: readonly DatedRow<T>[];
}

/** The row in force on `date`, or null before the first row. Rows must be sorted by `from`. */
export function valueAt<T>(param: DatedParameter<T>, date: CalendarDate): DatedRow<T> | null {
  let found: DatedRow<T> | null = null;
  for (const row of param.rows) {
    const from = parseIsoDate(row.from);
    if (!from) throw new Error(`parameter ${param.name}: bad row date ${row.from}`);
    if (compareDates(from, date) <= 0) found = row;
    else break;
  }
  return found;
}
