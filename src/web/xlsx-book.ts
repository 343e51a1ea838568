import type { Workbook } from 'exceljs';
import { emptyListHeader } from '../cli/list-header.js';
import { RunSummary } from '../cli/run-summary.js';
import { toolVersion } from '../cli/version.js';
import { CarriedHeadings, caseLine, notePolicies, policyLine, spoolRecord, TextTable, type CaseLine, type PolicyColumns, type PolicyLine } from '../cli/writers/xlsx-book.js';
import type { SheetContext } from '../cli/writers/xlsx-sheets.js';
import { writeBookSheets } from '../cli/writers/xlsx-workbook.js';
import { RULESET_VERSIONS } from '../engine/versions.js';
import { msg } from '../locales/web.js';
import type { ListCase } from './list-run.js';
import { FULL_BOOK_LIMIT } from './xlsx-limits.js';

type ExcelJs = typeof import('exceljs');

/**
 * The signed-list workbook of a list assessed in the page (issue #18): the same sheets, layout, page setup,
 * total, amount in words and signature block as `vnse assess --format xlsx` (one layout,
 * src/cli/writers/xlsx-workbook.ts), built in the XLSX worker with exceljs's in-memory workbook (the CLI
 * streams through spool files, which a browser has not; exceljs's browser build has no streaming writer)
 * and handed back as bytes. exceljs is loaded only here, in the worker that reads and writes XLSX
 * (xlsx-worker.ts), never with the first view. Above FULL_BOOK_LIMIT people the detail and per-policy sheets
 * are left out, and the summary sheet says so (decision E25).
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
 * The sheet writers were written for exceljs's streaming writer, which commits each sheet (and row) when it
 * is done; an in-memory worksheet keeps everything until the workbook is written, so its commit does nothing.
 */
function inMemoryWorkbook(ExcelJS: ExcelJs): Workbook {
  const wb = new ExcelJS.Workbook();
  const add = wb.addWorksheet.bind(wb);
  wb.addWorksheet = (name, options) => {
    const ws = add(name, options);
    (ws as unknown as { commit?: () => void }).commit ??= () => {};
    return ws;
  };
  return wb;
}

async function* each<T>(lines: readonly T[]): AsyncGenerator<T> {
  yield* lines;
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
  const cases: CaseLine[] = [];
  const byPolicy = new Map<string, PolicyLine[]>();
  for (const c of book.cases) {
    summary.add(c.entry);
    const record = spoolRecord(c.entry, summary.cases, { row: c.row, extras: c.extras }, headings, texts);
    notePolicies(record, policies);
    cases.push(caseLine(record));
    if (record.kind === 'assessed') {
      for (const o of record.outcomes) {
        const list = byPolicy.get(o.policy) ?? [];
        list.push(policyLine(record, o));
        byPolicy.set(o.policy, list);
      }
    }
  }
  const meta = { tool: `vnse ${toolVersion}`, rules: RULESET_VERSIONS.amended, inputName: book.inputName };
  const wb = inMemoryWorkbook(ExcelJS);
  wb.creator = meta.tool;
  // exceljs's public rows: the straight-XML rows of the CLI need its streaming writer's sheet streams.
  const ctx: SheetContext = { lang, headings, texts, hasRows: true, rowMode: 'exceljs' };
  const detail = book.cases.length <= FULL_BOOK_LIMIT;
  const lines = { cases: () => each(cases), policy: (code: string) => each(byPolicy.get(code) ?? []) };
  const summaryWs = await writeBookSheets(wb, lines, summary, policies, ctx, { ...meta, lang, header: emptyListHeader, detail });
  if (!detail) summaryWs.addRow([msg('web.list.xlsx.note', { people: book.cases.length, limit: FULL_BOOK_LIMIT })[lang]]).font = { italic: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
