import { access, constants } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputOutputError, isSystemError } from '../errors.js';
import type { Language } from '../formats.js';
import { describeSystemError } from '../input-source.js';
import type { ListHeader } from '../list-header.js';
import { msg } from '../../locales/cli.js';
import { commitTemporary, outputTarget, removeQuietly, temporaryPathFor, trackTemporary } from '../output-sink.js';
import type { EntryWriter } from './entry-writer.js';
import { CarriedHeadings, notePolicies, spoolRecord, TextTable, type PolicyColumns } from './xlsx-book.js';
import { payoutPageSetup, payoutSheet } from './xlsx-payout.js';
import { detailSheet, errorSheet, peopleSheet, policySheet, sheetName, summarySheet, type SheetContext, type WorkbookMeta } from './xlsx-sheets.js';
import { Spool } from './xlsx-spool.js';

type ExcelJs = typeof import('exceljs');

/** exceljs is loaded only for xlsx output, and stays outside the CLI bundle. */
async function loadExcelJs(): Promise<ExcelJs> {
  try {
    const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
    return mod.default ?? mod;
  } catch {
    throw new InputOutputError('the xlsx format needs the exceljs package (npm install exceljs)');
  }
}

export interface XlsxOptions extends WorkbookMeta {
  readonly lang: Language;
  readonly header: ListHeader;
}

/**
 * A workbook an HR office can print, sign and file: "Danh sách chi trả" (the payout list, A4 landscape),
 * "Tổng hợp" (counts and sums per policy), "Danh sách" (every person), "Chi tiết" (each item paid with
 * formula and citation), one sheet per policy, and "Lỗi dữ liệu" (rows that could not be assessed).
 *
 * Streamed: each case is written to a spool file as it is assessed, and at the end the workbook is written
 * sheet after sheet by exceljs's streaming writer, reading the spool once per sheet — memory stays flat
 * whatever the number of rows (issue #15: the in-memory workbook needed 2.9 GB for 50,000 rows).
 */
export async function xlsxWriter(out: string, options: XlsxOptions): Promise<EntryWriter> {
  const ExcelJS = await loadExcelJs();
  try {
    await access(dirname(resolve(out)), constants.W_OK);
  } catch (e) {
    throw isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e;
  }
  const firstTarget = await outputTarget(out); // a directory or a read-only file fails here, before any input is read
  const spool = new Spool(`${temporaryPathFor(firstTarget.path)}.spool`);
  const headings = new CarriedHeadings();
  const texts = new TextTable();
  const policies = new Map<string, PolicyColumns>();
  let hasRows = false;
  const fail = (e: unknown) => (isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e);
  return {
    async write(entry, caseNumber, source) {
      if (source) hasRows = true;
      const record = spoolRecord(entry, caseNumber, source, headings, texts);
      notePolicies(record, policies);
      try {
        await spool.add(record);
      } catch (e) {
        throw fail(e);
      }
    },
    async end(summary) {
      const target = await outputTarget(out);
      const temp = temporaryPathFor(target.path);
      trackTemporary(temp);
      try {
        await spool.finish();
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
        wb.creator = options.tool;
        const { lang } = options;
        const ctx: SheetContext = { lang, headings, texts, hasRows };
        const listName = msg('cli.list.sheet')[lang];
        const names = ['cli.list.sheet', 'cli.xlsx.summary.sheet', 'cli.xlsx.people.sheet', 'cli.detail.sheet', 'cli.xlsx.errors.sheet'] as const;
        const taken = new Set(names.map((k) => msg(k)[lang].toLowerCase()));
        const sheet = (key: (typeof names)[number], extra?: object) => wb.addWorksheet(msg(key)[lang], extra);
        await payoutSheet(sheet('cli.list.sheet', { pageSetup: payoutPageSetup }), spool.records(), summary, { ...ctx, header: options.header, rules: options.rules });
        summarySheet(sheet('cli.xlsx.summary.sheet'), summary, options, lang);
        await peopleSheet(sheet('cli.xlsx.people.sheet', { views: [{ state: 'frozen', ySplit: 4 }] }), spool.records(), ctx);
        await detailSheet(sheet('cli.detail.sheet', { views: [{ state: 'frozen', ySplit: 4 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 } }), spool.records(), ctx, listName);
        for (const p of policies.values()) {
          await policySheet(wb.addWorksheet(sheetName(p.policy, taken, lang), { views: [{ state: 'frozen', ySplit: 4 }] }), spool.records(), p, ctx);
        }
        await errorSheet(sheet('cli.xlsx.errors.sheet'), spool.records(), ctx);
        await wb.commit();
      } catch (e) {
        await removeQuietly(temp);
        throw fail(e);
      } finally {
        await spool.remove();
      }
      await commitTemporary(temp, target, out);
    },
    async abort() {
      // The spool is removed; the workbook is only written, to a temporary file, at the end.
      await spool.remove();
    },
  };
}
