import type { Worksheet } from 'exceljs';
import { amountInVietnameseWords } from '../../i18n/vietnamese-words.js';
import { msg, type CliMessageKey } from '../../locales/cli.js';
import type { MessageVars } from '../../locales/index.js';
import type { Language } from '../formats.js';
import type { ListHeader } from '../list-header.js';
import type { RunSummary } from '../run-summary.js';
import type { CarriedHeadings, CaseLine, TextTable } from './xlsx-book.js';
import { bodyRows, type RowMode } from './xlsx-rows.js';
import { allBorders, AMOUNT_FORMAT, amountCell, bodyStyleList, columnLetter, headerRow } from './xlsx-style.js';

export interface PayoutContext {
  readonly lang: Language;
  readonly header: ListHeader;
  readonly rules: string;
  readonly headings: CarriedHeadings;
  readonly texts: TextTable;
  /** True when the input gave row numbers (CSV, XLSX): the list then shows each person's row in the file. */
  readonly hasRows: boolean;
  /** How body rows are written (see SheetContext). */
  readonly rowMode?: RowMode;
}

/** Where the payout list's parts landed, for tests and for the detail sheet's numbering. */
export interface PayoutLayout {
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly totalRow: number;
  readonly columns: number;
  readonly amountColumn: number;
}

/** The column blocks of the signature lines: three thirds of the list's width. */
function thirds(columns: number): [number, number][] {
  const a = Math.max(1, Math.floor(columns / 3));
  const b = Math.max(a + 1, Math.floor((2 * columns) / 3));
  return [[1, a], [a + 1, b], [b + 1, columns]];
}

function merge(ws: Worksheet, row: number, from: number, to: number): void {
  if (to > from) ws.mergeCells(row, from, row, to);
}

/** A row of texts, each in its block, centred; merged across the block. */
function blockRow(ws: Worksheet, blocks: [number, number][], texts: (string | undefined)[], font: { bold?: boolean; italic?: boolean }): void {
  const row = ws.addRow([]);
  blocks.forEach(([from, to], i) => {
    const text = texts[i];
    if (text === undefined) return;
    const cell = row.getCell(from);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    merge(ws, row.number, from, to);
  });
  row.commit();
}

/**
 * The decrees the list pays under, for its subtitle: Decree 178 (as amended by 67; its Decree 177 packages too,
 * as before), Decree 154/2025 when a Decree 154 package is paid, or both. The run's summary is complete before
 * the list is written (the rows come from the spool), so the subtitle names only what the rows below pay.
 */
function decreesPaid(summary: RunSummary, t: (key: CliMessageKey, vars?: MessageVars) => string): string {
  let nd154 = false;
  let other = false;
  for (const tally of summary.policies.values()) {
    if (tally.best === 0) continue;
    if (tally.policy.startsWith('nd154/')) nd154 = true;
    else other = true;
  }
  if (!nd154) return t('cli.list.decrees.nd178');
  return other ? t('cli.list.decrees.both', { nd178: t('cli.list.decrees.nd178'), nd154: t('cli.list.decrees.nd154') }) : t('cli.list.decrees.nd154');
}

/**
 * "Danh sách chi trả": the list the unit signs, printed on A4 landscape, fitted to the page width, its
 * heading row repeated on every page. Above the rows, the agency and the title; below them, the total
 * (an Excel SUM with its exact value cached), the total in words, the place and date (blank to fill by
 * hand unless given) and the signature block: Người lập biểu, Kế toán, Thủ trưởng đơn vị. Only the
 * people paid are listed, numbered 1, 2, 3… without gaps.
 */
export async function payoutSheet(ws: Worksheet, records: AsyncIterable<CaseLine>, summary: RunSummary, ctx: PayoutContext): Promise<PayoutLayout> {
  const t = (key: CliMessageKey, vars?: MessageVars) => msg(key, vars)[ctx.lang];
  const extras = ctx.headings.list;
  const headers = [
    t('cli.xlsx.column.number'),
    ...(ctx.hasRows ? [t('cli.list.column.row')] : []),
    t('cli.xlsx.column.id'),
    ...extras,
    t('cli.xlsx.column.policy-paid'),
    t('cli.xlsx.column.policy-code'),
    t('cli.list.column.amount'),
    t('cli.list.column.signature'),
  ];
  const columns = headers.length;
  const amountColumn = columns - 1;
  ws.columns = headers.map((_, i) => ({
    width: i === 0 ? 6 : ctx.hasRows && i === 1 ? 9 : i === amountColumn - 1 ? 18 : i === amountColumn - 2 ? 44 : i === columns - 1 ? 14 : 16,
  }));

  for (const line of ctx.header.agency) {
    const r = ws.addRow([line]);
    r.font = { bold: true };
    r.alignment = { horizontal: 'center' };
    merge(ws, r.number, 1, Math.min(columns, 4));
    r.commit();
  }
  if (ctx.header.agency.length > 0) ws.addRow([]).commit();
  const title = ws.addRow([ctx.header.title ?? t('cli.list.title')]);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', wrapText: true };
  merge(ws, title.number, 1, columns);
  title.commit();
  const subtitle = ws.addRow([t('cli.list.subtitle', { rules: ctx.rules, decrees: decreesPaid(summary, t) })]);
  subtitle.font = { italic: true };
  subtitle.alignment = { horizontal: 'center', wrapText: true };
  merge(ws, subtitle.number, 1, columns);
  subtitle.commit();
  ws.addRow([]).commit();

  const head = headerRow(ws, headers, true);
  const layoutHeader = head.number;
  ws.pageSetup.printTitlesRow = `${layoutHeader}:${layoutHeader}`;
  head.commit();

  const firstDataRow = layoutHeader + 1;
  let n = 0;
  let allNumbers = true;
  const rows = bodyRows(ws, bodyStyleList(columns, [amountColumn], true), ctx.rowMode);
  for await (const r of records) {
    if (r.kind !== 'assessed' || r.best === null) continue;
    const o = r.paid!;
    n++;
    const amount = amountCell(o.total);
    if (typeof amount === 'string') allNumbers = false;
    await rows.add([
      n,
      ...(ctx.hasRows ? [r.row ?? ''] : []),
      r.id,
      ...ctx.headings.valuesOf(r.extras),
      ctx.texts.pick(o.title, ctx.lang),
      o.policy,
      amount,
      '',
    ]);
  }
  rows.end();
  if (n === 0) {
    const none = ws.addRow([t('cli.list.none')]);
    merge(ws, none.number, 1, columns);
    none.commit();
  }

  // The total: the exact sum of the run (decimal.js). An Excel SUM is written only when Excel's own sum
  // is exact too (every amount a number cell, the total within 2^53 − 1); its cached result is the exact total.
  const totalText = summary.bestTotal.toFixed(0);
  const totalValue = amountCell(totalText);
  const lastDataRow = firstDataRow + n - 1;
  const letter = columnLetter(amountColumn);
  const totalCell = n > 0 && allNumbers && typeof totalValue === 'number' ? { formula: `SUM(${letter}${firstDataRow}:${letter}${lastDataRow})`, result: totalValue } : totalValue;
  const totalLabel = [t('cli.list.total-people', { n }), ...Array<string>(amountColumn - 2).fill('')];
  const total = ws.addRow([...totalLabel, totalCell, '']);
  // Its own style objects (bold, centred label): the shared body styles are never modified.
  for (let c = 1; c <= columns; c++) {
    total.getCell(c).style = { border: allBorders, font: { bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, ...(c === amountColumn ? { numFmt: AMOUNT_FORMAT } : {}) };
  }
  merge(ws, total.number, 1, amountColumn - 1);
  const totalRow = total.number;
  total.commit();

  const words = ws.addRow([t('cli.xlsx.in-words', { words: amountInVietnameseWords(totalText) })]);
  words.font = { italic: true, bold: true };
  merge(ws, words.number, 1, columns);
  words.commit();
  ws.addRow([]).commit();

  const blocks = thirds(columns);
  const blank = t('cli.list.blank-date-part');
  const date = ctx.header.date;
  const placeDate = t('cli.list.place-date', {
    place: ctx.header.place ?? t('cli.list.blank-place'),
    day: date?.day ?? blank,
    month: date?.month ?? blank,
    year: date?.year ?? blank,
  });
  blockRow(ws, blocks, [undefined, undefined, placeDate], { italic: true });
  blockRow(ws, blocks, [t('cli.list.preparer'), t('cli.list.accountant'), t('cli.list.head')], { bold: true });
  blockRow(ws, blocks, [t('cli.list.sign'), t('cli.list.sign'), t('cli.list.sign-seal')], { italic: true });
  ws.commit();
  return { headerRow: layoutHeader, firstDataRow, totalRow, columns, amountColumn };
}

/** Page setup of the list: A4 (paper size 9), landscape, one page wide, as many pages tall as needed. */
export const payoutPageSetup = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;
