import type { Workbook, Worksheet } from 'exceljs';
import { emptyListHeader } from '../cli/list-header.js';
import { RunSummary } from '../cli/run-summary.js';
import { toolVersion } from '../cli/version.js';
import { CarriedHeadings, notePolicies, spoolRecord, TextTable, type PolicyColumns, type SpoolRecord } from '../cli/writers/xlsx-book.js';
import { payoutPageSetup, payoutSheet } from '../cli/writers/xlsx-payout.js';
import { detailSheet, errorSheet, peopleSheet, policySheet, sheetName, summarySheet, type SheetContext } from '../cli/writers/xlsx-sheets.js';
import { RULESET_VERSIONS } from '../engine/versions.js';
import { msg } from '../locales/cli.js';
import { msg as webMsg } from '../locales/web.js';
import type { ListCase } from './list-run.js';
import { FULL_BOOK_LIMIT } from './xlsx-limits.js';

type ExcelJs = typeof import('exceljs');

/**
 * The signed-list workbook of a list assessed in the page (issue #18): the same sheets, layout, page setup,
 * total, amount in words and signature block as `vnse assess --format xlsx` (the CLI's sheet writers in
 * src/cli/writers/, shared), built in the XLSX worker with exceljs's in-memory workbook (the CLI streams
 * through a spool file, which a browser has not) and handed back as bytes. exceljs is loaded only here, in the
 * worker that reads and writes XLSX (xlsx-worker.ts), never with the first view.
 */
export interface ListBook {
  readonly cases: readonly ListCase[];
  readonly skippedBlank: number;
  readonly skippedTotal: number;
  readonly lang: 'vi' | 'en';
  /** The dropped file's name, echoed in the summary sheet. */
  readonly inputName: string;
}

async function loadExcelJs(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return mod.default ?? mod;
}

/**
 * The sheet writers were written for exceljs's streaming writer, which commits each sheet when it is done;
 * an in-memory worksheet keeps everything until the workbook is written, so its commit does nothing.
 */
function sheetOf(wb: Workbook, name: string, extra?: object): Worksheet {
  const ws = wb.addWorksheet(name, extra as Parameters<Workbook['addWorksheet']>[1]);
  (ws as unknown as { commit: () => void }).commit ??= () => {};
  return ws;
}

async function* each(records: readonly SpoolRecord[]): AsyncGenerator<SpoolRecord> {
  yield* records;
}

export async function listWorkbook(book: ListBook): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const { lang } = book;
  const headings = new CarriedHeadings();
  const texts = new TextTable();
  const policies = new Map<string, PolicyColumns>();
  const summary = new RunSummary();
  summary.skippedBlank = book.skippedBlank;
  summary.skippedTotal = book.skippedTotal;
  const records = book.cases.map((c) => {
    summary.add(c.entry);
    const record = spoolRecord(c.entry, summary.cases, { row: c.row, extras: c.extras }, headings, texts);
    notePolicies(record, policies);
    return record;
  });
  const rules = RULESET_VERSIONS.amended;
  const meta = { tool: `vnse ${toolVersion}`, rules, inputName: book.inputName };
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.tool;
  const ctx: SheetContext = { lang, headings, texts, hasRows: true };
  const names = ['cli.list.sheet', 'cli.xlsx.summary.sheet', 'cli.xlsx.people.sheet', 'cli.detail.sheet', 'cli.xlsx.errors.sheet'] as const;
  const taken = new Set(names.map((k) => msg(k)[lang].toLowerCase()));
  const sheet = (key: (typeof names)[number], extra?: object) => sheetOf(wb, msg(key)[lang], extra);
  const frozen = { views: [{ state: 'frozen', ySplit: 4 }] };
  await payoutSheet(sheet('cli.list.sheet', { pageSetup: payoutPageSetup }), each(records), summary, { ...ctx, header: emptyListHeader, rules });
  const full = book.cases.length <= FULL_BOOK_LIMIT;
  const summaryWs = sheet('cli.xlsx.summary.sheet');
  summarySheet(summaryWs, summary, meta, lang);
  if (!full) summaryWs.addRow([webMsg('web.list.xlsx.note', { people: book.cases.length, limit: FULL_BOOK_LIMIT })[lang]]).font = { italic: true };
  await peopleSheet(sheet('cli.xlsx.people.sheet', frozen), each(records), ctx);
  if (full) {
    await detailSheet(sheet('cli.detail.sheet', { ...frozen, pageSetup: { paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 } }), each(records), ctx, msg('cli.list.sheet')[lang]);
    for (const p of policies.values()) await policySheet(sheetOf(wb, sheetName(p.policy, taken, lang), frozen), each(records), p, ctx);
  }
  await errorSheet(sheet('cli.xlsx.errors.sheet'), each(records), ctx);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
