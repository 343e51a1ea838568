import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/**
 * The built bundles, run the way their hosts run them: in a fresh `vm` context with only the JavaScript
 * built-ins (no `require`, `process`, `Buffer`, `console`, timers), plus the few host services the
 * generated files use, written as source and evaluated inside the context so that their objects (the
 * `Date`s Apps Script creates, Excel's error values) belong to the bundle's realm, as on the host.
 */
export const dist = join(import.meta.dirname, '..', '..', 'dist', 'sheets');
export const googleFiles = {
  bundle: join(dist, 'google', 'vnse.iife.js'),
  code: join(dist, 'google', 'Code.gs'),
  appsscript: join(dist, 'google', 'appsscript.json'),
};
export const excelFiles = {
  bundle: join(dist, 'excel', 'functions.js'),
  metadata: join(dist, 'excel', 'functions.json'),
  manifest: join(dist, 'excel', 'manifest.xml'),
  page: join(dist, 'excel', 'functions.html'),
};

/**
 * Apps Script's `Utilities.formatDate` / `parseDate` for the pattern "yyyy-MM-dd", on `Intl` (a JS
 * built-in, so available inside the context): the calendar date of an instant in a time zone, and the
 * instant of 00:00 of a calendar date in a time zone.
 */
const utilitiesSource = `
var Utilities = (function () {
  function parts(date, timeZone) {
    var f = new Intl.DateTimeFormat('en-US', { timeZone: timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    var out = {};
    f.formatToParts(date).forEach(function (p) { out[p.type] = p.value; });
    return out;
  }
  function offsetMs(instant, timeZone) {
    var p = parts(new Date(instant), timeZone);
    var asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    return asUtc - Math.floor(instant / 1000) * 1000;
  }
  return {
    formatDate: function (date, timeZone, pattern) {
      if (pattern !== 'yyyy-MM-dd') throw new Error('stub: pattern ' + pattern);
      var p = parts(date, timeZone);
      return p.year + '-' + p.month + '-' + p.day;
    },
    parseDate: function (text, timeZone, pattern) {
      if (pattern !== 'yyyy-MM-dd') throw new Error('stub: pattern ' + pattern);
      var m = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(text);
      var guess = Date.UTC(+m[1], +m[2] - 1, +m[3]);
      var instant = guess - offsetMs(guess, timeZone);
      instant = guess - offsetMs(instant, timeZone);
      return new Date(instant);
    }
  };
})();
`;

export interface GoogleHost {
  readonly context: vm.Context;
  /** Calls a top-level function of Code.gs with the given argument expressions (JS source). */
  call(name: string, ...argSources: string[]): unknown;
  /** Evaluates JS source inside the host (to build `Date`s and ranges as the host would). */
  eval(source: string): unknown;
}

/**
 * Google Sheets: the bundle and Code.gs. With `spreadsheetTimeZone`, `SpreadsheetApp` and `Utilities`
 * exist as in a spreadsheet-bound project; without it, they do not (Code.gs falls back to local dates).
 */
export function loadGoogle(options: { spreadsheetTimeZone?: string | null; lang?: 'vi' | 'en' } = {}): GoogleHost {
  const context = vm.createContext({});
  if (options.spreadsheetTimeZone) {
    vm.runInContext(utilitiesSource, context);
    vm.runInContext(
      `var SpreadsheetApp = { getActiveSpreadsheet: function () { return { getSpreadsheetTimeZone: function () { return ${JSON.stringify(options.spreadsheetTimeZone)}; } }; } };`,
      context,
    );
  }
  vm.runInContext(readFileSync(googleFiles.bundle, 'utf8'), context, { filename: 'vnse.iife.js' });
  vm.runInContext(readFileSync(googleFiles.code, 'utf8'), context, { filename: 'Code.gs' });
  if (options.lang) vm.runInContext(`VNSE_LANG = ${JSON.stringify(options.lang)};`, context);
  return {
    context,
    call: (name, ...argSources) => vm.runInContext(`${name}(${argSources.join(', ')})`, context),
    eval: (source) => vm.runInContext(source, context),
  };
}

/** Builds, inside a Google host, the `Date` Sheets passes for a date cell: 00:00 of the day in `timeZone`. */
export function sheetsDateSource(iso: string, timeZone: string | null): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return timeZone ? `Utilities.parseDate(${JSON.stringify(iso)}, ${JSON.stringify(timeZone)}, 'yyyy-MM-dd')` : `new Date(${y}, ${m - 1}, ${d})`;
}

export interface ExcelHost {
  readonly context: vm.Context;
  readonly functions: Record<string, (...args: unknown[]) => unknown>;
}

/** Excel: the custom-functions bundle with a `CustomFunctions` runtime that records `associate`. */
export function loadExcel(): ExcelHost {
  const context = vm.createContext({});
  vm.runInContext(
    `var CustomFunctions = {
       associated: {},
       associate: function (id, fn) { this.associated[id] = fn; },
       ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!', nullReference: '#NULL!', invalidReference: '#REF!', invalidName: '#NAME?' },
       Error: function (code, message) { this.code = code; this.message = message; }
     };`,
    context,
  );
  vm.runInContext(readFileSync(excelFiles.bundle, 'utf8'), context, { filename: 'functions.js' });
  return { context, functions: vm.runInContext('CustomFunctions.associated', context) as Record<string, (...args: unknown[]) => unknown> };
}

/**
 * A realm-independent view of a result, to compare the bundles with the ESM API: dates as their instant
 * and local calendar date, error objects as { code, message }, arrays and primitives as they are.
 */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    return { date: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`, time: d.getTime() };
  }
  if (typeof value === 'object' && value !== null && 'code' in value && 'message' in value) {
    const e = value as { code: unknown; message: unknown };
    return { code: e.code, message: e.message };
  }
  return value;
}
