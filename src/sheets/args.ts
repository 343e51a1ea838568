import { formatDate, parseIsoDate, parsePartialDate, type CalendarDate } from '../core/calendar.js';
import type { Text } from '../i18n/text.js';
import { groups, routes, staffTypes } from '../schema/enums.js';
import { fieldExpectations } from '../schema/field-expectations.js';
import { nd179CriterionPaths, nd179FieldExpectations } from '../schema/nd179.js';
import { fail, type CellFailure } from './errors.js';
import { isJsDate, type DateCodec } from './js-dates.js';
import type { ParamKind, ParamSpec } from './metadata.js';
import { excelSerialToDate, sheetsSerialToDate, type SerialResult } from './serial.js';
import { msg } from '../locales/sheets.js';

/**
 * One cell value in, one engine value out (or the reason it cannot be read). Numbers, strings, booleans,
 * `Date`s and blanks are what Google Sheets and Excel pass to a custom function.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface ReadContext {
  readonly host: 'google' | 'excel';
  readonly dates: DateCodec;
}

/** `undefined` = the cell is blank (the parameter is missing). */
export type Read = { ok: true; value: unknown } | { ok: false; failure: CellFailure };

const ok = (value: unknown): Read => ({ ok: true, value });
const bad = (failure: CellFailure): Read => ({ ok: false, failure });

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A cell value as shown in an error message. */
export function showCell(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isJsDate(value)) return 'a date';
  // An Excel error value passed in from a range (functions.json allows errors into `any` parameters).
  if (typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string') return String((value as { code: string }).code);
  return typeof value;
}

function expected(param: ParamSpec, what: Text, value: unknown): CellFailure {
  const got = showCell(value);
  return fail('value', msg('sheets.failure.expected', { param: param.name, expected: what, got }));
}

const dateCell = msg('sheets.args.date-cell');
const monthCell = msg('sheets.args.month-cell');

const birthCell = msg('sheets.args.birth-cell');

/** Arguments whose engine field has another name (VNSE_154_RESIGNATION's `trainingMonths`). */
const ENGINE_FIELD: Readonly<Record<string, string>> = { trainingMonths: 'vocationalTraining.months' };

/** Expectation texts: the engine's own, so the sheet says what the library says. */
function expectation(param: ParamSpec): Text {
  switch (param.kind) {
    case 'date':
      return dateCell;
    case 'birthDate':
      return birthCell;
    case 'annex':
      return msg('sheets.args.i-or-ii');
    case 'month':
      return monthCell;
    case 'talentAllowance':
      return msg('sheets.args.nd179-group');
    case 'criterionPath':
      return nd179FieldExpectations.criterionPath!;
    case 'coefficient':
    case 'percent':
      return fieldExpectations[`salary.${param.name}`] ?? nd179FieldExpectations[`salaryHistory.*.${param.name}`] ?? msg('sheets.args.number');
    case 'vnd':
      return fieldExpectations[param.name === 'baseSalary' ? 'salary.baseSalary' : 'monthlySalary']!;
    default:
      return fieldExpectations[ENGINE_FIELD[param.name] ?? param.name] ?? msg('schema.expects.valid-value');
  }
}

/** The Decree 179 allowances a month is computed for, by every name a sheet may use (lower case). */
const TALENT_ALLOWANCES: Record<string, 'talent' | 'graduate' | 'expert'> = {
  talent: 'talent', 'talent-allowance': 'talent', 'nd179/talent-allowance': 'talent', 'talented-staff': 'talent', g1: 'talent',
  graduate: 'graduate', 'graduate-allowance': 'graduate', 'nd179/graduate-allowance': 'graduate', g2: 'graduate',
  expert: 'expert', 'expert-allowance': 'expert', 'nd179/expert-allowance': 'expert', g3: 'expert',
};

const GENDERS: Record<string, 'male' | 'female'> = { male: 'male', nam: 'male', m: 'male', female: 'female', 'nữ': 'female', nu: 'female', f: 'female' };
const ANNEXES: Record<string, 'I' | 'II'> = { i: 'I', '1': 'I', ii: 'II', '2': 'II' };

function readEnum(param: ParamSpec, value: unknown, values: readonly string[]): Read {
  if (typeof value !== 'string') return bad(expected(param, expectation(param), value));
  const v = value.trim().toLowerCase();
  return values.includes(v) ? ok(v) : bad(expected(param, expectation(param), value));
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function serialFailure(param: ParamSpec, value: number, result: Exclude<SerialResult, { ok: true }>): CellFailure {
  if (result.reason === 'fictitious-leap-day') {
    return fail(
      'value', msg('sheets.failure.serial-60', { param: param.name }),
    );
  }
  return expected(param, param.kind === 'birthDate' ? birthCell : param.kind === 'month' ? monthCell : dateCell, value);
}

/**
 * Dates: a `Date` (Google Sheets, read by the codec), a serial number (the host's date system), or text.
 * A whole number from 1900 to 2100 is not read as a serial (it would be a day in 1905): for `birthDate`
 * it is the birth year, as the contract allows "YYYY"; for any other date it is refused.
 */
function readDate(param: ParamSpec, value: unknown, ctx: ReadContext): Read {
  const partial = param.kind === 'birthDate';
  if (isJsDate(value)) {
    const d = ctx.dates.read(value, param.name);
    if ('failure' in d) return bad(d);
    // Years the calendar and both spreadsheets know: 1–9999 (a date cell beyond them is refused here,
    // naming the argument, instead of failing the whole range later).
    if (!Number.isInteger(d.year) || d.year < 1 || d.year > 9999) {
      return bad(fail(
        'value', msg('sheets.failure.year-out-of-range', { param: param.name, year: d.year }),
      ));
    }
    return ok(formatDate(d));
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) {
      if (partial) return ok(String(value));
      return bad(fail(
        'value', msg('sheets.failure.year-not-date', { param: param.name, value }),
      ));
    }
    const r = ctx.host === 'excel' ? excelSerialToDate(value) : sheetsSerialToDate(value);
    if (!r.ok) return bad(serialFailure(param, value, r));
    return ok(formatDate(r.date));
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (partial) {
      if (parsePartialDate(s)) return ok(s);
    } else if (parseIsoDate(s)) {
      return ok(s);
    }
  }
  return bad(expected(param, expectation(param), value));
}

function readDecimal(param: ParamSpec, value: unknown): Read {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : bad(expected(param, expectation(param), value));
  if (typeof value === 'string') return ok(value.trim());
  return bad(expected(param, expectation(param), value));
}

function readMonths(param: ParamSpec, value: unknown): Read {
  if (typeof value === 'number') return ok(value);
  if (typeof value === 'string' && /^\d{1,4}$/.test(value.trim())) return ok(Number(value.trim()));
  return bad(expected(param, expectation(param), value));
}

/**
 * Percentages are written as numbers of percent (25 for 25%). Decision D41: a cell formatted as a
 * percentage holds a fraction (0.25 for "25%", 1 for "100%"), and no allowance percentage of the salary
 * lies above 0 and at or below 1 (the smallest non-zero ones, over-frame and professional seniority, start
 * at 5%), so any such value, a number or its text, is refused rather than read as 1% or 0.25%. 0 stays 0;
 * text "25%" is read as 25.
 */
function readPercent(param: ParamSpec, value: unknown): Read {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (n > 0 && n <= 1) {
    const shown = Number((n * 100).toPrecision(12));
    return bad(fail(
      'value', msg('sheets.failure.percent-formatted-cell', { param: param.name, value: String(value).trim(), shown }),
    ));
  }
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*%\s*$/.test(value)) return ok(value.replace('%', '').trim());
  return readDecimal(param, value);
}

/** A month: the text "YYYY-MM" (its first day), or any day of it read as a date. */
function readMonth(param: ParamSpec, value: unknown, ctx: ReadContext): Read {
  if (typeof value === 'string') {
    const p = parsePartialDate(value.trim());
    if (p && p.precision === 'month') return ok(formatDate(p.date));
  }
  return readDate(param, value, ctx);
}

const readers: Record<ParamKind, (param: ParamSpec, value: unknown, ctx: ReadContext) => Read> = {
  gender: (param, value) => {
    const g = typeof value === 'string' ? GENDERS[value.trim().normalize('NFC').toLowerCase()] : undefined;
    return g ? ok(g) : bad(expected(param, expectation(param), value));
  },
  birthDate: readDate,
  date: readDate,
  annex: (param, value) => {
    const a = typeof value === 'string' || typeof value === 'number' ? ANNEXES[String(value).trim().toLowerCase()] : undefined;
    return a ? ok(a) : bad(expected(param, expectation(param), value));
  },
  vnd: readDecimal,
  coefficient: readDecimal,
  percent: readPercent,
  months: readMonths,
  group: (param, value) => readEnum(param, value, groups),
  staffType: (param, value) => readEnum(param, value, staffTypes),
  route: (param, value) => readEnum(param, value, routes),
  month: readMonth,
  talentAllowance: (param, value) => {
    const a = typeof value === 'string' ? TALENT_ALLOWANCES[value.trim().toLowerCase()] : undefined;
    return a ? ok(a) : bad(expected(param, expectation(param), value));
  },
  criterionPath: (param, value) => readEnum(param, value, nd179CriterionPaths),
};

/** Reads one argument; a blank required argument is a failure that names it. */
export function readArg(param: ParamSpec, value: unknown, ctx: ReadContext): Read {
  if (isBlank(value)) {
    if (param.optional || param.blankAllowed) return ok(undefined);
    const what = expectation(param);
    return bad(fail('value', msg('sheets.failure.required', { param: param.name, expected: what })));
  }
  return readers[param.kind](param, value, ctx);
}

/** The calendar date of a value already read by `readArg` for a `date` parameter. */
export function isoToDate(iso: string): CalendarDate {
  return parseIsoDate(iso)!;
}
