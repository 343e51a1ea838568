import { join, resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xlsxGridFromBytes } from '../../src/io/grid/index.js';
import { repoRoot, tempDir, vnseInProcess } from './run-cli.js';

const fixture = (name: string) => resolve(repoRoot, 'tests/fixtures/check', name);

describe('vnse check', () => {
  it('table in Vietnamese by default; exit 2 when rows cannot be rebuilt', async () => {
    const r = await vnseInProcess(['check', fixture('defence-i1.csv')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Dòng 8 [Phòng Tham mưu] Trần Văn Bình — nd178/art7: CHÊNH LỆCH');
    expect(r.stdout).toContain('Làm tròn sai số tháng lẻ');
    expect(r.stdout).toContain('Dòng 12, monthlySalary (cột 9): thiếu dữ liệu');
  });
  it('exit 3 when rows differ (all rebuilt); JSON for systems; English table', async () => {
    const json = await vnseInProcess(['check', fixture('defence-i2.csv'), '--format', 'json']);
    expect(json.status).toBe(3);
    const report = JSON.parse(json.stdout);
    expect(report.total.underPaid).toEqual({ count: 1, sum: '233766000' });
    const en = await vnseInProcess(['check', fixture('defence-i2.csv'), '--lang', 'en']);
    expect(en.stdout).toContain('Wrong window');
  });
  it('exit 0 when every row agrees (here within a tolerance of 3,839,062 đồng, reported as such)', async () => {
    const r = await vnseInProcess(['check', fixture('defence-i3.csv'), '--tolerance', '3839062']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Sai số chấp nhận: 3.839.062 đồng mỗi khoản');
  });
  it('a mapping file for a civilian sheet', async () => {
    const r = await vnseInProcess(['check', fixture('civilian-sheet.csv'), '--mapping', fixture('civilian-mapping.json'), '-f', 'json']);
    expect(JSON.parse(r.stdout).layout).toBe('mapping');
  });
  it('an XLSX review workbook: original columns, then declared / recomputed / difference / explanation, and a summary', async () => {
    const out = join(tempDir(), 'review.xlsx');
    const r = await vnseInProcess(['check', fixture('defence-i2.csv'), '--format', 'xlsx', '--out', out]);
    expect(r.status).toBe(3);
    const rows: string[][] = [];
    for await (const row of xlsxGridFromBytes(readFileSync(out))) rows.push((row.cells ?? []).map((c) => (typeof c === 'string' ? c : c.kind === 'number' ? c.text : '')));
    expect(rows[0]!.slice(-5)).toEqual(['Kết quả', 'Thực tế (kê khai)', 'Tính lại', 'Chênh lệch', 'Giải thích']);
    expect(rows.some((r) => r.includes('511363125') && r.includes('745129125'))).toBe(true);
  });
  it.each([['vi', []], ['en', ['--lang', 'en']]] as const)('the library\'s own CSV output (%s headings), checked against its cases (--cases): a planted 1-đồng error is found', async (_lang, langArgs) => {
    // HN-001 (examples/roster.csv): Art 7 total 744,778,125 and one-off 460,687,500 = 15,356,250 × 1.0 × 30
    // (tests/golden/cases/examples-md.json); the list is made to declare one đồng more on both.
    const dir = tempDir();
    const out = join(dir, 'assessed.csv');
    expect((await vnseInProcess(['assess', resolve(repoRoot, 'examples/roster.csv'), '--format', 'csv', ...langArgs, '--out', out])).status).toBe(0);
    const text = readFileSync(out, 'utf8');
    const planted = text.replace(/^(1,2,HN-001,nd178\/art7,true,true,)744778125(,.*?,)460687500,/m, '$1744778126$2460687501,');
    expect(planted).not.toBe(text);
    writeFileSync(out, planted);
    const r = await vnseInProcess(['check', out, '--cases', resolve(repoRoot, 'examples/roster.csv'), '-f', 'json']);
    expect(r.status).toBe(3);
    const report = JSON.parse(r.stdout);
    expect(report.layout).toBe('library-output');
    const differing = report.rows.filter((row: { status: string }) => row.status !== 'agrees');
    expect(differing.map((row: { name: string; policy: string; difference: string }) => [row.name, row.policy, row.difference])).toEqual([['HN-001', 'nd178/art7', '1']]);
    const without = await vnseInProcess(['check', out, '-f', 'json']);
    expect(without.status).toBe(2);
  });
  it('usage errors exit 1', async () => {
    expect((await vnseInProcess(['check'])).status).toBe(1);
    expect((await vnseInProcess(['check', fixture('defence-i1.csv'), '--format', 'xlsx'])).status).toBe(1);
    expect((await vnseInProcess(['check', fixture('defence-i1.csv'), '--tolerance', '1.5'])).status).toBe(1);
  });
});
