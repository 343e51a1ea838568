
/**
 * A calendar date: no time of day, no time zone (common.md §1). Computations use the month index
 * `year * 12 + (month - 1)`, never day arithmetic on JS `Date`s.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** A month as `year * 12 + (month - 1)`. */
export type MonthIndex = number;

const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month of the proleptic Gregorian calendar: plain arithmetic, no `Date`, so no time zone. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1]!;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The ASCII digits of `text` from `start` to `end` as a number, or -1 if any is not a digit (as `\d`). */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A real date written "YYYY-MM-DD" as the number YYYYMMDD (ordered as the dates are), or -1: exactly what
 * /^(\d{4})-(\d{2})-(\d{2})$/ accepts, less impossible dates (31 Feb, year 0), read without a regex and
 * without building an object, for checks that run on every case. tests/property/fast-path.property.test.ts
 * compares it with the regex.
 */
export function isoDayNumber(text: string): number {
  if (typeof text !== 'string') return isoDayNumber(String(text));
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return -1;
  return isValidCalendarDate(year, month, day) ? year * 10000 + month * 100 + day : -1;
}

/** Parses "YYYY-MM-DD"; returns null for malformed strings and impossible dates (31 Feb, year 0). */
export function parseIsoDate(text: string): CalendarDate | null {
  const n = isoDayNumber(text);
  return n < 0 ? null : { year: Math.floor(n / 10000), month: Math.floor(n / 100) % 100, day: n % 100 };
}

export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A birth date written "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the number YYYYMMDD of the date it stands
 * for (a missing month is January, a missing day the 1st), or -1; a full date is read without building
 * an object.
 */
export function partialDayNumber(text: string): number {
  const full = isoDayNumber(text);
  if (full >= 0) return full;
  const p = parsePartialDate(text);
  return p === null ? -1 : p.date.year * 10000 + p.date.month * 100 + p.date.day;
}

/**
 * Parses a birth date given as "YYYY-MM-DD", "YYYY-MM" or "YYYY". A missing month counts as January and a
 * missing day as the 1st (social-insurance practice, common.md §1 [M]); the precision is returned so the
 * assumption can be recorded.
 */
export function parsePartialDate(text: string): { date: CalendarDate; precision: DatePrecision } | null {
  const full = parseIsoDate(text);
  if (full) return { date: full, precision: 'day' };
  const ym = ISO_MONTH.exec(text);
  if (ym) {
    const [year, month] = [Number(ym[1]), Number(ym[2])];
    return isValidCalendarDate(year, month, 1) ? { date: { year, month, day: 1 }, precision: 'month' } : null;
  }
  const y = ISO_YEAR.exec(text);
  if (y) {
    const year = Number(y[1]);
    return isValidCalendarDate(year, 1, 1) ? { date: { year, month: 1, day: 1 }, precision: 'year' } : null;
  }
  return null;
}

export function monthIndex(date: { year: number; month: number }): MonthIndex {
  return date.year * 12 + (date.month - 1);
}

export function fromMonthIndex(index: MonthIndex): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * Every case prints a few months and dates, and most are the same few: each text is built once. The texts
 * of the months from 1800 to 2299 (and of their days) are kept in an array by month index; others are
 * built each time.
 */
const FIRST_KEPT = 1800 * 12;
const KEPT_MONTHS = 500 * 12;
interface MonthTexts {
  readonly month: string;
  readonly days: (string | undefined)[];
}
const keptMonths: (MonthTexts | undefined)[] = new Array<MonthTexts | undefined>(KEPT_MONTHS);

const pad2 = (n: number) => String(n).padStart(2, '0');
const monthText = (index: MonthIndex) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad2((index % 12) + 1)}`;

function keptTexts(index: MonthIndex): MonthTexts | null {
  const slot = index - FIRST_KEPT;
  if (!(slot >= 0 && slot < KEPT_MONTHS)) return null;
  return (keptMonths[slot] ??= { month: monthText(index), days: [] });
}

/** "YYYY-MM" */
export function formatMonth(index: MonthIndex): string {
  return keptTexts(index)?.month ?? monthText(index);
}

/** "YYYY-MM-DD" */
export function formatDate(date: CalendarDate): string {
  const kept = keptTexts(monthIndex(date));
  if (kept === null) return `${monthText(monthIndex(date))}-${pad2(date.day)}`;
  return (kept.days[date.day] ??= `${kept.month}-${pad2(date.day)}`);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The same day `months` later. When that month is shorter (29 Feb + 12 months), the period ends on the
 * last day of the month, as the Civil Code counts periods in months.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month } = fromMonthIndex(monthIndex(date) + months);
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Whole months from `from` to `to` counted on month indexes (day of month ignored). */
export function monthsBetween(from: { year: number; month: number }, to: { year: number; month: number }): number {
  return monthIndex(to) - monthIndex(from);
}
