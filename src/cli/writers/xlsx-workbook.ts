import type { Workbook, Worksheet } from 'exceljs';
import type { Language } from '../formats.js';
import type { ListHeader } from '../list-header.js';
import type { RunSummary } from '../run-summary.js';
import { msg } from '../../locales/cli.js';
import type { CaseLine, PolicyColumns, PolicyLine } from './xlsx-book.js';
import { payoutPageSetup, payoutSheet } from './xlsx-payout.js';
import { detailSheet, errorSheet, peopleSheet, policySheet, sheetName, summarySheet, type SheetContext, type WorkbookMeta } from './xlsx-sheets.js';

/** Where the sheets read their rows: the cases (each with the outcome it is paid) and each policy's outcomes. */
export interface BookLines {
  cases(): AsyncIterable<CaseLine>;
  policy(code: string): AsyncIterable<PolicyLine>;
}

export interface BookOptions extends WorkbookMeta {
  readonly lang: Language;
  readonly header: ListHeader;
  /** The per-item detail and per-policy sheets (default true; the web page leaves them out of large lists, E25). */
  readonly detail?: boolean;
}

/**
 * The sheets of the payout workbook, in order, on any exceljs workbook: the CLI's streaming writer
 * (xlsx-writer.ts, rows read back from spool files) and the web page's in-memory workbook
 * (src/web/xlsx-book.ts, rows held in memory) — one layout for both. "Danh sách chi trả" (the payout list,
 * A4 landscape), "Tổng hợp", "Danh sách", "Chi tiết", one sheet per policy, "Lỗi dữ liệu". Returns the
 * summary sheet, to which a caller may add a line.
 */
export async function writeBookSheets(
  wb: Workbook,
  lines: BookLines,
  summary: RunSummary,
  policies: ReadonlyMap<string, PolicyColumns>,
  ctx: SheetContext,
  options: BookOptions,
): Promise<Worksheet> {
  const { lang } = options;
  const names = ['cli.list.sheet', 'cli.xlsx.summary.sheet', 'cli.xlsx.people.sheet', 'cli.detail.sheet', 'cli.xlsx.errors.sheet'] as const;
  const taken = new Set(names.map((k) => msg(k)[lang].toLowerCase()));
  const sheet = (key: (typeof names)[number], extra?: object) => wb.addWorksheet(msg(key)[lang], extra);
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 4 }] };
  await payoutSheet(sheet('cli.list.sheet', { pageSetup: payoutPageSetup }), lines.cases(), summary, { ...ctx, header: options.header, rules: options.rules });
  const summaryWs = sheet('cli.xlsx.summary.sheet');
  summarySheet(summaryWs, summary, options, lang);
  await peopleSheet(sheet('cli.xlsx.people.sheet', frozen), lines.cases(), ctx);
  if (options.detail !== false) {
    const a4 = { paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 };
    await detailSheet(sheet('cli.detail.sheet', { ...frozen, pageSetup: a4 }), lines.cases(), ctx, msg('cli.list.sheet')[lang]);
    for (const p of policies.values()) await policySheet(wb.addWorksheet(sheetName(p.policy, taken, lang), frozen), lines.policy(p.policy), p, ctx);
  }
  await errorSheet(sheet('cli.xlsx.errors.sheet'), lines.cases(), ctx);
  return summaryWs;
}
