import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvGrid, sniffDelimiter, type GridRow } from '../../src/io/grid/index.js';
import { numberText, xlsxGridFromBytes, xlsxGridFromStream } from '../../src/io/grid/xlsx-grid.js';
import { Readable } from 'node:stream';

async function* chunksOf(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

async function rows(source: AsyncIterable<GridRow>): Promise<GridRow[]> {
  const out: GridRow[] = [];
  for await (const r of source) out.push(r);
  return out;
}

describe('sniffDelimiter', () => {
  it('picks the semicolon of a Vietnamese Excel export even with decimal commas in the rows', () => {
    expect(sniffDelimiter('UBND TỈNH;;;\nSTT;Mã CB;Hệ số lương;Ngày sinh\n1;CB01;4,65;01/02/1970\n')).toBe(';');
  });
  it('picks a tab, a comma, and a comma for a single column', () => {
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(sniffDelimiter('id,gender,"a;b"\n')).toBe(',');
    expect(sniffDelimiter('id\nA1\n')).toBe(',');
  });
  it('ignores separators inside quotes and obeys an Excel "sep=" line', () => {
    expect(sniffDelimiter('"a;b;c;d",x\n')).toBe(',');
    expect(sniffDelimiter('sep=;\na,b,c\n')).toBe(';');
  });
});

describe('csvGrid', () => {
  it('reads a BOM, CRLF, quotes and keeps the row numbers Excel shows', async () => {
    const got = await rows(csvGrid(chunksOf('\uFEFFTiêu đề;;\r\n', '\r\nSTT;"Họ ', 'và tên";Ghi chú\r\n1;"Nguyễn\r\nVăn A";x\r\n2;B;"có ""ngoặc"""\r\n')));
    expect(got).toEqual([
      { row: 1, cells: ['Tiêu đề', '', ''] },
      { row: 2, cells: [''] },
      { row: 3, cells: ['STT', 'Họ và tên', 'Ghi chú'] },
      { row: 4, cells: ['1', 'Nguyễn\r\nVăn A', 'x'] },
      { row: 5, cells: ['2', 'B', 'có "ngoặc"'] },
    ]);
  });
  it('skips an Excel "sep=" line but still counts it as row 1', async () => {
    const got = await rows(csvGrid(chunksOf('sep=;\nid;gender\nA;Nam\n')));
    expect(got).toEqual([{ row: 2, cells: ['id', 'gender'] }, { row: 3, cells: ['A', 'Nam'] }]);
  });
  it('reads tab-separated text and a forced separator', async () => {
    expect(await rows(csvGrid(chunksOf('a\tb\n1\t2')))).toEqual([{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['1', '2'] }]);
    expect(await rows(csvGrid(chunksOf('a;b,c\n'), { delimiter: ',' }))).toEqual([{ row: 1, cells: ['a;b', 'c'] }]);
  });
  it('throws a GridSyntaxError for an unclosed quote, after the rows before it', async () => {
    const seen: GridRow[] = [];
    await expect(async () => {
      for await (const r of csvGrid(chunksOf('a,b\n1,"x\n'))) seen.push(r);
    }).rejects.toThrow(/not closed/);
    expect(seen).toEqual([{ row: 1, cells: ['a', 'b'] }]);
  });
});

describe('numberText', () => {
  it('writes what Excel shows: 15 significant digits, no exponent', () => {
    expect(numberText(4.65)).toBe('4.65');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(15444000)).toBe('15444000');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
  });
});

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getCell('A1').value = 'UBND TỈNH MẪU';
  ws.getCell('A3').value = 'STT';
  ws.getCell('B3').value = { richText: [{ text: 'Mã ' }, { text: 'CB' }] };
  ws.getCell('C3').value = 'Hệ số lương';
  ws.getCell('D3').value = 'Ngày sinh';
  ws.getCell('E3').value = 'Phụ cấp công vụ';
  ws.getCell('A4').value = 1;
  ws.getCell('B4').value = 'CB001';
  ws.getCell('C4').value = 4.65;
  ws.getCell('D4').value = new Date(Date.UTC(1970, 1, 1));
  ws.getCell('D4').numFmt = 'dd/mm/yyyy';
  ws.getCell('E4').value = 0.25;
  ws.getCell('E4').numFmt = '0%';
  ws.getCell('C5').value = { formula: 'C4*2', result: 9.3 };
  ws.getCell('A7').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } };
  wb.addWorksheet('Khác').getCell('A1').value = 'ignored';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const expected: GridRow[] = [
  { row: 1, cells: ['UBND TỈNH MẪU'] },
  { row: 3, cells: ['STT', 'Mã CB', 'Hệ số lương', 'Ngày sinh', 'Phụ cấp công vụ'] },
  { row: 4, cells: [{ kind: 'number', text: '1', percent: false }, 'CB001', { kind: 'number', text: '4.65', percent: false }, { kind: 'date', iso: '1970-02-01' }, { kind: 'number', text: '0.25', percent: true }] },
  { row: 5, cells: ['', '', { kind: 'number', text: '9.3', percent: false }] },
];

describe('xlsx grid (exceljs, first worksheet)', () => {
  it('reads a workbook held in memory: typed numbers, dates as calendar days, percent formats, formulas by result', async () => {
    const got = (await rows(xlsxGridFromBytes(await workbookBytes()))).filter((r) => r.cells === null || r.cells.length > 0);
    expect(got).toEqual(expected);
  });
  it('streams the same rows from a Node stream', async () => {
    const got = (await rows(xlsxGridFromStream(Readable.from([Buffer.from(await workbookBytes())])))).filter((r) => r.cells === null || r.cells.length > 0);
    expect(got).toEqual(expected);
  });
  it('both readers hand on the same rows, formatting-only rows included (counted as blank, never lost)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['id', 'gender']);
    ws.addRow(['CB-1', 'Nam']);
    for (let i = 0; i < 3; i++) ws.addRow([]).getCell(1).style = { border: { top: { style: 'thin' } } };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const inMemory = await rows(xlsxGridFromBytes(bytes));
    const streamed = await rows(xlsxGridFromStream(Readable.from([Buffer.from(bytes)])));
    expect(inMemory).toEqual(streamed);
    expect(inMemory.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(inMemory.slice(2).map((r) => r.cells)).toEqual([[], [], []]);
  });
  it('refuses bytes that are not a workbook', async () => {
    await expect(rows(xlsxGridFromBytes(new TextEncoder().encode('id,gender\n')))).rejects.toThrow(/not a readable XLSX workbook/);
  });
});

describe('src/io runs in a browser', () => {
  it('imports nothing from Node and never reads the clock (the web page shares it, issue #18)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../src/io');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const text = readFileSync(join(root, f), 'utf8');
      expect(text, f).not.toMatch(/from ['"](node:|fs|path|stream|os|buffer)['"/]/);
      expect(text, f).not.toMatch(/\bBuffer\.|\bprocess\.|new Date\(\)|Date\.now/);
    }
  });
});
