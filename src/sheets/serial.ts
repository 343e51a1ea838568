import { dayNumber, fromDayNumber } from '../core/day-number.js';
import { isValidCalendarDate, type CalendarDate } from '../core/calendar.js';

/**
 * Spreadsheet date serial numbers, computed on whole days with integer arithmetic only (no JS `Date`, so
 * no time zone can move a day).
 *
 * - Excel, 1900 date system: serial 1 = 1900-01-01. Excel keeps Lotus 1-2-3's bug and counts a
 *   fictitious 29 Feb 1900 as serial 60, so from serial 61 (1 Mar 1900) on, serial = days since 1899-12-30,
 *   and below 60, serial = days since 1899-12-31. Serial 60 is not a date and is refused.
 * - Google Sheets: serial = days since 1899-12-30 for every date (no fictitious day), so it agrees with
 *   Excel from 1 Mar 1900 on.
 *
 * The 1904 date system (old Mac workbooks) is not supported: its serials are 1,462 days smaller.
 */

/** Days from 1970-01-01 (src/core/day-number.ts). */
export const daysFromCivil = (year: number, month: number, day: number): number => dayNumber({ year, month, day });
export const civilFromDays = fromDayNumber;

const EPOCH_1899_12_30 = daysFromCivil(1899, 12, 30);
const EPOCH_1899_12_31 = daysFromCivil(1899, 12, 31);

/** 9999-12-31, the last date either spreadsheet shows. */
export const MAX_SERIAL = daysFromCivil(9999, 12, 31) - EPOCH_1899_12_30;

/** The serial number of Excel's fictitious 29 February 1900. */
export const EXCEL_FICTITIOUS_LEAP_DAY = 60;

export type SerialResult = { ok: true; date: CalendarDate } | { ok: false; reason: 'fictitious-leap-day' | 'out-of-range' | 'not-a-number' };

/**
 * An Excel (1900 date system) serial as a calendar date. A fraction is a time of day and is dropped
 * (45778.75 is 2025-05-01 18:00, the date 2025-05-01).
 */
export function excelSerialToDate(serial: number): SerialResult {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return { ok: false, reason: 'not-a-number' };
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL) return { ok: false, reason: 'out-of-range' };
  if (whole === EXCEL_FICTITIOUS_LEAP_DAY) return { ok: false, reason: 'fictitious-leap-day' };
  const days = whole < EXCEL_FICTITIOUS_LEAP_DAY ? EPOCH_1899_12_31 + whole : EPOCH_1899_12_30 + whole;
  return { ok: true, date: civilFromDays(days) };
}

/** A calendar date as an Excel (1900 date system) serial; dates before 1900-01-01 have none. */
export function dateToExcelSerial(date: CalendarDate): number | null {
  if (!isValidCalendarDate(date.year, date.month, date.day) || date.year < 1900) return null;
  const days = daysFromCivil(date.year, date.month, date.day);
  const fromEpoch = days - EPOCH_1899_12_30;
  // 1900-01-01 … 1900-02-28 come before the fictitious day: one less than the day count from 1899-12-30.
  return fromEpoch < 61 ? fromEpoch - 1 : fromEpoch;
}

/** A Google Sheets serial as a calendar date (days since 1899-12-30; a fraction is a time of day, dropped). */
export function sheetsSerialToDate(serial: number): SerialResult {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return { ok: false, reason: 'not-a-number' };
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL) return { ok: false, reason: 'out-of-range' };
  return { ok: true, date: civilFromDays(EPOCH_1899_12_30 + whole) };
}
