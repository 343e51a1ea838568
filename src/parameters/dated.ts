import { compareDates, parseIsoDate, type CalendarDate } from '../core/calendar.js';
import type { Citation } from '../core/citation.js';

/**
 * How a case reads a row of a series, beside the law's own date (docs/decisions.md D31):
 * - `version-date` (the default): the row belongs to the law as it stood on the case's version date
 *   (`lawAsOf`; by default the law in force now), whatever the case's dates. This is how an amendment with
 *   transitional provisions reaching back is read: Decree 67/2025 took effect on 15 Mar 2025 and applies to
 *   every case of the Decree 178 regime (settled ones get a top-up), so its rows are read by every case.
 * - `leave-date`: the row applies only to cases leaving on or after its `from` (an amendment with no
 *   retroactive effect); earlier cases keep reading the row before it.
 * Base-salary rows are read by calendar month instead (src/parameters/base-salary-schedule.ts).
 */
export type RowReading = 'version-date' | 'leave-date';

/** One row of a dated parameter: in force from `from` until the next row's `from` (OpenFisca style). */
export interface DatedRow<T> {
  readonly from: string; // YYYY-MM-DD
  readonly value: T;
  readonly citation: Citation;
  /** See RowReading; omitted = `version-date`. */
  readonly readBy?: RowReading;
}

export interface DatedParameter<T> {
  readonly name: string;
  readonly description: string;
  readonly rows: readonly DatedRow<T>[];
}

/**
 * The last day a series is known to hold: a fixed date (the day its sources were last checked), or, for the
 * base salary, a rule derived from its rows (the day before the next 1 July after the last row, D24).
 */
export type KnownThrough = { readonly date: string; readonly note: string } | { readonly rule: 'day-before-next-1-july-after-last-row' };

/** A dated, cited series of values of one law number (OpenFisca parameters): name, unit, horizon, rows. */
export interface Series<T> extends DatedParameter<T> {
  /** What the value counts: `months`, `years`, `rate` (a multiple of a salary), `VND per month`, … */
  readonly unit: string;
  readonly knownThrough: KnownThrough;
}

/** Each row's `from`, parsed once (rows are immutable; what-if rows are new objects). */
const parsedFrom = new WeakMap<object, { text: string; date: CalendarDate }>();

export function rowDate(row: DatedRow<unknown>): CalendarDate | null {
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

/**
 * The row a case reads (see RowReading): the last row that applies to the case. A row read by version date
 * applies when in force on `lawAsOf` (null: the law in force now, every row); a row read by leave date applies
 * when in force on `leaveDate` (null: no leave date, every row), whatever `lawAsOf`: the version date chooses
 * between texts whose transitional provisions reach back, the leave date between the others. Null when no row
 * applies.
 */
export function rowFor<T>(param: DatedParameter<T>, lawAsOf: CalendarDate | null, leaveDate: CalendarDate | null): DatedRow<T> | null {
  let found: DatedRow<T> | null = null;
  for (const row of param.rows) {
    const from = rowDate(row);
    if (!from) throw new Error(`parameter ${param.name}: bad row date ${row.from}`);
    const on = row.readBy === 'leave-date' ? leaveDate : lawAsOf;
    if (on === null || compareDates(from, on) <= 0) found = row;
  }
  return found;
}

const horizons = new WeakMap<object, CalendarDate>();

/** The last day the series is known to hold (see KnownThrough); computed once per series. */
export function knownThroughOf(series: Series<unknown>): CalendarDate {
  let known = horizons.get(series);
  if (known === undefined) {
    if ('date' in series.knownThrough) {
      const d = parseIsoDate(series.knownThrough.date);
      if (!d) throw new Error(`parameter ${series.name}: bad knownThrough ${series.knownThrough.date}`);
      known = d;
    } else {
      let last: CalendarDate | null = null;
      for (const row of series.rows) {
        const from = parseIsoDate(row.from);
        if (from && (last === null || compareDates(from, last) > 0)) last = from;
      }
      if (last === null) throw new Error(`parameter ${series.name}: no rows`);
      // The first 1 July strictly after the last row, minus one day: 30 June of that year.
      const year = last.month >= 7 ? last.year + 1 : last.year;
      known = { year, month: 6, day: 30 };
    }
    horizons.set(series, known);
  }
  return known;
}
