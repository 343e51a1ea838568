/**
 * Entry of the Google Apps Script bundle (`dist/sheets/google/vnse.iife.js`, global `VNSE`). The
 * generated `Code.gs` declares one top-level function per spreadsheet function (Apps Script lists only
 * those) and each calls `VNSE.call(name, arguments, settings)`.
 */
// First: zod's JIT is off before any schema is built (see jitless.ts).
export { JITLESS } from './jitless.js';

export { callSheetFunction as call } from './facade.js';
export { functionSpecs as functions } from './metadata.js';
export { excelSerialToDate, dateToExcelSerial, sheetsSerialToDate } from './serial.js';
