/**
 * `vn-staff-entitlements/sheets`: the spreadsheet façade. Pure functions from cell values (strings,
 * numbers, booleans, `Date`s, blanks, or 2D arrays of them) to cell values, over the engine.
 *
 * The named `VNSE_*` exports behave as in Google Sheets (dates returned as `Date`s, errors as
 * `"#VNSE! …"` strings, messages in Vietnamese); `createSheetFunctions({ host: 'excel', lang: 'en' })`
 * gives the Excel behaviour or another language. The same functions are built into the Google Apps
 * Script and Excel custom-function bundles (docs/google-sheets.md, docs/excel.md).
 *
 * This entry never configures zod: the host application's zod settings stay its own.
 * @packageDocumentation
 */
import { callSheetFunction, type SheetResult } from './facade.js';

export { callSheetFunction, createSheetFunctions, type SheetSettings, type SheetFunction, type SheetResult, type CellResult } from './facade.js';
export { functionSpecs, functionSpec, type FunctionSpec, type ParamSpec, type ParamKind, type ResultKind, type FunctionName } from './metadata.js';
export { SheetError, SHEETS_ERROR_PREFIX, type ExcelErrorCode } from './errors.js';
export { excelSerialToDate, dateToExcelSerial, sheetsSerialToDate, type SerialResult } from './serial.js';
export { localDateCodec, zoneDateCodec, type DateCodec } from './js-dates.js';
export { DEFAULT_STAFF_TYPE } from './functions.js';

/** First day of the first pension month at the statutory age: `(gender, birthDate, [annex])`. */
export function VNSE_RETIREMENT_DATE(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_RETIREMENT_DATE', args);
}

/** Months from the leave month to the first pension month: `(gender, birthDate, leaveDate, [annex])`. */
export function VNSE_MONTHS_EARLY(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_MONTHS_EARLY', args);
}

/**
 * Current monthly salary S, exact: `(coefficient, [leadershipCoefficient], [publicServicePercent],
 * [overFrameSeniorityPercent], [professionalSeniorityPercent], [preferentialPercent],
 * [professionalResponsibilityPercent], [partyWorkPercent], [armedForcesPercent],
 * [reservedDifferenceCoefficient], [leaveDate], [baseSalary])`.
 */
export function VNSE_SALARY(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_SALARY', args);
}

/**
 * Total early-retirement payment: `(gender, birthDate, monthlySalary, insuredMonths, restructuringDate,
 * leaveDate, [group], [staffType], [hazardousMonths], [hardshipAreaMonths])`.
 */
export function VNSE_EARLY_RETIREMENT(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_EARLY_RETIREMENT', args);
}

/**
 * Total resignation payment: `(gender, birthDate, monthlySalary, insuredMonths, restructuringDate,
 * leaveDate, staffType, [group], [publicSectorInsuredMonths])`.
 */
export function VNSE_RESIGNATION(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_RESIGNATION', args);
}

/**
 * Table (header row; item, amount, formula, citation) of one case: `(gender, birthDate, monthlySalary,
 * insuredMonths, restructuringDate, leaveDate, staffType, [group], [route], [publicSectorInsuredMonths],
 * [hazardousMonths], [hardshipAreaMonths])`.
 */
export function VNSE_BREAKDOWN(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_BREAKDOWN', args);
}

/** The calendar date the library reads from a cell: `(value)`. */
export function VNSE_DATE(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_DATE', args);
}

/**
 * Decree 179 additional allowance owed for one month, in đồng: `(allowance, coefficient,
 * allowancesCoefficient, decisionDate, month, [stopDate], [baseSalary], [criterionPath], [birthDate],
 * [applicationDate])`; `allowance` is `"talent"` (G1), `"graduate"` (G2) or `"expert"` (G3).
 */
export function VNSE_TALENT_ALLOWANCE(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_TALENT_ALLOWANCE', args);
}

/**
 * Total Decree 154/2025 early-retirement allowance (Art 6), in đồng: `(gender, birthDate, coefficient,
 * insuredMonths, leaveDate, [leadershipCoefficient], [overFrameSeniorityPercent], [professionalSeniorityPercent],
 * [reservedDifferenceCoefficient], [hazardousMonths])`.
 */
export function VNSE_154_EARLY_RETIREMENT(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_154_EARLY_RETIREMENT', args);
}

/**
 * Total Decree 154/2025 resignation allowance (Art 8), in đồng: `(gender, birthDate, coefficient, insuredMonths,
 * leaveDate, [leadershipCoefficient], [overFrameSeniorityPercent], [professionalSeniorityPercent],
 * [reservedDifferenceCoefficient], [trainingMonths])`; `trainingMonths` asks for the vocational-training route.
 */
export function VNSE_154_RESIGNATION(...args: unknown[]): SheetResult {
  return callSheetFunction('VNSE_154_RESIGNATION', args);
}
