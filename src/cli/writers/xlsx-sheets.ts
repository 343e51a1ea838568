import type { Workbook, Worksheet } from 'exceljs';
import { amountInVietnameseWords } from '../../i18n/vietnamese-words.js';
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

const windowVi: Record<string, string> = { 'first-12-months': 'Trong 12 tháng đầu', 'from-13th-month': 'Từ tháng thứ 13' };
const yesNo = (b: boolean) => (b ? 'Có' : 'Không');

/** "nd178/art7a" → "NĐ178 Điều 7a"; other codes with the characters Excel forbids replaced; at most 31 characters, unique. */
export function sheetName(policy: string, taken: Set<string>): string {
  const m = /^nd(\d+)\/art(.+)$/.exec(policy);
  let base = (m ? `NĐ${m[1]} Điều ${m[2]}` : policy.replace(/[\\/?*[\]:]/g, '-')).slice(0, 31);
  if (base === '') base = 'Chế độ';
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
  const ws = wb.addWorksheet('Tổng hợp');
  heading(ws, 'TỔNG HỢP KẾT QUẢ TÍNH CHẾ ĐỘ, CHÍNH SÁCH', [
    'Căn cứ: Nghị định 178/2024/NĐ-CP, sửa đổi, bổ sung bởi Nghị định 67/2025/NĐ-CP',
    `Dữ liệu: ${meta.inputName} · Quy định: ${meta.rules} · Công cụ: ${meta.tool}`,
  ]);
  const counts: [string, number][] = [
    ['Số hồ sơ', summary.cases],
    ['Hồ sơ hợp lệ, đã xét', summary.assessed],
    ['Hồ sơ không hợp lệ (xem sheet "Lỗi dữ liệu")', summary.invalid],
    ['Có chế độ được hưởng', summary.withBest],
    ['Không đủ điều kiện chế độ nào', summary.assessed - summary.withBest],
  ];
  for (const [label, n] of counts) ws.addRow([label, n]);
  ws.addRow([]);
  headerRow(ws, ['Mã chế độ', 'Chế độ', 'Số hồ sơ xét', 'Đủ điều kiện', 'Không đủ điều kiện', 'Được hưởng (★)', 'Kinh phí được hưởng (đồng)', 'Tổng các phương án đủ điều kiện (đồng)'], [16, 60, 12, 12, 14, 14, 22, 24], false);
  const first = ws.rowCount + 1;
  for (const p of summary.policies.values()) {
    ws.addRow([p.policy, p.title.vi, p.assessed, p.eligible, p.refused, p.best, amountCell(p.bestTotal.toFixed(0)), amountCell(p.eligibleTotal.toFixed(0))]);
  }
  const total = ws.addRow(['Tổng cộng', '', '', '', '', summary.withBest, amountCell(summary.bestTotal.toFixed(0)), '']);
  total.font = { bold: true };
  formatAmountColumns(ws, [7, 8], first);
  ws.addRow([]);
  ws.addRow([`Bằng chữ: ${amountInVietnameseWords(summary.bestTotal.toFixed(0))}`]).font = { italic: true };
  ws.addRow([]);
  ws.addRow(['★ Chỉ được hưởng một chế độ: chế độ đủ điều kiện có tổng số tiền cao nhất (Điều 3 Nghị định 178/2024/NĐ-CP).']);
}

function peopleSheet(wb: Workbook, data: WorkbookData): void {
  const ws = wb.addWorksheet('Danh sách');
  heading(ws, 'DANH SÁCH CHẾ ĐỘ ĐƯỢC HƯỞNG', ['Mỗi người một dòng: chế độ đủ điều kiện có tổng cao nhất']);
  headerRow(ws, ['STT', 'Mã cán bộ', 'Chế độ được hưởng', 'Mã chế độ', 'Tổng số tiền (đồng)', 'Bằng chữ'], [6, 14, 60, 14, 20, 90]);
  const first = ws.rowCount + 1;
  for (const p of data.people) {
    ws.addRow([p.caseNumber, p.id, p.best ? p.bestTitle : 'Không đủ điều kiện chế độ nào', p.best ?? '', amountCell(p.total), p.best ? amountInVietnameseWords(p.total) : '']);
  }
  formatAmountColumns(ws, [5], first);
}

function policySheet(wb: Workbook, sheet: PolicySheetData, name: string): void {
  const ws = wb.addWorksheet(name);
  heading(ws, sheet.title.vi, [`Mã chế độ: ${sheet.policy} · ${sheet.title.en}`]);
  const codes = [...sheet.itemLabels.keys()];
  const headers = ['STT', 'Mã cán bộ', 'Đủ điều kiện', 'Được hưởng (★)', 'Lý do không đủ điều kiện', 'Tiền lương tháng hiện hưởng (đồng)', 'Nhóm', 'Số tháng nghỉ sớm', 'Khoảng thời gian nghỉ (12 tháng)'];
  const widths = [6, 14, 10, 10, 50, 18, 8, 10, 18];
  for (const code of codes) {
    const label = sheet.itemLabels.get(code)!;
    headers.push(`${label} (đồng)`, `Cách tính: ${label}`, `Căn cứ: ${label}`);
    widths.push(18, 28, 36);
  }
  headers.push('Tổng cộng (đồng)', 'Bằng chữ (chế độ được hưởng)');
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
    row.push(amountCell(l.total), l.best ? `Bằng chữ: ${amountInVietnameseWords(l.total)}` : '');
    ws.addRow(row);
  }
  const amountColumns = [6, ...codes.map((_, i) => 10 + i * 3), 10 + codes.length * 3];
  formatAmountColumns(ws, amountColumns, first);
}

function errorSheet(wb: Workbook, data: WorkbookData): void {
  const ws = wb.addWorksheet('Lỗi dữ liệu');
  heading(ws, 'HỒ SƠ KHÔNG HỢP LỆ', ['Các hồ sơ dưới đây chưa được xét; sửa dữ liệu theo từng lỗi rồi chạy lại']);
  headerRow(ws, ['STT hồ sơ', 'Mã cán bộ', 'Trường', 'Lỗi', 'Error (English)'], [10, 14, 24, 90, 90]);
  if (data.errors.length === 0) ws.addRow(['', '', '', 'Không có hồ sơ không hợp lệ.']);
  for (const e of data.errors) ws.addRow([e.caseNumber, e.id, e.path, e.vi, e.en]);
}

/** Fills the workbook: summary, list of people, one sheet per policy, invalid rows. */
export function fillWorkbook(wb: Workbook, data: WorkbookData, summary: RunSummary, meta: WorkbookMeta): void {
  wb.creator = meta.tool;
  summarySheet(wb, summary, meta);
  peopleSheet(wb, data);
  const taken = new Set(['tổng hợp', 'danh sách', 'lỗi dữ liệu']);
  for (const sheet of data.policies.values()) policySheet(wb, sheet, sheetName(sheet.policy, taken));
  errorSheet(wb, data);
}
