import type { Borders, Cell, Row, Style, Worksheet } from 'exceljs';

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

/**
 * The styles of body cells, each one shared object: exceljs recognises a style object it has met before
 * (a WeakMap) and skips hashing it, which a fresh object per cell would cost on every one of millions of cells.
 */
const frozen = <T extends object>(o: T): T => {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) frozen(v);
  return Object.freeze(o);
};
const bodyStyles = frozen({
  plain: {},
  amount: { numFmt: AMOUNT_FORMAT },
  bordered: { border: allBorders, alignment: { vertical: 'top', wrapText: true } },
  borderedAmount: { border: allBorders, alignment: { vertical: 'top', wrapText: true }, numFmt: AMOUNT_FORMAT },
} as const satisfies Record<string, Partial<Style>>);

/** The shared style of each column up to `columns`: amount format on the listed columns, borders when asked. */
export function bodyStyleList(columns: number, amountColumns: readonly number[], bordered: boolean): Partial<Style>[] {
  const list: Partial<Style>[] = [];
  for (let c = 1; c <= columns; c++) {
    const amount = amountColumns.includes(c);
    list.push(bordered ? (amount ? bodyStyles.borderedAmount : bodyStyles.bordered) : amount ? bodyStyles.amount : bodyStyles.plain);
  }
  return list;
}

/** Every cell of the row up to `columns` given its shared style: amount format on the listed columns, borders when asked. */
export function styleBody(row: Row, columns: number, amountColumns: readonly number[], bordered: boolean): void {
  const styles = bodyStyleList(columns, amountColumns, bordered);
  for (let c = 1; c <= columns; c++) {
    const cell: Cell = row.getCell(c);
    cell.style = styles[c - 1] as Style;
  }
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

interface PipedStream {
  readonly pipes?: readonly {
    readonly writableNeedDrain?: boolean;
    /** archiver hands exceljs an old `readable-stream` PassThrough, which has only the internal state. */
    readonly _writableState?: { readonly needDrain?: boolean };
    once(event: 'drain', listener: () => void): unknown;
  }[];
}

/**
 * exceljs's streaming writer never pushes back: a sheet's XML piles up in memory as fast as rows are added,
 * while the zip deflates behind it (at 10,000 rows, 250 MB). Called every few hundred rows, this waits until
 * the zip has taken what was written — when the sheet's stream is piped yet, and for a bounded time while the
 * zip is still finishing the previous sheet — so memory stays flat (measured: 1,075 MB → see benchmarks.md).
 */
export async function letZipCatchUp(ws: Worksheet): Promise<void> {
  const stream = (ws as unknown as { stream?: PipedStream }).stream;
  if (!stream) return;
  for (let waited = 0; (stream.pipes?.length ?? 0) === 0 && waited < 200; waited++) await new Promise((r) => setTimeout(r, 5));
  for (const pipe of stream.pipes ?? []) {
    if (pipe.writableNeedDrain ?? pipe._writableState?.needDrain) await new Promise<void>((r) => pipe.once('drain', r));
  }
}
