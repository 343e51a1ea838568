import type { Workbook, Worksheet } from 'exceljs';
import { amountInVietnameseWords } from '../../i18n/vietnamese-words.js';
import type { MessageVars } from '../../locales/index.js';
import { msg, type CliMessageKey } from '../../locales/cli.js';
import type { RunSummary } from '../run-summary.js';
import type { PolicySheetData, WorkbookData } from './xlsx-book.js';

export interface WorkbookMeta {
  readonly tool: string;
  readonly rules: string;
  readonly inputName: string;
}

const AMOUNT_FORMAT = '#,##0';
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An amount as a number cell when Excel can hold it exactly (so it can be summed), else as its text. */
export function amountCell(amount: string): number | string {
  if (!/^\d+$/.test(amount)) return amount;
  return BigInt(amount) <= MAX_SAFE ? Number(amount) : amount;
}

/** The workbook is in Vietnamese, for the HR office's file: each label is the Vietnamese half of a `cli.xlsx.*` message. */
const vi = (key: CliMessageKey, vars?: MessageVars) => msg(key, vars).vi;

const windowVi: Record<string, string> = { 'first-12-months': vi('cli.xlsx.window.first-12-months'), 'from-13th-month': vi('cli.xlsx.window.from-13th-month') };
const yesNo = (b: boolean) => (b ? vi('cli.xlsx.yes') : vi('cli.xlsx.no'));

/** "nd178/art7a" → "NĐ178 Điều 7a"; other codes with the characters Excel forbids replaced; at most 31 characters, unique. */
export function sheetName(policy: string, taken: Set<string>): string {
  const m = /^nd(\d+)\/art(.+)$/.exec(policy);
  let base = (m ? vi('cli.xlsx.policy-sheet', { decree: m[1]!, article: m[2]! }) : policy.replace(/[\\/?*[\]:]/g, '-')).slice(0, 31);
  if (base === '') base = vi('cli.xlsx.policy-sheet-fallback');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function heading(ws: Worksheet, title: string, subtitle: string[]): void {
  ws.addRow([title]).font = { bold: true, size: 14 };
  for (const s of subtitle) ws.addRow([s]).font = { italic: true };
  ws.addRow([]);
}

function headerRow(ws: Worksheet, headers: string[], widths: number[], freeze = true): void {
  const row = ws.addRow(headers);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (freeze) ws.views = [{ state: 'frozen', ySplit: row.number }];
}

function formatAmountColumns(ws: Worksheet, columns: number[], fromRow: number): void {
  for (const c of columns) {
    ws.getColumn(c).eachCell((cell, rowNumber) => {
      if (rowNumber >= fromRow) cell.numFmt = AMOUNT_FORMAT;
    });
  }
}

function summarySheet(wb: Workbook, summary: RunSummary, meta: WorkbookMeta): void {
  const ws = wb.addWorksheet(vi('cli.xlsx.summary.sheet'));
  heading(ws, vi('cli.xlsx.summary.title'), [
    vi('cli.xlsx.summary.basis'),
    vi('cli.xlsx.summary.run', { input: meta.inputName, rules: meta.rules, tool: meta.tool }),
  ]);
  const counts: [string, number][] = [
    [vi('cli.xlsx.summary.cases'), summary.cases],
    [vi('cli.xlsx.summary.assessed'), summary.assessed],
    [vi('cli.xlsx.summary.invalid'), summary.invalid],
    [vi('cli.xlsx.summary.with-best'), summary.withBest],
    [vi('cli.xlsx.summary.without-best'), summary.assessed - summary.withBest],
  ];
  for (const [label, n] of counts) ws.addRow([label, n]);
  ws.addRow([]);
  headerRow(ws, [vi('cli.xlsx.column.policy-code'), vi('cli.xlsx.column.policy'), vi('cli.xlsx.column.assessed'), vi('cli.xlsx.column.eligible'), vi('cli.xlsx.column.not-eligible'), vi('cli.xlsx.column.paid'), vi('cli.xlsx.column.paid-amount'), vi('cli.xlsx.column.eligible-amount')], [16, 60, 12, 12, 14, 14, 22, 24], false);
  const first = ws.rowCount + 1;
  for (const p of summary.policies.values()) {
    ws.addRow([p.policy, p.title.vi, p.assessed, p.eligible, p.refused, p.best, amountCell(p.bestTotal.toFixed(0)), amountCell(p.eligibleTotal.toFixed(0))]);
  }
  const total = ws.addRow([vi('cli.xlsx.total'), '', '', '', '', summary.withBest, amountCell(summary.bestTotal.toFixed(0)), '']);
  total.font = { bold: true };
  formatAmountColumns(ws, [7, 8], first);
  ws.addRow([]);
  ws.addRow([vi('cli.xlsx.in-words', { words: amountInVietnameseWords(summary.bestTotal.toFixed(0)) })]).font = { italic: true };
  ws.addRow([]);
  ws.addRow([vi('cli.xlsx.summary.only-one')]);
}

function peopleSheet(wb: Workbook, data: WorkbookData): void {
  const ws = wb.addWorksheet(vi('cli.xlsx.people.sheet'));
  heading(ws, vi('cli.xlsx.people.title'), [vi('cli.xlsx.people.subtitle')]);
  headerRow(ws, [vi('cli.xlsx.column.number'), vi('cli.xlsx.column.id'), vi('cli.xlsx.column.policy-paid'), vi('cli.xlsx.column.policy-code'), vi('cli.xlsx.column.total'), vi('cli.xlsx.column.in-words')], [6, 14, 60, 14, 20, 90]);
  const first = ws.rowCount + 1;
  for (const p of data.people) {
    ws.addRow([p.caseNumber, p.id, p.best ? p.bestTitle : vi('cli.xlsx.summary.without-best'), p.best ?? '', amountCell(p.total), p.best ? amountInVietnameseWords(p.total) : '']);
  }
  formatAmountColumns(ws, [5], first);
}

function policySheet(wb: Workbook, sheet: PolicySheetData, name: string): void {
  const ws = wb.addWorksheet(name);
  heading(ws, sheet.title.vi, [vi('cli.xlsx.policy.subtitle', { policy: sheet.policy, title: sheet.title.en })]);
  const codes = [...sheet.itemLabels.keys()];
  const headers = [
    vi('cli.xlsx.column.number'), vi('cli.xlsx.column.id'), vi('cli.xlsx.column.eligible'), vi('cli.xlsx.column.paid'), vi('cli.xlsx.column.refusal'),
    vi('cli.xlsx.column.monthly-salary'), vi('cli.xlsx.column.band'), vi('cli.xlsx.column.months-early'), vi('cli.xlsx.column.window'),
  ];
  const widths = [6, 14, 10, 10, 50, 18, 8, 10, 18];
  for (const code of codes) {
    const label = sheet.itemLabels.get(code)!;
    headers.push(vi('cli.xlsx.column.item-amount', { label }), vi('cli.xlsx.column.item-formula', { label }), vi('cli.xlsx.column.item-citation', { label }));
    widths.push(18, 28, 36);
  }
  headers.push(vi('cli.xlsx.column.grand-total'), vi('cli.xlsx.column.paid-in-words'));
  widths.push(18, 80);
  headerRow(ws, headers, widths);
  const first = ws.rowCount + 1;
  for (const l of sheet.lines) {
    const row: (string | number)[] = [
      l.caseNumber, l.id, yesNo(l.eligible), l.best ? '★' : '', l.refusal,
      l.monthlySalary === '' ? '' : amountCell(l.monthlySalary), l.band, l.monthsEarly === '' ? '' : Number(l.monthsEarly), windowVi[l.window] ?? l.window,
    ];
    for (const code of codes) {
      const item = l.items.get(code);
      row.push(item ? amountCell(item.amount) : '', item?.formula ?? '', item?.citation ?? '');
    }
    row.push(amountCell(l.total), l.best ? vi('cli.xlsx.in-words', { words: amountInVietnameseWords(l.total) }) : '');
    ws.addRow(row);
  }
  const amountColumns = [6, ...codes.map((_, i) => 10 + i * 3), 10 + codes.length * 3];
  formatAmountColumns(ws, amountColumns, first);
}

function errorSheet(wb: Workbook, data: WorkbookData): void {
  const ws = wb.addWorksheet(vi('cli.xlsx.errors.sheet'));
  heading(ws, vi('cli.xlsx.errors.title'), [vi('cli.xlsx.errors.subtitle')]);
  headerRow(ws, [vi('cli.xlsx.column.case-number'), vi('cli.xlsx.column.id'), vi('cli.xlsx.column.field'), vi('cli.xlsx.column.error'), vi('cli.xlsx.column.error-english')], [10, 14, 24, 90, 90]);
  if (data.errors.length === 0) ws.addRow(['', '', '', vi('cli.xlsx.errors.none')]);
  for (const e of data.errors) ws.addRow([e.caseNumber, e.id, e.path, e.vi, e.en]);
}

/** Fills the workbook: summary, list of people, one sheet per policy, invalid rows. */
export function fillWorkbook(wb: Workbook, data: WorkbookData, summary: RunSummary, meta: WorkbookMeta): void {
  wb.creator = meta.tool;
  summarySheet(wb, summary, meta);
  peopleSheet(wb, data);
  const taken = new Set([vi('cli.xlsx.summary.sheet'), vi('cli.xlsx.people.sheet'), vi('cli.xlsx.errors.sheet')].map((n) => n.toLowerCase()));
  for (const sheet of data.policies.values()) policySheet(wb, sheet, sheetName(sheet.policy, taken));
  errorSheet(wb, data);
}
