import type { Workbook } from 'exceljs';
import type { CheckReport } from '../../check/index.js';
import type { CheckRow } from '../../check/cells.js';
import { InputOutputError, isSystemError } from '../errors.js';
import { describeSystemError } from '../input-source.js';
import { commitTemporary, outputTarget, removeQuietly, temporaryPathFor, trackTemporary } from '../output-sink.js';
import type { Language } from '../formats.js';
import { msg, type CheckMessageKey } from '../../locales/check.js';

type ExcelJs = typeof import('exceljs');

async function loadExcelJs(): Promise<ExcelJs> {
  try {
    const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
    return mod.default ?? mod;
  } catch {
    throw new InputOutputError('the xlsx format needs the exceljs package (npm install exceljs)');
  }
}

const cellValue = (c: CheckRow extends { cells: infer C } ? C extends readonly (infer X)[] ? X : never : never): string =>
  typeof c === 'string' ? c : c.kind === 'number' ? c.text : c.kind === 'date' ? c.iso : String(c.value);


/**
 * The review workbook, modelled on the Defence review sheet (Phụ lục II): each person's original row, then
 * declared / recomputed / difference / explanation of the total and of each amount that differs, differences
 * highlighted; a summary sheet by unit with the verdict. Printable: A4 landscape, fit to width.
 */
export function fillReviewWorkbook(wb: Workbook, rows: readonly CheckRow[], report: CheckReport, lang: Language): void {
  const t = (key: string) => msg(`check.head.${key}` as CheckMessageKey)[lang];
  const h = {
    original: t('original'), status: t('status'), declared: t('sheet-declared'), recomputed: t('sheet-recomputed'), difference: t('sheet-difference'),
    explanation: t('explanation'), summary: t('summary'), review: t('review'), unit: t('unit'), checked: t('checked'), agreeing: t('agreeing'),
    over: t('over'), overSum: t('over-sum'), under: t('under'), underSum: t('under-sum'), unbuilt: t('unbuilt'), all: t('all'),
  };
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const width = Math.max(0, ...rows.map((r) => r.cells?.length ?? 0));
  const ws = wb.addWorksheet(h.review, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.addRow([h.original, ...Array.from({ length: width - 1 }, () => ''), h.status, h.declared, h.recomputed, h.difference, h.explanation]).font = { bold: true };
  const red = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
  const grey = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } as const;
  for (const r of report.rows) {
    const original = byRow.get(r.row)?.cells?.map(cellValue) ?? [];
    const padded = [...original, ...Array.from({ length: width - original.length }, () => '')];
    const status = msg(`check.status.${r.status}`)[lang];
    const explanation = [...r.problems.map((p) => p[lang]), ...r.causes.map((c) => c.message[lang])].join('\n');
    const line = ws.addRow([...padded, status, r.declaredTotal ?? '', r.recomputedTotal ?? '', r.difference ?? '', explanation]);
    if (r.status !== 'agrees') for (let c = width + 1; c <= width + 5; c++) line.getCell(c).fill = r.status === 'differs' ? red : grey;
    for (const c of r.comparisons.filter((x) => !x.agrees && x.kind !== 'total')) {
      const sub = ws.addRow([...Array.from({ length: width }, () => ''), c.label[lang], c.declared ?? '', c.recomputed ?? '', c.difference, [c.formula, c.citation].filter(Boolean).join(' — ')]);
      sub.getCell(width + 4).fill = red;
    }
  }
  const s = wb.addWorksheet(h.summary, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  s.addRow([h.unit, h.checked, h.agreeing, h.over, h.overSum, h.under, h.underSum, h.unbuilt]).font = { bold: true };
  for (const u of [...report.units, report.total]) {
    s.addRow([u === report.total ? h.all : u.unit ?? '', u.checked, u.agreeing, u.overPaid.count, Number(u.overPaid.sum), u.underPaid.count, Number(u.underPaid.sum), u.cannotRebuild]);
  }
  s.addRow([]);
  s.addRow([report.toleranceText[lang]]);
  s.addRow([report.verdict[lang]]).font = { bold: true };
}

/** Writes the review workbook beside `out` and renames it over `out` only when complete. */
export async function writeReviewWorkbook(out: string, rows: readonly CheckRow[], report: CheckReport, lang: Language): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  fillReviewWorkbook(wb, rows, report, lang);
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
}
