import type { Borders, Cell, Row, Worksheet } from 'exceljs';

/** Cell looks shared by the sheets. Objects are built once: exceljs hashes each style it meets. */
export const AMOUNT_FORMAT = '#,##0';
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An amount as a number cell when Excel can hold it exactly (so it can be summed), else as its text. */
export function amountCell(amount: string): number | string {
  if (!/^\d+$/.test(amount)) return amount;
  return BigInt(amount) <= MAX_SAFE ? Number(amount) : amount;
}

const thin = { style: 'thin' } as const;
export const allBorders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

/** The heading row of a table: bold, wrapped, shaded, bordered; the column widths set before any row is written. */
export function headerRow(ws: Worksheet, headers: readonly string[], bordered = false): Row {
  const row = ws.addRow([...headers]);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  row.eachCell((cell) => {
    cell.fill = headerFill;
    cell.border = bordered ? allBorders : { bottom: thin };
  });
  return row;
}

/** Borders on every cell of the row up to `columns`, amount format on the listed columns. */
export function styleBody(row: Row, columns: number, amountColumns: readonly number[], bordered: boolean): void {
  for (let c = 1; c <= columns; c++) {
    const cell: Cell = row.getCell(c);
    if (bordered) cell.border = allBorders;
  }
  for (const c of amountColumns) row.getCell(c).numFmt = AMOUNT_FORMAT;
  if (bordered) row.alignment = { vertical: 'top', wrapText: true };
}

/** Title and subtitle lines above a table. */
export function heading(ws: Worksheet, title: string, subtitle: readonly string[]): void {
  const t = ws.addRow([title]);
  t.font = { bold: true, size: 14 };
  t.commit();
  for (const s of subtitle) {
    const r = ws.addRow([s]);
    r.font = { italic: true };
    r.commit();
  }
  ws.addRow([]).commit();
}

/** Column letters of a 1-based column number ("A", "Z", "AA"). */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
