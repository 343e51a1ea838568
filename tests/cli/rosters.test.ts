import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessStream } from '../../src/cli/assess-stream.js';
import { openInput } from '../../src/cli/input-source.js';
import { readCases } from '../../src/cli/read-cases.js';
import type { RecordSource } from '../../src/cli/readers/case-record.js';
import type { Entry } from '../../src/cli/run-summary.js';
import { repoRoot, tempDir, vnseInProcess } from './run-cli.js';
import { Readable } from 'node:stream';

const rosters = join(repoRoot, 'tests/fixtures/rosters');
const jsonl = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; best?: string; error?: { issues: { path: string; message: string }[] }; outcomes?: { policy: string; total: string; items: { code: string; amount: string }[]; facts: Record<string, unknown> }[] });

/**
 * CB-0001 of the provincial roster is golden case O1 (tests/golden/cases/examples-md.json; MoHA Official
 * Letter 1814/BNV-TCBC): male, born 15/01/1966, civil servant, coefficient 4.65, leadership 0.6, public
 * service 25 %, 264 insured months, restructuring 01/03/2025, leaving 01/05/2025. S = (4.65 + 0.6) ×
 * 2,340,000 × 1.25 = 15,356,250; items 460,687,500 + 191,953,125 + 92,137,500 = 744,778,125.
 */
const O1_TOTAL = '744778125';
/** CB-0002: S = (4.98 + 0.3) × 2,340,000 × 1.25 = 12,355,200 × 1.25 = 15,444,000 (hand arithmetic). */
const CB2_SALARY = '15444000';

async function run(path: string, roster = {}) {
  const input = await openInput(path, path.endsWith('.xlsx') ? 'xlsx' : 'csv', Readable.from([]));
  const written: { entry: Entry; source?: RecordSource }[] = [];
  const writer = { write: async (entry: Entry, _n: number, source?: RecordSource) => void written.push({ entry, source }), end: async () => {}, abort: async () => {} };
  const summary = await assessStream(readCases(input, roster), {}, writer, { tick: () => {}, done: () => {} });
  return { summary, written };
}

async function provincialWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS nghỉ việc');
  ws.getCell('A1').value = 'UBND TỈNH HÒA BÌNH MẪU';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'DANH SÁCH ĐỀ NGHỊ GIẢI QUYẾT CHÍNH SÁCH THEO NGHỊ ĐỊNH 178/2024/NĐ-CP';
  ws.addRow([]);
  ws.addRow(['STT', 'Mã cán bộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Đối tượng', 'Hệ số lương', 'Hệ số PCCV', 'Phụ cấp công vụ', 'Số tháng đóng BHXH', 'Ngày quyết định sắp xếp có hiệu lực', 'Ngày nghỉ']);
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const row = ws.addRow([1, 'CB-0001', 'Nguyễn Văn An', 'Nam', day(1966, 1, 15), 'Công chức', 4.65, 0.6, 0.25, 264, day(2025, 3, 1), day(2025, 5, 1)]);
  for (const c of [5, 11, 12]) row.getCell(c).numFmt = 'dd/mm/yyyy';
  row.getCell(9).numFmt = '0%';
  ws.addRow([2, 1023, 'Trần Thị Bình', 'Nữ', '10/03/1972', 'Công chức', 4.98, 0.3, 0.25, 372, '01/02/2025', '01/06/2025']).getCell(9).numFmt = '0%';
  ws.addRow(['', 'Tổng cộng']);
  for (let i = 0; i < 5; i++) ws.addRow([]).getCell(1).style = { border: { top: { style: 'thin' } } };
  await wb.xlsx.writeFile(file);
}

describe('vnse assess on real-looking HR rosters (#15)', () => {
  it('a provincial roster (";", BOM, CRLF, title rows, STT, Vietnamese headings and values): 3 assessed, 3 blank and 1 total row skipped', async () => {
    const { summary, written } = await run(join(rosters, 'so-noi-vu-tinh.csv'));
    expect({ cases: summary.cases, assessed: summary.assessed, invalid: summary.invalid, blank: summary.skippedBlank, total: summary.skippedTotal }).toEqual({ cases: 3, assessed: 3, invalid: 0, blank: 3, total: 1 });
    expect(written.map((w) => w.source?.row)).toEqual([6, 7, 8]);
    expect(written[0]!.source!.extras.map((e) => e.heading)).toEqual(['Họ và tên', 'Đơn vị', 'Chức vụ', 'Ghi chú']);
    const r = await vnseInProcess(['assess', join(rosters, 'so-noi-vu-tinh.csv'), '--format', 'jsonl']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('vnse: The column headings are on row 5\n');
    const [cb1, cb2, cb3] = jsonl(r.stdout);
    expect(cb1).toMatchObject({ id: 'CB-0001', best: 'nd178/art7' });
    const art7 = cb1!.outcomes!.find((o) => o.policy === 'nd178/art7')!;
    expect(art7.total).toBe(O1_TOTAL);
    expect(art7.items.map((i) => i.amount)).toEqual(['460687500', '191953125', '92137500']);
    expect(cb2!.outcomes![0]!.facts.monthlySalary).toBe(CB2_SALARY);
    expect(cb3!.outcomes![0]!.facts.monthlySalary).toBe('15444000'); // "15.444.000" as written in the file
  });

  it('a roster with each usual mistake: 6 rows read, 1 assessed, 5 rejected each with its named cell, the total row skipped', async () => {
    const { summary, written } = await run(join(rosters, 'loi-thuong-gap.csv'));
    expect({ cases: summary.cases, assessed: summary.assessed, invalid: summary.invalid, blank: summary.skippedBlank, total: summary.skippedTotal }).toEqual({ cases: 6, assessed: 1, invalid: 5, blank: 0, total: 1 });
    const r = await vnseInProcess(['assess', join(rosters, 'loi-thuong-gap.csv'), '--format', 'jsonl', '--lang', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('vnse: Dòng tiêu đề cột là hàng 2\nvnse: Các cột sau không phải trường dữ liệu nào; được giữ nguyên và đưa ra bên cạnh kết quả: "Số tài khoản"\n');
    const entries = jsonl(r.stdout);
    expect(entries.map((e) => [e.id, e.error ? e.error.issues.map((i) => i.path) : 'ok'])).toEqual([
      ['K-01', ['salary.coefficient']], ['K-02', ['leaveDate']], ['K-03', ['gender']], ['K-04', 'ok'], ['K-04', ['id']], ['K-06', ['staffType']],
    ]);
    expect(entries[4]!.error!.issues[0]!.message).toMatch(/Row 7, column B "Mã cán bộ": code "K-04" is already on row 6/);
  });

  it('--allow-duplicates lets a person listed twice through (both rows assessed)', async () => {
    const r = await vnseInProcess(['assess', join(rosters, 'loi-thuong-gap.csv'), '--format', 'jsonl', '--allow-duplicates']);
    expect(jsonl(r.stdout).filter((e) => e.id === 'K-04').map((e) => e.error === undefined)).toEqual([true, true]);
  });

  it('a tab-separated list is read with the same headings', async () => {
    const r = await vnseInProcess(['assess', join(rosters, 'phong-giao-duc.tsv'), '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const [, vc2] = jsonl(r.stdout);
    expect(vc2!.outcomes!.find((o) => o.policy === 'nd178/art7')!.total).toBe(O1_TOTAL); // VC-02 has O1's inputs
  });

  it('an XLSX workbook is read directly: typed dates and numbers, a percent cell, a numeric code, total and formatted rows', async () => {
    const file = join(tempDir(), 'danh-sach.xlsx');
    await provincialWorkbook(file);
    const { summary, written } = await run(file);
    expect({ cases: summary.cases, assessed: summary.assessed, blank: summary.skippedBlank, total: summary.skippedTotal }).toEqual({ cases: 2, assessed: 2, blank: 5, total: 1 }); // 5 rows with only a border
    expect(written.map((w) => w.source?.row)).toEqual([5, 6]);
    const r = await vnseInProcess(['assess', file, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const [cb1, cb2] = jsonl(r.stdout);
    expect(cb1!.outcomes!.find((o) => o.policy === 'nd178/art7')!.total).toBe(O1_TOTAL);
    expect(cb2).toMatchObject({ id: '1023' });
    expect(cb2!.outcomes![0]!.facts.monthlySalary).toBe(CB2_SALARY);
  });

  it('an .xls file is a usage error saying to save it as .xlsx, in English and Vietnamese', async () => {
    const r = await vnseInProcess(['assess', join(rosters, 'danh-sach-cu.xls')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/danh-sach-cu\.xls: a \.xls file \(Excel 97–2003\) cannot be read; .*Save As.*"Excel Workbook \(\*\.xlsx\)".* \/ tệp \.xls .*Lưu thành/);
  });

  it('a file that is not a workbook, named .xlsx, is an input error (exit 1), not a crash', async () => {
    const file = join(tempDir(), 'not-really.xlsx');
    writeFileSync(file, 'Mã cán bộ;Giới tính\nA;Nam\n');
    const r = await vnseInProcess(['assess', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a readable XLSX workbook/);
  });
});
