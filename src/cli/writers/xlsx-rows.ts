import type { Style, Worksheet } from 'exceljs';
import { letZipCatchUp } from './xlsx-style.js';

/**
 * The body rows of the big sheets (payout list, people, detail, one per policy, errors), written as
 * SpreadsheetML straight into the sheet's stream of exceljs's streaming writer (decision E26).
 *
 * Why: exceljs builds, for every cell, a Cell and a Value object, a model, a style lookup and an XML node
 * tree before it prints `<c r="B5" s="5" t="str"><v>…</v></c>`; at ~80 cells per person that was most of
 * the XLSX run's time (issue #15: 9.7× the CSV run at 200,000 rows). Here a row is one string built from
 * the values and the column's style id. exceljs still writes everything else: the package, the heading,
 * header, total and signature rows, columns, merges, page setup, print titles and styles.xml — the style
 * ids come from exceljs's own style table (`addStyleModel`, the call its cell writer makes), asked in the
 * same order, so styles.xml and every `s="…"` are the same as when exceljs wrote the rows itself.
 *
 * The XML is the XML exceljs 4.4.0 writes for these rows, byte for byte (tests/cli/xlsx-rows.test.ts
 * writes one workbook both ways and compares every part): a number as `<v>` text, a string inline
 * (`t="str"`, shared strings are off), escaped as exceljs escapes it, `spans` from the first to the last
 * cell, `x14ac:dyDescent="0.25"` on every row. The trade-off: this leans on the streaming worksheet's
 * internals (`stream`, `_rows`, `_rowZero`, `startedData`, the workbook's `styles`); exceljs is pinned to an
 * exact version in package.json, the internals are checked before each sheet's body, and when they are not as
 * expected the rows go through exceljs's public `addRow` instead (`exceljsRows`), which is also the test's
 * reference.
 */

/** A cell of a body row: a number cell or an inline string; style from the column. */
export type BodyValue = string | number;

export interface BodyRows {
  /** Which writer was taken ('xml' unless exceljs's internals were not as expected, or 'exceljs' was asked). */
  readonly mode: RowMode;
  /** Appends one row (one value per column, the row's length fixed by the first row's columns' styles). */
  add(values: readonly BodyValue[]): Promise<void>;
  /** Writes what is pending; the sheet's next `addRow` gets the row after the last body row. */
  end(): void;
}

/** The rows' writer: straight XML when exceljs's internals are as expected (the default), else exceljs's own rows. */
export type RowMode = 'xml' | 'exceljs';

/**
 * exceljs's value types (lib/doc/enums.js): the cell writer hands the cell's type to `addStyleModel`, which
 * gives a style without a number format the "General" format only for a number cell — and remembers the
 * style object by identity, so the first type a style object is met with fixes its id.
 */
const VALUE_TYPE_NUMBER = 2;
const VALUE_TYPE_STRING = 3;

interface StylesTable {
  addStyleModel(model: Partial<Style>, cellType: number): number;
}

interface StreamingSheet {
  readonly _workbook?: { readonly styles?: StylesTable };
  _rows?: unknown[];
  _rowZero?: number;
  readonly startedData?: boolean;
  readonly stream?: { write(text: string): unknown };
}

/** The XML escape exceljs applies to text (utils.xmlEncode): the five entities, and control characters XML 1.0 forbids dropped. */
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escape: string;
    switch (code) {
      case 34: escape = '&quot;'; break;
      case 38: escape = '&amp;'; break;
      case 39: escape = '&apos;'; break;
      case 60: escape = '&lt;'; break;
      case 62: escape = '&gt;'; break;
      case 127: escape = ''; break;
      default:
        if (code <= 31 && (code <= 8 || (code >= 11 && code !== 13))) escape = '';
        else continue;
    }
    out += text.substring(from, i) + escape;
    from = i + 1;
  }
  return out + text.substring(from);
}

/** Column letters of a 0-based column index ("A", "Z", "AA"). */
function letters(index: number): string {
  let s = '';
  for (let c = index + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Text pending for the sheet's stream is handed over in pieces of about this many characters. */
const FLUSH_AT = 1 << 16;

/**
 * Body rows for `ws`, each column with its style object (one shared object per kind of cell, as
 * `styleBody` gives). Call only when every row above has been committed.
 */
export function bodyRows(ws: Worksheet, styles: readonly Partial<Style>[], mode: RowMode = 'xml'): BodyRows {
  const sheet = ws as unknown as StreamingSheet;
  const table = sheet._workbook?.styles;
  const ready =
    mode === 'xml' &&
    typeof table?.addStyleModel === 'function' &&
    Array.isArray(sheet._rows) &&
    sheet._rows.length === 0 &&
    typeof sheet._rowZero === 'number' &&
    sheet.startedData === true &&
    typeof sheet.stream?.write === 'function';
  return ready ? xmlRows(sheet, table!, styles) : exceljsRows(ws, styles);
}

function xmlRows(sheet: StreamingSheet, table: StylesTable, styles: readonly Partial<Style>[]): BodyRows {
  const columns = styles.length;
  const refs = styles.map((_, i) => `<c r="${letters(i)}`);
  const spans = `" spans="1:${columns}" x14ac:dyDescent="0.25">`;
  // `s="…"` per column, known from the first row on (exceljs omits the attribute for style 0).
  let styleAttrs: string[] | undefined;
  let row = sheet._rowZero!;
  let pending = '';
  let rows = 0;
  const flush = () => {
    if (pending === '') return;
    sheet.stream!.write(pending);
    pending = '';
  };
  return {
    mode: 'xml',
    async add(values) {
      if (values.length !== columns) throw new Error(`body row of ${values.length} cells in a sheet of ${columns} columns`);
      if (!styleAttrs) {
        styleAttrs = styles.map((style, i) => {
          const id = table.addStyleModel(style, typeof values[i] === 'number' ? VALUE_TYPE_NUMBER : VALUE_TYPE_STRING);
          return id ? `" s="${id}"` : '"';
        });
      }
      const r = String(row);
      let xml = `<row r="${r}${spans}`;
      for (let i = 0; i < columns; i++) {
        const v = values[i]!;
        xml += typeof v === 'number' ? `${refs[i]}${r}${styleAttrs[i]}><v>${v}</v></c>` : `${refs[i]}${r}${styleAttrs[i]} t="str"><v>${xmlText(v)}</v></c>`;
      }
      pending += `${xml}</row>`;
      row++;
      rows++;
      if (pending.length >= FLUSH_AT) {
        flush();
        await letZipCatchUp(sheet as unknown as Worksheet);
      }
    },
    end() {
      flush();
      // exceljs numbers the next added row from _rowZero (its uncommitted rows are none).
      if (rows > 0) sheet._rowZero = row;
    },
  };
}

/** The same rows through exceljs's public API: a Row per line, the column's style object on each cell. */
export function exceljsRows(ws: Worksheet, styles: readonly Partial<Style>[]): BodyRows {
  let written = 0;
  return {
    mode: 'exceljs',
    async add(values) {
      const row = ws.addRow([...values]);
      for (let c = 1; c <= styles.length; c++) row.getCell(c).style = styles[c - 1] as Style;
      row.commit();
      if (++written % 256 === 0) await letZipCatchUp(ws);
    },
    end() {},
  };
}
