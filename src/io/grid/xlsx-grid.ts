import type { CellValue } from 'exceljs';
import { GridSyntaxError, type GridCell, type GridRow } from './grid.js';
import { MAX_CSV_CELLS } from './limits.js';

/**
 * XLSX workbooks → grid rows, from the FIRST worksheet. exceljs is loaded with `await import('exceljs')`
 * only when a workbook is read, so a library user who never reads one never loads it (issue #15).
 * `xlsxGridFromStream` streams (exceljs' WorkbookReader: rows handed on as they are parsed, for big files
 * in Node; the caller opens the stream, this layer imports nothing from Node); `xlsxGridFromBytes` reads a
 * whole workbook held in memory (the web page's ArrayBuffer).
 */

type ExcelJs = typeof import('exceljs');

async function loadExcelJs(): Promise<ExcelJs> {
  const module = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return module.default ?? module;
}

/** The decimal text Excel shows for a number: 15 significant digits, shortest form ("4.65", not 4.6500000000000004). */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(Number(value.toPrecision(15)));
  if (!/e/i.test(text)) return text;
  // Very large or small numbers: written out in full so the value readers see digits, never an exponent.
  const [mantissa, exponent] = text.toLowerCase().split('e') as [string, string];
  const e = Number(exponent);
  const negative = mantissa.startsWith('-');
  const [int, frac = ''] = mantissa.replace('-', '').split('.') as [string, string?];
  const digits = int + frac;
  const point = int.length + e;
  const out = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A workbook date (exceljs gives it as the UTC instant of the day): its calendar day, or day and time when it has one. */
function dateCell(date: Date): GridCell {
  if (Number.isNaN(date.getTime())) return '';
  const iso = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0) return { kind: 'date', iso };
  // A time of day in a date column is not a date the contract knows: kept as text, so the field's reader refuses it.
  return `${iso} ${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}`;
}

/** One exceljs cell value → a grid cell; a formula counts by its cached result, rich text by its text. */
export function xlsxCell(value: CellValue | undefined, numFmt: string | undefined): GridCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return { kind: 'number', text: numberText(value), percent: numFmt !== undefined && numFmt.includes('%') };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return dateCell(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return xlsxCell(value.result as CellValue, numFmt);
    if ('formula' in value || 'sharedFormula' in value) return '';
    if ('error' in value) return String(value.error);
    if ('text' in value) return xlsxCell((value as { text: CellValue }).text, numFmt);
  }
  return String(value);
}

interface RowLike {
  readonly number: number;
  eachCell(options: { includeEmpty: boolean }, callback: (cell: { value: CellValue; numFmt?: string }, column: number) => void): void;
}

function gridRow(row: RowLike): GridRow {
  const cells: GridCell[] = [];
  let tooMany = false;
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    if (column > MAX_CSV_CELLS) {
      tooMany = true;
      return;
    }
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = xlsxCell(cell.value, cell.numFmt);
  });
  return tooMany ? { row: row.number, cells: null, reason: 'too-many-cells' } : { row: row.number, cells };
}

function brokenWorkbook(e: unknown): GridSyntaxError {
  return new GridSyntaxError(`not a readable XLSX workbook (${e instanceof Error ? e.message : String(e)})`);
}

/**
 * Streams the rows of the first worksheet (rows exceljs never wrote, because they were never touched, are
 * simply absent; row numbers are Excel's). Later worksheets are read through and ignored, as exceljs'
 * stream reader requires.
 */
export async function* xlsxGridFromStream(input: NodeJS.ReadableStream | import('stream').Stream): AsyncGenerator<GridRow> {
  const excel = await loadExcelJs();
  const reader = new excel.stream.xlsx.WorkbookReader(input as import('stream').Stream, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  // exceljs 4.4 reads a worksheet met before xl/workbook.xml (the order its own writer uses) with no sheet
  // list yet and fails on `model.sheets`; an empty model until the workbook part arrives avoids that.
  const withModel = reader as unknown as { model?: unknown };
  withModel.model ??= { sheets: [] };
  let first = true;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) if (first) yield gridRow(row as unknown as RowLike);
      first = false;
    }
  } catch (e) {
    throw brokenWorkbook(e);
  }
}

/** The rows of the first worksheet of a workbook held in memory (an ArrayBuffer or bytes). */
export async function* xlsxGridFromBytes(data: ArrayBuffer | Uint8Array): AsyncGenerator<GridRow> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load((data instanceof Uint8Array ? data : new Uint8Array(data)) as unknown as ArrayBuffer);
  } catch (e) {
    throw brokenWorkbook(e);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return;
  const rows: GridRow[] = [];
  // Every row the file holds, as the stream reader sees them: a row with only formatting (a border, a fill)
  // is handed on, to be counted as blank; a row number the file never mentions is not a row read.
  sheet.eachRow({ includeEmpty: true }, (row) => {
    if (row.cellCount > 0) rows.push(gridRow(row as unknown as RowLike));
  });
  yield* rows;
}
