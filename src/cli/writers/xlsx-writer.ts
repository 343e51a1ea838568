import { access, constants } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputOutputError, isSystemError } from '../errors.js';
import type { Language } from '../formats.js';
import { describeSystemError } from '../input-source.js';
import type { ListHeader } from '../list-header.js';
import { commitTemporary, outputTarget, removeQuietly, temporaryPathFor, trackTemporary } from '../output-sink.js';
import type { EntryWriter } from './entry-writer.js';
import { CarriedHeadings, caseLine, notePolicies, policyLine, spoolRecord, TextTable, type CaseLine, type PolicyColumns, type PolicyLine } from './xlsx-book.js';
import type { SheetContext } from './xlsx-sheets.js';
import { writeBookSheets, type BookOptions } from './xlsx-workbook.js';
import type { RowMode } from './xlsx-rows.js';
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

export interface XlsxOptions extends BookOptions {
  /** Tests only: body rows through exceljs's own rows instead of straight XML (the same workbook, slower). */
  readonly rowMode?: RowMode;
}

/**
 * A workbook an HR office can print, sign and file: "Danh sách chi trả" (the payout list, A4 landscape),
 * "Tổng hợp" (counts and sums per policy), "Danh sách" (every person), "Chi tiết" (each item paid with
 * formula and citation), one sheet per policy, and "Lỗi dữ liệu" (rows that could not be assessed).
 *
 * Streamed: each case is written to spool files as it is assessed — the case with the outcome it is paid
 * to one, each outcome to its policy's own — and at the end the workbook is written sheet after sheet by
 * exceljs's streaming writer, the case spool read once for each of the four sheets that list cases and each
 * policy's spool once for its sheet: memory stays flat whatever the number of rows (issue #15: the
 * in-memory workbook needed 2.9 GB for 50,000 rows). The body rows of those sheets are written as XML
 * straight into exceljs's sheet streams (xlsx-rows.ts, decision E26).
 */
export async function xlsxWriter(out: string, options: XlsxOptions): Promise<EntryWriter> {
  const ExcelJS = await loadExcelJs();
  try {
    await access(dirname(resolve(out)), constants.W_OK);
  } catch (e) {
    throw isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e;
  }
  const firstTarget = await outputTarget(out); // a directory or a read-only file fails here, before any input is read
  const spoolBase = temporaryPathFor(firstTarget.path);
  const spool = new Spool<CaseLine>(`${spoolBase}.spool`);
  /** One spool per policy met, in order of first appearance (the order of the policy sheets). */
  const policySpools = new Map<string, Spool<PolicyLine>>();
  const allSpools = () => [spool, ...policySpools.values()];
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
        await spool.add(caseLine(record));
        if (record.kind === 'assessed') {
          for (const o of record.outcomes) {
            let p = policySpools.get(o.policy);
            if (!p) policySpools.set(o.policy, (p = new Spool<PolicyLine>(`${spoolBase}.${policySpools.size + 1}.spool`)));
            await p.add(policyLine(record, o));
          }
        }
      } catch (e) {
        throw fail(e);
      }
    },
    async end(summary) {
      const target = await outputTarget(out);
      const temp = temporaryPathFor(target.path);
      trackTemporary(temp);
      try {
        for (const s of allSpools()) await s.finish();
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
        wb.creator = options.tool;
        const ctx: SheetContext = { lang: options.lang, headings, texts, hasRows, rowMode: options.rowMode };
        await writeBookSheets(wb, { cases: () => spool.lines(), policy: (code) => policySpools.get(code)!.lines() }, summary, policies, ctx, options);
        await wb.commit();
      } catch (e) {
        await removeQuietly(temp);
        throw fail(e);
      } finally {
        for (const s of allSpools()) await s.remove();
      }
      await commitTemporary(temp, target, out);
    },
    async abort() {
      // The spool is removed; the workbook is only written, to a temporary file, at the end.
      for (const s of allSpools()) await s.remove();
    },
  };
}
