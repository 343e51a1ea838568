import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessMany } from '../../src/index.js';
import type { RecordSource } from '../../src/cli/readers/case-record.js';
import { RunSummary } from '../../src/cli/run-summary.js';
import { parseListDate, readListHeader } from '../../src/cli/list-header.js';
import { csvWriter } from '../../src/cli/writers/csv-writer.js';
import { xlsxWriter } from '../../src/cli/writers/xlsx-writer.js';
import { o1, tempDir, vnseInProcess } from './run-cli.js';
import { writeXlsxList } from './xlsx-list.js';
import { sheetCells, zipEntries } from './zip-entries.js';

/**
 * The payout list an officer prints and signs (issue #15), written by the xlsx writer from records that carry
 * their row and extra columns (as the CSV/XLSX readers give them), and read back with an independent zip
 * reader (Node's zlib), never with exceljs itself.
 */
describe('xlsx payout list, read back without exceljs', () => {
  // Two copies of O1 (MoHA 1814 worked example: 744,778,125 each) around an invalid row.
  const cases = [{ ...o1, id: 'HN-001' }, { ...o1, id: 'HN-002', birthDate: '1970-02-31' }, { ...o1, id: 'HN-003' }];
  const sources: RecordSource[] = [
    { row: 5, extras: [{ heading: 'Họ và tên', value: 'Nguyễn Văn An' }, { heading: 'Đơn vị', value: 'Phòng Tổ chức' }] },
    { row: 6, extras: [{ heading: 'Họ và tên', value: 'Trần Thị Bình' }, { heading: 'Đơn vị', value: 'Phòng Tài chính' }] },
    { row: 8, extras: [{ heading: 'Họ và tên', value: 'Lê Văn Cường' }, { heading: 'Đơn vị', value: 'Văn phòng' }] },
  ];

  async function write(header: Parameters<typeof xlsxWriter>[1]['header']) {
    const dir = tempDir();
    const out = join(dir, 'danh-sach.xlsx');
    await writeXlsxList(out, { header }, cases, sources);
    return { dir, files: zipEntries(out) };
  }

  it('prints on A4 landscape, one page wide, the heading row repeated; totals, words and signatures in place', async () => {
    const { dir, files } = await write({ agency: ['UBND TỈNH HÀ NAM', 'SỞ NỘI VỤ'], title: undefined, place: 'Hà Nam', date: parseListDate('--date', '5/6/2025') });
    // No spool or temporary file is left beside the list.
    expect(readdirSync(dir)).toEqual(['danh-sach.xlsx']);

    const book = files.get('xl/workbook.xml')!;
    const sheetNames = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheetNames.slice(0, 4)).toEqual(['Danh sách chi trả', 'Tổng hợp', 'Danh sách', 'Chi tiết']);
    expect(sheetNames.at(-1)).toBe('Lỗi dữ liệu');
    // Rows 1–2 agency, 3 blank, 4 title, 5 subtitle, 6 blank, 7 the heading row.
    expect(book).toMatch(/<definedName name="_xlnm\.Print_Titles" localSheetId="0">&apos;Danh sách chi trả&apos;!\$7:\$7<\/definedName>/);

    const list = files.get('xl/worksheets/sheet1.xml')!;
    expect(list).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    const setup = /<pageSetup [^>]*\/>/.exec(list)![0];
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="landscape"/);
    expect(setup).toMatch(/fitToWidth="1"/);
    expect(setup).toMatch(/fitToHeight="0"/);

    const cells = sheetCells(list);
    const v = (a: string) => cells.get(a)?.value;
    expect([v('A1'), v('A2'), v('A4')]).toEqual(['UBND TỈNH HÀ NAM', 'SỞ NỘI VỤ', 'DANH SÁCH CHI TRẢ CHẾ ĐỘ, CHÍNH SÁCH']);
    // Columns: STT, row in the file, code, the carried columns as headed in the file, policy, code, amount, signature.
    expect(['A7', 'B7', 'C7', 'D7', 'E7', 'F7', 'G7', 'H7', 'I7'].map(v)).toEqual([
      'STT', 'Dòng trong tệp', 'Mã cán bộ', 'Họ và tên', 'Đơn vị', 'Chế độ được hưởng', 'Mã chế độ', 'Số tiền (đồng)', 'Ký nhận',
    ]);
    // STT without gaps: the invalid row 6 is not on the list.
    expect(['A8', 'B8', 'C8', 'D8', 'H8'].map(v)).toEqual(['1', '5', 'HN-001', 'Nguyễn Văn An', '744778125']);
    expect(['A9', 'B9', 'C9', 'D9', 'H9'].map(v)).toEqual(['2', '8', 'HN-003', 'Lê Văn Cường', '744778125']);
    // The total: 2 × 744,778,125 = 1,489,556,250, as a SUM with its exact value cached.
    expect(v('A10')).toBe('Tổng cộng (2 người)');
    expect(cells.get('H10')).toEqual({ value: '1489556250', formula: 'SUM(H8:H9)' });
    expect(v('A11')).toBe('Bằng chữ: Một tỷ bốn trăm tám mươi chín triệu năm trăm năm mươi sáu nghìn hai trăm năm mươi đồng');
    // Signatures: three blocks of three columns (A–C, D–F, G–I); place and date above the head of the unit.
    expect(v('G13')).toBe('Hà Nam, ngày 05 tháng 06 năm 2025');
    expect([v('A14'), v('D14'), v('G14')]).toEqual(['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'THỦ TRƯỞNG ĐƠN VỊ']);
    expect([v('A15'), v('D15'), v('G15')]).toEqual(['(Ký, ghi rõ họ tên)', '(Ký, ghi rõ họ tên)', '(Ký, ghi rõ họ tên, đóng dấu)']);
    // Thousands separators on the amounts; borders on the table.
    const styles = files.get('xl/styles.xml')!;
    // "#,##0" is Excel's built-in number format 3 (ECMA-376 §18.8.30), so it is referenced, not spelled out.
    expect(styles).toMatch(/<xf [^>]*numFmtId="3"/);
    expect(styles).toMatch(/<border><left style="thin"\/><right style="thin"\/><top style="thin"\/><bottom style="thin"\/>/);
  });

  it('leaves place and date blank to fill by hand when not given (never today\'s date)', async () => {
    const { files } = await write({ agency: [], title: 'DANH SÁCH CHI TRẢ THÁNG 6/2025', place: undefined, date: undefined });
    const cells = sheetCells(files.get('xl/worksheets/sheet1.xml')!);
    // No agency: 1 title, 2 subtitle, 3 blank, 4 heading, 5–6 rows, 7 total, 8 words, 9 blank, 10 place and date.
    expect(cells.get('A1')?.value).toBe('DANH SÁCH CHI TRẢ THÁNG 6/2025');
    expect(cells.get('G10')?.value).toBe('……………, ngày …… tháng …… năm ……');
  });

  it('details every item paid with formula and citation, and lists the rows that could not be assessed with their row', async () => {
    const { files } = await write({ agency: [], title: undefined, place: undefined, date: undefined });
    const book = files.get('xl/workbook.xml')!;
    const ids = [...book.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"/g)];
    const rels = files.get('xl/_rels/workbook.xml.rels')!;
    const sheetXml = (name: string) => {
      const rid = ids.find((m) => m[1] === name)![2];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
      return files.get(`xl/${target[1] ?? target[2]}`)!;
    };
    const detail = [...sheetCells(sheetXml('Chi tiết')).values()].map((c) => c.value);
    expect(detail).toContain('Điều 7 khoản 1 điểm a Nghị định 178/2024/NĐ-CP');
    expect(detail).toContain('15,356,250 × 1.0 × 30');
    // The three items of O1: 460,687,500 + 191,953,125 + 92,137,500 = 744,778,125.
    expect(detail.filter((x) => ['460687500', '191953125', '92137500'].includes(x))).toHaveLength(6);
    const errors = [...sheetCells(sheetXml('Lỗi dữ liệu')).entries()];
    const rowOf = (text: string) => errors.find(([, c]) => c.value === text)?.[0].replace(/^[A-Z]+/, '');
    const r = rowOf('HN-002')!;
    const row = errors.filter(([a]) => a.replace(/^[A-Z]+/, '') === r).map(([, c]) => c.value);
    expect(row.slice(0, 5)).toEqual(['2', '6', 'HN-002', 'Trần Thị Bình', 'Phòng Tài chính']);
    expect(row[5]).toBe('birthDate');
  });
});

describe('output file names and the closing line', () => {
  it.each(['ds.xls', 'ds.XLS', 'ket-qua.pdf', 'ket-qua'])('--out %s is a usage error (exit 1) and writes nothing', async (name) => {
    const dir = tempDir();
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json', '--out', join(dir, name)], JSON.stringify([o1]));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(name.toLowerCase().endsWith('.xls') ? /not the old \.xls format; name the file \.xlsx/ : /unknown output kind/);
    expect(existsSync(join(dir, name))).toBe(false);
  });

  it('-f xlsx --out ds.xls is refused too: Excel would not open it', async () => {
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json', '-f', 'xlsx', '--out', join(tempDir(), 'ds.xls')], JSON.stringify([o1]));
    expect(r.status).toBe(1);
  });

  it('writing to --out ends with one summary line on stderr, in Vietnamese by default and English with --lang en', async () => {
    const dir = tempDir();
    const input = JSON.stringify([o1]);
    const vi = await vnseInProcess(['assess', '-', '--input-format', 'json', '--out', join(dir, 'a.csv')], input);
    expect(vi.stderr).toBe(`vnse: 1 hồ sơ: 1 đã xét, 0 không hợp lệ; 1 người được hưởng, tổng 744.778.125 đồng → ${join(dir, 'a.csv')}\n`);
    const en = await vnseInProcess(['assess', '-', '--input-format', 'json', '--out', join(dir, 'b.csv'), '--lang', 'en'], input);
    expect(en.stderr).toBe(`vnse: 1 cases: 1 assessed, 0 invalid; 1 people entitled, total 744,778,125 VND → ${join(dir, 'b.csv')}\n`);
  });

  it('--date must be a calendar date as dd/mm/yyyy; --header reads the same fields from a file', async () => {
    const bad = await vnseInProcess(['assess', '-', '--input-format', 'json', '--out', join(tempDir(), 'a.xlsx'), '--date', '31/02/2025'], JSON.stringify([o1]));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--date: expected a date as dd\/mm\/yyyy; got "31\/02\/2025"/);
    expect(() => parseListDate('--date', '2025-06-05')).toThrow(/dd\/mm\/yyyy/);
    expect(parseListDate('--date', '29/02/2024')).toEqual({ day: '29', month: '02', year: '2024' });
    const file = join(tempDir(), 'header.json');
    writeFileSync(file, JSON.stringify({ agency: ['UBND TỈNH HÀ NAM', 'SỞ NỘI VỤ'], title: 'DANH SÁCH A', place: 'Hà Nam', date: '15/06/2025' }));
    expect(await readListHeader({ place: 'Phủ Lý' }, file)).toEqual({
      agency: ['UBND TỈNH HÀ NAM', 'SỞ NỘI VỤ'], title: 'DANH SÁCH A', place: 'Phủ Lý', date: { day: '15', month: '06', year: '2025' },
    });
    writeFileSync(file, JSON.stringify({ agencies: 'x' }));
    await expect(readListHeader({}, file)).rejects.toThrow(/unknown field agencies/);
  });
});

describe('csv and table carry the row and the extra columns beside each result', () => {
  it('csv: row and carried columns right after the id, headed as in the file', async () => {
    const chunks: string[] = [];
    const sink = { write: async (t: string) => void chunks.push(t), close: async () => {}, abort: async () => {} };
    const writer = csvWriter(sink, 'vi');
    const [entry] = [...assessMany([{ ...o1, id: 'HN-001' }])];
    await writer.write(entry!, 1, { row: 5, extras: [{ heading: 'Họ và tên', value: 'Nguyễn Văn An' }, { heading: 'Ghi chú', value: '' }] });
    await writer.end(new RunSummary());
    const [head, first] = chunks.join('').split('\n');
    expect(head!.split(',').slice(0, 6)).toEqual(['STT hồ sơ', 'Dòng trong tệp', 'Mã cán bộ', 'Họ và tên', 'Ghi chú', 'Mã chế độ']);
    expect(first!.split(',').slice(0, 6)).toEqual(['1', '5', 'HN-001', 'Nguyễn Văn An', '', 'nd178/art7']);
  });

});
