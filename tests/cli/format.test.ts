import { describe, expect, it } from 'vitest';
import { groupThousands } from '../../src/cli/format/amount.js';
import { csvLine } from '../../src/cli/format/csv-line.js';
import { formatCitationVi } from '../../src/cli/format/citation-vi.js';
import { createProgress, summaryLine } from '../../src/cli/progress.js';
import { RunSummary } from '../../src/cli/run-summary.js';
import { Decimal } from '../../src/core/money.js';
import { sheetName, amountCell } from '../../src/cli/writers/xlsx-sheets.js';

describe('groupThousands', () => {
  it.each([
    ['0', '0'], ['999', '999'], ['1000', '1,000'], ['744778125', '744,778,125'],
    ['123456789012345678901234567890', '123,456,789,012,345,678,901,234,567,890'], ['0012', '12'], ['-1234', '-1,234'], ['12.5', '12.5'], ['', ''],
  ])('%s → %s', (amount, shown) => {
    expect(groupThousands(amount)).toBe(shown);
  });

  it('takes another separator', () => {
    expect(groupThousands('15356250', '.')).toBe('15.356.250');
  });
});

describe('csvLine', () => {
  it('quotes only what needs quoting', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', ' pad', ''])).toBe('a,"b,c","say ""hi""","two\nlines"," pad",\r\n');
  });
});

describe('progress on stderr', () => {
  it('is silent when stderr is not a terminal', () => {
    const written: string[] = [];
    const p = createProgress({ isTTY: false, write: (s: string) => written.push(s) }, 'vi', 2);
    for (let i = 1; i <= 10; i++) p.tick({ read: i, assessed: i, errors: 0 });
    p.done();
    expect(written).toEqual([]);
  });

  it('shows rows read, assessed and errors every N rows on a terminal, in Vietnamese by default, and clears the line at the end', () => {
    const written: string[] = [];
    const p = createProgress({ isTTY: true, write: (s: string) => written.push(s) }, 'vi', 1000);
    // Every 10th row is in error (i % 10 === 0): at 1,000 rows, 900 assessed and 100 errors.
    for (let i = 1; i <= 2500; i++) p.tick({ read: i, assessed: i - Math.floor(i / 10), errors: Math.floor(i / 10) });
    p.done();
    expect(written).toEqual(['\rvnse: đã đọc 1.000 dòng · đã xét 900 · lỗi 100…', '\rvnse: đã đọc 2.000 dòng · đã xét 1.800 · lỗi 200…', '\r\x1b[K']);
  });

  it('speaks English with --lang en', () => {
    const written: string[] = [];
    const p = createProgress({ isTTY: true, write: (s: string) => written.push(s) }, 'en', 2);
    p.tick({ read: 2, assessed: 1, errors: 1 });
    expect(written).toEqual(['\rvnse: 2 rows read · 1 assessed · 1 errors…']);
  });

  it('closes with one summary line: counts, people paid, the exact total, skipped rows, the output file', () => {
    const s = new RunSummary();
    s.cases = 3; s.assessed = 2; s.invalid = 1; s.withBest = 2; s.skippedBlank = 4; s.skippedTotal = 1;
    // 744,778,125 + 590,645,250 = 1,335,423,375 (two of the roster's totals)
    s.bestTotal = new Decimal('744778125').plus('590645250');
    expect(summaryLine(s, 'vi', 'ds.xlsx')).toBe('vnse: 3 hồ sơ: 2 đã xét, 1 không hợp lệ; 2 người được hưởng, tổng 1.335.423.375 đồng; bỏ qua 4 dòng trống, 1 dòng tổng cộng → ds.xlsx\n');
    expect(summaryLine(s, 'en', undefined)).toBe('vnse: 3 cases: 2 assessed, 1 invalid; 2 people entitled, total 1,335,423,375 VND; skipped 4 empty rows, 1 total rows\n');
  });
});

describe('workbook helpers', () => {
  it('names policy sheets within Excel limits, uniquely', () => {
    const taken = new Set<string>();
    expect(sheetName('nd178/art7a', taken)).toBe('NĐ178 Điều 7a');
    expect(sheetName('nd178/art7a', taken)).toBe('NĐ178 Điều 7a (2)');
    expect(sheetName('nd154/early-retirement', taken)).toBe('NĐ154 Nghỉ hưu trước tuổi');
    expect(sheetName('nd154/resignation', taken, 'en')).toBe('D154 Resignation');
    expect(sheetName('nq07/some:very*long?policy[code]/name', taken)).toBe('nq07-some-very-long-policy-code');
  });

  it('writes amounts as numbers only while Excel holds them exactly', () => {
    expect(amountCell('744778125')).toBe(744778125);
    expect(amountCell('9007199254740993')).toBe('9007199254740993');
  });

  it('cites in the form of the officer\'s list (issue #15, decision E11)', () => {
    expect(formatCitationVi({ doc: '178/2024/NĐ-CP', article: '7', clause: '1', point: 'a' })).toBe('Điều 7 khoản 1 điểm a Nghị định 178/2024/NĐ-CP');
    expect(formatCitationVi({ doc: '178/2024/NĐ-CP', article: '7', clause: '2', point: 'a', note: 'as amended by 67/2025/NĐ-CP' }))
      .toBe('Điều 7 khoản 2 điểm a Nghị định 178/2024/NĐ-CP (sửa đổi bởi Nghị định 67/2025/NĐ-CP)');
    expect(formatCitationVi({ doc: '178/2024/NĐ-CP', article: '5', note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' }))
      .toBe('Điều 5 Nghị định 178/2024/NĐ-CP (sửa đổi bởi Nghị định 67/2025/NĐ-CP Điều 1 khoản 11)');
    expect(formatCitationVi({ doc: '01/2025/TT-BNV', article: '3', note: 'Annex I', verified: false })).toBe('Điều 3 Thông tư 01/2025/TT-BNV (Annex I) [chưa đối chiếu văn bản]');
  });
});
