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

/** Each row's `from`, parsed once (rows are immutable; what-if rows are new objects). */
const parsedFrom = new WeakMap<object, { text: string; date: CalendarDate }>();

function rowDate(row: DatedRow<unknown>): CalendarDate | null {
  const known = parsedFrom.get(row);
  if (known !== undefined && known.text === row.from) return known.date;
  const date = parseIsoDate(row.from);
  if (date) parsedFrom.set(row, { text: row.from, date });
  return date;
}

/** The row in force on `date`, or null before the first row. Rows must be sorted by `from`. */
export function valueAt<T>(param: DatedParameter<T>, date: CalendarDate): DatedRow<T> | null {
  let found: DatedRow<T> | null = null;
  for (const row of param.rows) {
    const from = rowDate(row);
    if (!from) throw new Error(`parameter ${param.name}: bad row date ${row.from}`);
    if (compareDates(from, date) <= 0) found = row;
    else break;
  }
  return found;
}
