import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { assessMany } from '../../src/index.js';
import { csvColumns } from '../../src/cli/writers/csv-writer.js';
import { examples, o1, tempDir, vnse, vnseInProcess } from './run-cli.js';

const dir = tempDir();
const invalid = { ...o1, id: 'BAD', birthDate: '1970-02-31' };
const cases = [o1, invalid, { ...o1, id: 'O1-13', leaveDate: '2026-04-01' }];
const casesFile = join(dir, 'cases.json');
writeFileSync(casesFile, JSON.stringify(cases));

describe('vnse assess: outputs', () => {
  it('json (default): a streamed array equal to assessMany, entry for entry', async () => {
    const r = await vnseInProcess(['assess', casesFile]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify([...assessMany(cases)])));
  });

  it('json of an empty array is []', async () => {
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json'], '[]');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('jsonl: one compact entry per line', async () => {
    const r = await vnseInProcess(['assess', casesFile, '--format', 'jsonl']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify([...assessMany(cases)])));
  });

  it('csv --lang en: the contract column names; one row per outcome, item amounts in columns, one row per issue of an invalid case', async () => {
    const r = await vnseInProcess(['assess', casesFile, '--format', 'csv', '--lang', 'en']);
    expect(r.status).toBe(2);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    expect(rows.map((x) => [x.case, x.id, x.policy])).toEqual([
      ['1', 'O1', 'nd178/art7'], ['1', 'O1', 'nd178/art9'], ['2', 'BAD', ''], ['3', 'O1-13', 'nd178/art7'], ['3', 'O1-13', 'nd178/art9'],
      // O1-13 leaves after 1 Sep 2025: assessed under Decree 154 as well (docs/decree-154.md).
      ['3', 'O1-13', 'nd154/early-retirement'], ['3', 'O1-13', 'nd154/resignation'],
    ]);
    expect(rows[0]).toMatchObject({
      eligible: 'true', best: 'true', total: '744778125', band: 'A', monthsEarly: '30', window: 'first-12-months', monthlySalary: '15356250',
      'one-off-pension': '460687500', 'early-years-allowance': '191953125', 'insured-time-allowance': '92137500',
    });
    expect(rows[1]).toMatchObject({ eligible: 'false', best: 'false', total: '0', refusalCode: 'eligible-for-early-retirement' });
    expect(rows[1]!.refusalMessage).toMatch(/^Eligible for early retirement/);
    expect(rows[2]).toMatchObject({ issuePath: 'birthDate' });
    expect(rows[2]!.issueMessage).toMatch(/1970-02-31/);
    expect(rows[3]).toMatchObject({ window: 'from-13th-month' });
  });

  it('csv by default (decision E10): Vietnamese headings, one per contract column, and Vietnamese messages', async () => {
    const [vi, viFlag, en] = await Promise.all([
      vnseInProcess(['assess', casesFile, '--format', 'csv']),
      vnseInProcess(['assess', casesFile, '--format', 'csv', '--lang', 'vi']),
      vnseInProcess(['assess', casesFile, '--format', 'csv', '--lang', 'en']),
    ]);
    expect(viFlag.stdout).toBe(vi.stdout);
    const rows = parse(vi.stdout, { columns: true }) as Record<string, string>[];
    const headings = Object.keys(rows[0]!);
    expect(headings).toHaveLength(csvColumns.length);
    expect(headings.slice(0, 6)).toEqual(['STT hồ sơ', 'Mã cán bộ', 'Mã chế độ', 'Đủ điều kiện', 'Được hưởng', 'Tổng số tiền (đồng)']);
    expect(rows[0]).toMatchObject({ 'Mã cán bộ': 'O1', 'Tổng số tiền (đồng)': '744778125', 'Trợ cấp hưu trí một lần cho thời gian nghỉ sớm (đồng)': '460687500' });
    expect(rows[1]!['Lý do không đủ điều kiện']).toMatch(/^Đủ điều kiện nghỉ hưu trước tuổi/);
    // Only the heading line and the messages differ from --lang en: the values (codes, amounts) are the same.
    const body = (csv: string) => (parse(csv) as string[][]).slice(1).map((row) => row.filter((_, i) => i !== 7 && i !== csvColumns.length - 1));
    expect(body(vi.stdout)).toEqual(body(en.stdout));
  });

  it('table --lang en: each case, policies with totals or reasons, ★ on the best, amounts grouped, a summary', async () => {
    const r = await vnseInProcess(['assess', casesFile, '--format', 'table', '--lang', 'en']);
    expect(r.status).toBe(2);
    const lines = r.stdout.split('\n');
    const best = lines.find((l) => l.includes('★ nd178/art7'))!;
    expect(best).toMatch(/eligible\s+744,778,125\s+Early retirement/);
    expect(r.stdout).toMatch(/one-off-pension\s+460,687,500\s+15,356,250 × 1\.0 × 30\s+\[178\/2024\/NĐ-CP Art 7 cl\. 1 pt\. a\]/);
    expect(r.stdout).toMatch(/nd178\/art9\s+refused\s+—\s+eligible-for-early-retirement: /);
    expect(r.stdout).toMatch(/BAD\s+✗ invalid input\n\s+birthDate: /);
    expect(r.stdout).toMatch(/Cases: 3 · assessed 2 · invalid 1/);
    expect(r.stdout).toMatch(/Total to pay \(the ★ policy of each case\): [\d,]+ VND/);
    // The total column lines up with the item amounts.
    const item = lines.find((l) => l.includes('one-off-pension'))!;
    expect(best.indexOf('744,778,125') + '744,778,125'.length).toBe(item.indexOf('460,687,500') + '460,687,500'.length);
  });

  it('--out writes the file (format from its extension) and nothing to stdout', async () => {
    const out = join(dir, 'result.jsonl');
    const r = await vnseInProcess(['assess', join(examples, 'roster.jsonl'), '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['HN-101', 'HN-102', 'HN-103', 'HN-104']);
  });

  it('xlsx: a workbook with summary, list, one sheet per policy and errors, read back', async () => {
    const out = join(dir, 'ket-qua.xlsx');
    const roster = join(examples, 'roster-with-errors.csv');
    const [r, asJsonl] = await Promise.all([vnse(['assess', roster, '--format', 'xlsx', '--out', out]), vnseInProcess(['assess', roster, '--format', 'jsonl'])]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    // The expected counts come from the same run's JSON entries.
    const entries = asJsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { outcomes?: { policy: string; eligible: boolean }[]; best?: string | null });
    const art7 = entries.flatMap((e) => e.outcomes ?? []).filter((o) => o.policy === 'nd178/art7');
    const art7Best = entries.filter((e) => e.best === 'nd178/art7').length;
    const { default: ExcelJS } = (await import('exceljs')) as unknown as { default: typeof import('exceljs') };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 5)).toEqual(['Danh sách chi trả', 'Tổng hợp', 'Danh sách', 'Chi tiết', 'NĐ178 Điều 7']);
    expect(names).toEqual(expect.arrayContaining(['NĐ178 Điều 9', 'NĐ178 Điều 10', 'NĐ178 Điều 7a', 'NĐ178 Điều 7b']));
    expect(names.at(-1)).toBe('Lỗi dữ liệu');
    const values = (sheet: string) => {
      const rows: unknown[][] = [];
      wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const summary = values('Tổng hợp');
    expect(summary).toContainEqual(['Số hồ sơ', 18]);
    expect(summary).toContainEqual(['Hồ sơ không hợp lệ (xem sheet "Lỗi dữ liệu")', 2]);
    const eligible = art7.filter((o) => o.eligible).length;
    expect(summary.find((row) => row[0] === 'nd178/art7')?.slice(2, 6)).toEqual([art7.length, eligible, art7.length - eligible, art7Best]);
    expect(summary.some((row) => typeof row[0] === 'string' && row[0].startsWith('Bằng chữ: '))).toBe(true);

    const people = values('Danh sách');
    expect(people).toContainEqual([1, 2, 'HN-001', 'Nghỉ hưu trước tuổi (Điều 7 Nghị định 178)', 'nd178/art7', 744778125,
      'Bảy trăm bốn mươi bốn triệu bảy trăm bảy mươi tám nghìn một trăm hai mươi lăm đồng']);

    const art7Sheet = values('NĐ178 Điều 7');
    const header = art7Sheet.find((row) => row[0] === 'STT')!;
    expect(header).toEqual(expect.arrayContaining(['Mã cán bộ', 'Tổng cộng (đồng)', 'Trợ cấp hưu trí một lần cho thời gian nghỉ sớm (đồng)']));
    const hn001 = art7Sheet.find((row) => row.includes('HN-001'))!;
    const col = (name: string) => header.indexOf(name);
    expect(hn001[col('Tổng cộng (đồng)')]).toBe(744778125);
    expect(hn001[col('Trợ cấp hưu trí một lần cho thời gian nghỉ sớm (đồng)')]).toBe(460687500);
    expect(hn001[col('Cách tính: Trợ cấp hưu trí một lần cho thời gian nghỉ sớm')]).toBe('15,356,250 × 1.0 × 30');
    expect(hn001[col('Căn cứ: Trợ cấp hưu trí một lần cho thời gian nghỉ sớm')]).toBe('Điều 7 khoản 1 điểm a Nghị định 178/2024/NĐ-CP');
    expect(hn001[col('Bằng chữ (chế độ được hưởng)')]).toBe('Bằng chữ: Bảy trăm bốn mươi bốn triệu bảy trăm bảy mươi tám nghìn một trăm hai mươi lăm đồng');

    const errors = values('Lỗi dữ liệu');
    expect(errors.filter((row) => typeof row[0] === 'number').map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
      [17, 18, 'HN-017', 'birthDate'], [18, 19, 'HN-018', 'insuredMonths'],
    ]);
  });
});
