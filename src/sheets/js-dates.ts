import { formatDate, parseIsoDate, type CalendarDate } from '../core/calendar.js';
import { fail, type CellFailure } from './errors.js';
import { msg } from '../locales/sheets.js';

/**
 * Reading and writing JS `Date` cells (Google Sheets; Excel never passes a `Date`).
 *
 * How Apps Script passes a date: a date cell reaches a custom function as a `Date` whose instant is
 * 00:00 of that day **in the spreadsheet's time zone** (File › Settings). The script reads it in its
 * own time zone, the Apps Script project's (`appsscript.json` "timeZone"). So:
 *
 * - the UTC parts (`getUTCDate()`…) are wrong for every time zone east of UTC: 00:00 in Hà Nội (UTC+7)
 *   is 17:00 UTC of the day before;
 * - the local parts (`getFullYear()`, `getMonth()`, `getDate()`) are right when the project's time zone
 *   is the spreadsheet's, and only then.
 *
 * The façade therefore reads local parts, and checks that the time is exactly 00:00:00.000: a date read
 * in another time zone than the spreadsheet's shows up as a time of day (17:00, 07:00…), and the cell
 * gets an error that says so instead of a date one day off. A date returned to a cell is built the same
 * way, `new Date(year, month - 1, day)`, local midnight.
 *
 * The generated `Code.gs` does better when it can: it passes the spreadsheet's time zone and Apps
 * Script's `Utilities.formatDate` / `Utilities.parseDate`, and the façade reads and writes dates in that
 * zone (`zoneDateCodec`), whatever the project's time zone. That is the only path that can accept
 * date-time cells: their date is the one the spreadsheet shows.
 */
export interface DateCodec {
  /** The calendar date of a `Date` cell, or why it cannot be read. */
  read(date: Date, param: string): CalendarDate | CellFailure;
  /** A `Date` that the host shows as this calendar date. */
  write(date: CalendarDate): Date;
}

/** A `Date` of this realm or of another one (a `vm` context, an Apps Script runtime). */
export function isJsDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const pad = (n: number) => String(n).padStart(2, '0');

function invalidDate(param: string): CellFailure {
  return fail('value', msg('sheets.failure.invalid-date-object', { param }));
}

/** Local parts, local midnight: right when the script runs in the spreadsheet's time zone (see above). */
export const localDateCodec: DateCodec = {
  read(date, param) {
    if (Number.isNaN(date.getTime())) return invalidDate(param);
    const [h, m, s, ms] = [date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()];
    if (h !== 0 || m !== 0 || s !== 0 || ms !== 0) {
      const at = `${pad(date.getFullYear() % 10000)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(h)}:${pad(m)}`;
      return fail('value', msg('sheets.failure.date-not-midnight', { param, at }));
    }
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  },
  write(d) {
    const out = new Date(d.year, d.month - 1, d.day);
    if (d.year < 100) out.setFullYear(d.year); // the constructor reads years 0–99 as 1900–1999
    return out;
  },
};

/**
 * Dates read and written in a named time zone through the host's own formatter, e.g. Apps Script's
 * `Utilities.formatDate(date, tz, "yyyy-MM-dd")` and `Utilities.parseDate(text, tz, "yyyy-MM-dd")`.
 */
export function zoneDateCodec(
  timeZone: string,
  formatInZone: (date: Date, timeZone: string) => string,
  parseInZone: (isoDate: string, timeZone: string) => Date,
): DateCodec {
  return {
    read(date, param) {
      if (Number.isNaN(date.getTime())) return invalidDate(param);
      const iso = String(formatInZone(date, timeZone));
      const parsed = parseIsoDate(iso);
      if (!parsed) {
        return fail('value', msg('sheets.failure.date-in-time-zone', { param, iso, timeZone }));
      }
      return parsed;
    },
    write(d) {
      return parseInZone(formatDate(d), timeZone);
    },
  };
}
