import { access, constants } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputOutputError, isSystemError } from '../errors.js';
import { describeSystemError } from '../input-source.js';
import { commitTemporary, outputTarget, removeQuietly, temporaryPathFor, trackTemporary } from '../output-sink.js';
import type { EntryWriter } from './entry-writer.js';
import { WorkbookData } from './xlsx-book.js';
import { fillWorkbook, type WorkbookMeta } from './xlsx-sheets.js';

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

/**
 * A workbook an HR office can file: "Tổng hợp" (counts and sums per policy), "Danh sách" (each person's
 * policy and total, in figures and in words), one sheet per policy (each item with its formula and
 * citation), and "Lỗi dữ liệu" (invalid rows).
 */
export async function xlsxWriter(out: string, meta: WorkbookMeta): Promise<EntryWriter> {
  const ExcelJS = await loadExcelJs();
  try {
    await access(dirname(resolve(out)), constants.W_OK);
  } catch (e) {
    throw isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e;
  }
  await outputTarget(out); // a directory or a read-only file fails here, before any input is read
  const data = new WorkbookData();
  return {
    async write(entry, caseNumber) {
      data.add(entry, caseNumber);
    },
    async end(summary) {
      const wb = new ExcelJS.Workbook();
      fillWorkbook(wb, data, summary, meta);
      // Written beside the target and renamed over it only when complete (output-sink.ts).
      const target = await outputTarget(out);
      const temp = temporaryPathFor(target.path);
      trackTemporary(temp);
      try {
        await wb.xlsx.writeFile(temp);
      } catch (e) {
        await removeQuietly(temp);
        throw isSystemError(e) ? new InputOutputError(describeSystemError(out, e)) : e;
      }
      await commitTemporary(temp, target, out);
    },
    async abort() {
      // Nothing was written: the workbook is only written, to a temporary file, at the end.
    },
  };
}
