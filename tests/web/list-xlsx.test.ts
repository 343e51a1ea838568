import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedStrings, sheetCells, zipEntries } from '../cli/zip-entries.js';
import { artifacts, pageSession, root } from './browser.js';

/**
 * Workbooks in the offline page (issue #18): a roster dropped as .xlsx is read in the XLSX worker, the
 * signed-list workbook is built in the browser and downloaded, a payout list dropped as .xlsx is checked, and
 * what-if values apply to the whole list. The downloaded workbook is read back with Node's zlib
 * (tests/cli/zip-entries.ts), not with exceljs.
 *
 * Every person is the MoHA Official Letter 1814 example (golden case "O1-a11" without its Art 11 fields):
 * S = (4.65 + 0.6) × 2,340,000 × 1.25 = 15,356,250; Art 7 = S × 48.5 = 744,778,125. Three of them:
 * 3 × 744,778,125 = 2,234,334,375.
 */
const O1_TOTAL = 744_778_125;

const session = pageSession();
let page: Page;
beforeAll(() => {
  page = session.page;
});
const open = (url?: string) => session.open(url);

/**
 * A provincial office's workbook: two title rows and a blank one, Vietnamese headings in row 4, real date
 * cells, a percentage cell, three O1 people (rows 5, 6, 8), a person whose gender reads "X" (row 7), a
 * "Tổng cộng" row and formatted empty rows below.
 */
async function rosterWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS nghỉ việc');
  ws.getCell('A1').value = 'UBND TỈNH HÒA BÌNH MẪU';
  ws.getCell('A2').value = 'DANH SÁCH ĐỀ NGHỊ GIẢI QUYẾT CHÍNH SÁCH THEO NGHỊ ĐỊNH 178/2024/NĐ-CP';
  ws.addRow([]);
  ws.addRow(['STT', 'Mã cán bộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Đối tượng', 'Hệ số lương', 'Hệ số PCCV', 'Phụ cấp công vụ', 'Số tháng đóng BHXH', 'Ngày quyết định sắp xếp có hiệu lực', 'Ngày nghỉ']);
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const person = (n: number, id: string, name: string, gender: string) => {
    const row = ws.addRow([n, id, name, gender, day(1966, 1, 15), 'Công chức', 4.65, 0.6, 0.25, 264, day(2025, 3, 1), day(2025, 5, 1)]);
    for (const c of [5, 11, 12]) row.getCell(c).numFmt = 'dd/mm/yyyy';
    row.getCell(9).numFmt = '0%';
  };
  person(1, 'CB-0001', 'Nguyễn Văn An', 'Nam');
  person(2, 'CB-0002', 'Trần Văn Bình', 'Nam');
  person(3, 'CB-BAD', 'Người lỗi', 'X');
  person(4, 'CB-0004', 'Lê Văn Cường', 'Nam');
  ws.addRow(['', 'Tổng cộng']);
  for (let i = 0; i < 3; i++) ws.addRow([]).getCell(1).style = { border: { top: { style: 'thin' } } };
  await wb.xlsx.writeFile(file);
}

async function dropList(file: string): Promise<void> {
  await page.setInputFiles('#list-file', file);
  await page.waitForSelector('#list-result[data-state="done"]', { timeout: 60_000 });
}

describe('workbooks in the offline page (real Chromium, file://)', () => {
  const roster = join(artifacts, 'roster.xlsx');

  it('drops a roster workbook, assesses it in the XLSX worker and downloads the signed list as XLSX', async () => {
    await rosterWorkbook(roster);
    await open();
    await dropList(roster);
    // 4 people (rows 5–8), the total row and the 3 formatted empty rows skipped.
    expect(await page.textContent('.list-summary')).toBe('4 người: 3 đã tính, 1 bị từ chối; 4 dòng không phải người (trống, dòng cộng).');
    const row = (id: string) => page.locator('#list-result tbody tr', { hasText: id });
    expect(await row('CB-0001').locator('td >> nth=4').textContent()).toBe('744,778,125');
    expect(await row('CB-0001').locator('td >> nth=0').textContent()).toBe('5');
    expect(await row('CB-BAD').locator('td >> nth=0').textContent()).toBe('7');
    expect(await row('CB-BAD').locator('td >> nth=5').textContent()).toMatch(/gender/);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#list-xlsx')]);
    expect(download.suggestedFilename()).toBe('roster-chi-tra.xlsx');
    const saved = join(artifacts, 'roster-chi-tra.xlsx');
    await download.saveAs(saved);
    await page.locator('#list-view').screenshot({ path: join(artifacts, 'list-xlsx.png') });

    const files = zipEntries(saved);
    const shared = sharedStrings(files.get('xl/sharedStrings.xml'));
    const book = files.get('xl/workbook.xml')!;
    const sheetNames = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheetNames.slice(0, 4)).toEqual(['Danh sách chi trả', 'Tổng hợp', 'Danh sách', 'Chi tiết']);
    expect(sheetNames.at(-1)).toBe('Lỗi dữ liệu');
    // Rows: 1 title, 2 subtitle, 3 blank, 4 the heading row, repeated on every printed page.
    expect(book).toMatch(/<definedName name="_xlnm\.Print_Titles" localSheetId="0">&apos;Danh sách chi trả&apos;!\$4:\$4<\/definedName>/);
    const list = files.get('xl/worksheets/sheet1.xml')!;
    const setup = /<pageSetup [^>]*\/>/.exec(list)![0];
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="landscape"/);
    expect(setup).toMatch(/fitToWidth="1"/);

    const cells = sheetCells(list, shared);
    const v = (a: string) => cells.get(a)?.value;
    expect(v('A1')).toBe('DANH SÁCH CHI TRẢ CHẾ ĐỘ, CHÍNH SÁCH');
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4', 'G4', 'H4'].map(v)).toEqual(['STT', 'Dòng trong tệp', 'Mã cán bộ', 'Họ và tên', 'Chế độ được hưởng', 'Mã chế độ', 'Số tiền (đồng)', 'Ký nhận']);
    // STT without gaps, each person with the row Excel shows and the name carried from the file.
    expect(['A5', 'B5', 'C5', 'D5', 'F5', 'G5'].map(v)).toEqual(['1', '5', 'CB-0001', 'Nguyễn Văn An', 'nd178/art7', String(O1_TOTAL)]);
    expect(['A6', 'B6', 'C6', 'D6', 'G6'].map(v)).toEqual(['2', '6', 'CB-0002', 'Trần Văn Bình', String(O1_TOTAL)]);
    expect(['A7', 'B7', 'C7', 'D7', 'G7'].map(v)).toEqual(['3', '8', 'CB-0004', 'Lê Văn Cường', String(O1_TOTAL)]);
    expect(v('A8')).toBe('Tổng cộng (3 người)');
    expect(cells.get('G8')).toEqual({ value: '2234334375', formula: 'SUM(G5:G7)' });
    // 2,234,334,375 read by hand: hai tỷ / hai trăm ba mươi bốn triệu / ba trăm ba mươi bốn nghìn / ba trăm bảy mươi lăm.
    expect(v('A9')).toBe('Bằng chữ: Hai tỷ hai trăm ba mươi bốn triệu ba trăm ba mươi bốn nghìn ba trăm bảy mươi lăm đồng');
    const texts = [...cells.values()].map((c) => c.value);
    for (const s of ['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, ghi rõ họ tên, đóng dấu)']) expect(texts).toContain(s);

    // The rejected person is on the errors sheet with the row Excel shows, never on the list.
    const errorsSheet = `xl/worksheets/sheet${sheetNames.length}.xml`;
    const errors = [...sheetCells(files.get(errorsSheet)!, shared).values()].map((c) => c.value);
    expect(errors).toContain('CB-BAD');
    expect(errors).toContain('7');
    expect(texts).not.toContain('CB-BAD');
  });

  it('applies what-if values to the whole list: each person and the list show the difference', async () => {
    await open();
    // Base salary 2,600,000 instead of 2,340,000 from 2024-07-01: S = 5.25 × 2,600,000 × 1.25 = 17,062,500;
    // S × 48.5 = 827,531,250, 82,753,125 more per person; for three: 2,482,593,750, 248,259,375 more.
    await page.fill('#list-parameters', '{"baseSalary": {"2024-07-01": "2600000"}}');
    await dropList(roster);
    const row = page.locator('#list-result tbody tr', { hasText: 'CB-0001' });
    expect(await row.locator('td >> nth=4').textContent()).toBe('827,531,250');
    expect(await row.locator('td >> nth=5').textContent()).toBe('744,778,125');
    expect(await row.locator('td >> nth=6').textContent()).toBe('82,753,125');
    expect(await page.textContent('.list-whatif')).toBe('Tổng số được chi theo pháp luật: 2,234,334,375 đồng; theo giả định: 2,482,593,750 đồng; chênh lệch: 248,259,375 đồng.');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#list-csv')]);
    const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFrow,id,status,best,total,reasons,law-best,law-total,difference');
    expect(lines[1]).toBe('5,CB-0001,assessed,nd178/art7,827531250,,nd178/art7,744778125,82753125');
    await page.locator('#list-view').screenshot({ path: join(artifacts, 'list-what-if.png') });
    // Unreadable what-if values refuse the list once, in the field, not row by row. The same file chosen
    // again runs again (the file input is emptied after each run).
    await page.fill('#list-parameters', '{"baseSalary": ');
    await page.setInputFiles('#list-file', roster);
    await page.waitForSelector('#list-result .error');
    expect(await page.textContent('#list-parameters-err')).toMatch(/^Không đọc được JSON/);
    await page.fill('#list-parameters', '');
  });

  it('checks a payout list dropped as a workbook, as it checks the same list in CSV', async () => {
    // tests/fixtures/check/defence-i1.csv written cell for cell into a workbook (texts as typed).
    const rows = parse(readFileSync(join(root, 'tests/fixtures/check/defence-i1.csv'), 'utf8'), { bom: true, relaxColumnCount: true }) as string[][];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục I.1');
    for (const r of rows) ws.addRow(r);
    const file = join(artifacts, 'defence-i1.xlsx');
    await wb.xlsx.writeFile(file);
    await open();
    await page.setInputFiles('#check-file', file);
    await page.waitForSelector('#check-result[data-state="done"] table', { timeout: 60_000 });
    const row = (name: string) => page.locator('#check-result tbody tr', { hasText: name });
    // The differences derived in page.test.ts for the CSV form of this list.
    expect(await row('Nguyễn Văn An').getAttribute('data-status')).toBe('agrees');
    expect(await row('Trần Văn Bình').locator('td >> nth=6').textContent()).toBe('6,084,000');
    expect(await row('Lê Văn Cường').locator('td >> nth=6').textContent()).toBe('360,915,750');
    expect(await row('Phạm Văn Dũng').getAttribute('data-status')).toBe('cannot-rebuild');
  });

  it('refuses an old .xls workbook with what to do, in Vietnamese', async () => {
    await open();
    await dropList(join(root, 'tests/fixtures/rosters/danh-sach-cu.xls'));
    expect(await page.textContent('#list-result .error')).toMatch(/lưu lại dưới dạng \.xlsx/);
  });

  it('made no network request and logged no error', () => {
    expect(session.browser.network).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
