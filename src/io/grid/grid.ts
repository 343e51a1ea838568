/**
 * The format-neutral input layer (src/io/) reads an officer's file without Node: no fs, no Buffer, only
 * strings, Uint8Array and async iterables, so the CLI and the offline web page share it. A grid is what
 * every spreadsheet-like file becomes first: rows of raw cells, each row with the number Excel shows.
 */

/** A cell Excel stored as a number: its value as the shortest decimal text of 15 significant digits (what Excel shows). */
export interface NumberCell {
  readonly kind: 'number';
  readonly text: string;
  /** The cell's number format shows a percentage (0.25 shown as 25%). */
  readonly percent: boolean;
}

/** A cell Excel stored as a date (a date number format): the calendar day, YYYY-MM-DD, no time zone involved. */
export interface DateCell {
  readonly kind: 'date';
  readonly iso: string;
}

export interface BooleanCell {
  readonly kind: 'boolean';
  readonly value: boolean;
}

/** A cell: text as written (every CSV cell; "" when empty), or a typed value from a workbook. */
export type GridCell = string | NumberCell | DateCell | BooleanCell;

/**
 * One row of the file: `row` is the number Excel shows (CSV: the record's number counted from 1, blank rows
 * and a quoted cell with line breaks counted as Excel counts them). `cells: null` is a row past the limits
 * (limits.ts), its content dropped; `reason` says which.
 */
export type GridRow =
  | { readonly row: number; readonly cells: readonly GridCell[] }
  | { readonly row: number; readonly cells: null; readonly reason: 'too-long' | 'too-many-cells' };

/** A structural fault that leaves the rest of the file unreadable (a quote never closed, a broken workbook). */
export class GridSyntaxError extends Error {
  override readonly name = 'GridSyntaxError';
}

/** A cell's text as an officer reads it (a date as dd/mm/yyyy); "" for an empty cell. */
export function cellText(cell: GridCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  switch (cell.kind) {
    case 'number':
      return cell.text;
    case 'date': {
      const [y, m, d] = cell.iso.split('-');
      return `${d}/${m}/${y}`;
    }
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
  }
}

/** A row of only empty cells (an empty row, or one with only formatting). */
export function isBlankRow(cells: readonly GridCell[]): boolean {
  return cells.every((c) => cellText(c) === '');
}

/** The column letters Excel shows for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
