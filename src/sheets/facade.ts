import { isBlank, readArg, type ReadContext } from './args.js';
import { excelErrorCodes, fail, isFailure, joinFailures, SheetError, SHEETS_ERROR_PREFIX, type CellFailure, type ExcelErrorCode } from './errors.js';
import { implementations, type Computed, type Lang, type TableCell } from './functions.js';
import { localDateCodec, zoneDateCodec, type DateCodec } from './js-dates.js';
import { functionSpec, type FunctionName, type FunctionSpec, type ParamSpec } from './metadata.js';
import { toCellNumber } from './numbers.js';
import { dateToExcelSerial } from './serial.js';
import { msg } from '../locales/sheets.js';

/** What a custom function returns for one cell. */
export type CellResult = string | number | boolean | Date | SheetError | null;
/**
 * A cell, or a 2D array of cells (a range, a table). With a custom `makeError` (the Excel bundle), the
 * host's error values stand where a `SheetError` would.
 */
export type SheetResult = CellResult | CellResult[][];

export interface SheetSettings {
  /**
   * `google` (default): dates are returned as `Date`s, numbers read as Google Sheets serials, errors as
   * `"#VNSE! …"` strings. `excel`: dates are returned as Excel serial numbers, numbers read as Excel
   * 1900-system serials (with its fictitious 29 Feb 1900), errors as Excel error values.
   */
  readonly host?: 'google' | 'excel';
  /** Language of error messages and table labels: `vi` (default) or `en`. */
  readonly lang?: 'vi' | 'en';
  /**
   * Google Sheets: the spreadsheet's time zone (`SpreadsheetApp.getActive().getSpreadsheetTimeZone()`).
   * With `formatDate` and `parseDate` (Apps Script's `Utilities`), date cells are read and written in
   * that zone; without them, in the script's own time zone (see `js-dates.ts`).
   */
  readonly timeZone?: string | null;
  /** `Utilities.formatDate(date, timeZone, "yyyy-MM-dd")`. */
  readonly formatDate?: (date: Date, timeZone: string) => string;
  /** `Utilities.parseDate(isoDate, timeZone, "yyyy-MM-dd")`. */
  readonly parseDate?: (isoDate: string, timeZone: string) => Date;
  /** Excel: builds the host's error value (the bundle passes `new CustomFunctions.Error(…)`). Default: a `SheetError`. */
  readonly makeError?: (code: ExcelErrorCode, message: string) => unknown;
}

interface Env extends ReadContext {
  readonly lang: Lang;
  readonly dates: DateCodec;
  readonly makeError: (code: ExcelErrorCode, message: string) => unknown;
}

function environment(settings: SheetSettings = {}): Env {
  const host = settings.host === 'excel' ? 'excel' : 'google';
  const lang: Lang = settings.lang === 'en' ? 'en' : 'vi';
  const zoned = typeof settings.timeZone === 'string' && settings.timeZone !== '' && settings.formatDate && settings.parseDate;
  const dates = zoned ? zoneDateCodec(settings.timeZone as string, settings.formatDate!, settings.parseDate!) : localDateCodec;
  const makeError = settings.makeError ?? ((code: ExcelErrorCode, message: string) => new SheetError(code, message));
  return { host, lang, dates, makeError };
}

// ---------------------------------------------------------------------------------------------------
// Ranges: every argument is a grid; a 1×1 grid is a single cell.

interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly range: boolean;
  at(row: number, col: number): unknown;
}

/** A scalar, a 2D array (a range), or a 1D array (read as a column: one case per element). */
function toGrid(value: unknown): Grid {
  try {
    return readGrid(value);
  } catch {
    // A value no host passes (a revoked proxy, a range whose reads throw): one cell that cannot be read.
    return { rows: 1, cols: 1, range: false, at: () => UNREADABLE };
  }
}

/** `Array.isArray`, false for a value it throws on (a revoked proxy). */
function isArraySafe(v: unknown): boolean {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}

/** Stands for a cell whose value could not be read; `readArg` refuses it, naming the argument. */
const UNREADABLE: unknown = Object.freeze({ unreadable: true });

/** Excel's own sheet limits: no host passes a larger range (a larger array is refused, not walked). */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function readGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return { rows: 1, cols: 1, range: false, at: () => value };
  if (value.length === 0) return { rows: 1, cols: 1, range: false, at: () => undefined };
  if (value.length > MAX_ROWS || value.some((r) => Array.isArray(r) && r.length > MAX_COLS)) throw new RangeError('range too large');
  // Copied once (the host's arrays are read here and only here), so a read later cannot throw.
  const rows: unknown[][] = value.every((r) => Array.isArray(r)) ? (value as unknown[][]).map((r) => Array.from(r)) : value.map((v) => [v]);
  const cols = rows.reduce((m, r) => Math.max(m, r.length), 1);
  const range = rows.length * cols > 1;
  return { rows: rows.length, cols, range, at: (r, c) => rows[r]?.[c] };
}

/** Each grid's rows (and columns) must be 1 or the common count: a single cell applies to every row. */
function broadcastShape(grids: readonly Grid[]): { rows: number; cols: number } | null {
  const rows = Math.max(...grids.map((g) => g.rows));
  const cols = Math.max(...grids.map((g) => g.cols));
  for (const g of grids) {
    if ((g.rows !== 1 && g.rows !== rows) || (g.cols !== 1 && g.cols !== cols)) return null;
  }
  return { rows, cols };
}

const pick = (g: Grid, r: number, c: number) => g.at(g.rows === 1 ? 0 : r, g.cols === 1 ? 0 : c);

// ---------------------------------------------------------------------------------------------------
// Output: engine values become cell values here, and only here.

function renderFailure(f: CellFailure, env: Env): unknown {
  const message = f.message[env.lang];
  return env.host === 'excel' ? env.makeError(excelErrorCodes[f.failure], message) : `${SHEETS_ERROR_PREFIX} ${message}`;
}

function renderNumber(exact: string, what: string, env: Env): unknown {
  const n = toCellNumber(exact, what);
  return typeof n === 'number' ? n : renderFailure(n, env);
}

function renderCell(c: Computed, spec: FunctionSpec, env: Env): unknown {
  if (isFailure(c)) return renderFailure(c, env);
  switch (c.kind) {
    case 'amount':
      return renderNumber(c.value, spec.name, env);
    case 'count':
      return c.value;
    case 'date': {
      if (env.host === 'excel') {
        const serial = dateToExcelSerial(c.value);
        return serial ?? renderFailure(fail('num', msg('sheets.failure.before-1900')), env);
      }
      return env.dates.write(c.value);
    }
    case 'table':
      return c.rows.map((row) => row.map((cell: TableCell) => (typeof cell === 'string' ? cell : renderNumber(cell.amount, spec.name, env))));
  }
}

// ---------------------------------------------------------------------------------------------------

function evaluate(spec: FunctionSpec, values: readonly unknown[], env: Env): Computed {
  const args: Record<string, unknown> = {};
  const failures: CellFailure[] = [];
  spec.params.forEach((param, i) => {
    const r = readCell(param, values[i], env);
    if (r.ok) args[param.name] = r.value;
    else failures.push(r.failure);
  });
  if (failures.length > 0) return joinFailures(failures);
  try {
    return implementations[spec.name](args, env.lang);
  } catch (e) {
    // A bug must not take a whole range down, nor print a number: the cell says what happened.
    const m = e instanceof Error ? e.message : String(e);
    return fail('value', msg('sheets.failure.internal-error', { detail: m }));
  }
}

/**
 * One argument read, never a throw: a value no host passes (a proxy whose traps throw, an object whose
 * conversions throw) is a failure that names the argument.
 */
function readCell(param: ParamSpec, value: unknown, env: Env): ReturnType<typeof readArg> {
  if (value === UNREADABLE) return { ok: false, failure: fail('value', msg('sheets.failure.unreadable-cell', { param: param.name })) };
  try {
    return readArg(param, value, env);
  } catch {
    return { ok: false, failure: fail('value', msg('sheets.failure.unreadable-cell', { param: param.name })) };
  }
}

/** `renderCell`, with a bug reported in its own cell rather than taking the whole range down. */
function safeRender(c: Computed, spec: FunctionSpec, env: Env): unknown {
  try {
    return renderCell(c, spec, env);
  } catch (e) {
    const m = e instanceof Error ? e.message : 'unknown error';
    return renderFailure(fail('value', msg('sheets.failure.internal-error-in-function', { fn: spec.name, detail: m })), env);
  }
}

function tooManyArguments(spec: FunctionSpec, given: number): CellFailure {
  const n = spec.params.length;
  return fail('value', msg('sheets.failure.too-many-arguments', { fn: spec.name, given, n }));
}

/**
 * Runs one spreadsheet function on cell values as the host passes them. Ranges are processed in one
 * call: each argument may be a range, a single cell applies to every row, and the result is a 2D array
 * with one cell per row (a blank row gives a blank cell). `VNSE_BREAKDOWN` explains one case, so it takes
 * single cells and returns a table.
 */
export function callSheetFunction(name: FunctionName | string, args: ArrayLike<unknown>, settings?: SheetSettings): SheetResult {
  const spec = functionSpec(name);
  if (!spec) throw new Error(`vn-staff-entitlements: unknown spreadsheet function ${name}`);
  const env = environment(settings);
  const values = Array.from(args);
  while (values.length > spec.params.length && isBlank(values[values.length - 1])) values.pop();
  const single = (f: CellFailure) => (env.host === 'excel' ? [[renderFailure(f, env)]] : renderFailure(f, env)) as SheetResult;
  if (values.length > spec.params.length) return single(tooManyArguments(spec, values.length));

  const grids = spec.params.map((_, i) => toGrid(values[i]));
  const anyArray = values.some(isArraySafe);

  if (spec.result === 'table') {
    if (grids.some((g) => g.range)) {
      return single(fail(
        'value', msg('sheets.failure.table-needs-single-cells', { fn: spec.name }),
      ));
    }
    const out = safeRender(evaluate(spec, grids.map((g) => g.at(0, 0)), env), spec, env);
    return (Array.isArray(out) || env.host !== 'excel' ? out : [[out]]) as SheetResult;
  }

  const shape = broadcastShape(grids);
  if (!shape) {
    const sizes = grids.filter((g) => g.range).map((g) => `${g.rows}×${g.cols}`).join(', ');
    return single(fail(
      'value', msg('sheets.failure.ranges-differ', { fn: spec.name, sizes }),
    ));
  }
  const rangeGrids = grids.filter((g) => g.range);
  const out: unknown[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < shape.cols; c++) {
      if (rangeGrids.length > 0 && rangeGrids.every((g) => isBlank(pick(g, r, c)))) {
        row.push('');
        continue;
      }
      row.push(safeRender(evaluate(spec, grids.map((g) => pick(g, r, c)), env), spec, env));
    }
    out.push(row);
  }
  return (!anyArray && env.host === 'google' ? out[0]![0] : out) as SheetResult;
}

export type SheetFunction = (...args: unknown[]) => SheetResult;

/** The spreadsheet functions bound to one host and language, by name. */
export function createSheetFunctions(settings?: SheetSettings): Record<FunctionName, SheetFunction> {
  const make = (name: FunctionName): SheetFunction => (...args) => callSheetFunction(name, args, settings);
  return {
    VNSE_RETIREMENT_DATE: make('VNSE_RETIREMENT_DATE'),
    VNSE_MONTHS_EARLY: make('VNSE_MONTHS_EARLY'),
    VNSE_SALARY: make('VNSE_SALARY'),
    VNSE_EARLY_RETIREMENT: make('VNSE_EARLY_RETIREMENT'),
    VNSE_RESIGNATION: make('VNSE_RESIGNATION'),
    VNSE_BREAKDOWN: make('VNSE_BREAKDOWN'),
    VNSE_DATE: make('VNSE_DATE'),
    VNSE_TALENT_ALLOWANCE: make('VNSE_TALENT_ALLOWANCE'),
    VNSE_154_EARLY_RETIREMENT: make('VNSE_154_EARLY_RETIREMENT'),
    VNSE_154_RESIGNATION: make('VNSE_154_RESIGNATION'),
  };
}
