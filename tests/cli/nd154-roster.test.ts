import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir, vnseInProcess } from './run-cli.js';

const roster = join(repoRoot, 'tests/fixtures/rosters/tinh-gian-154.csv');
type Line = { id: string; best: string | null; outcomes: { policy: string; eligible: boolean; total: string; excludedFromBest?: unknown; refusal?: { code: string }; items: { code: string; amount: string }[]; facts: Record<string, unknown> }[] };
const jsonl = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
const outcome = (l: Line, policy: string) => l.outcomes.find((o) => o.policy === policy)!;

/**
 * A Decree 154/2025 roster (tests/fixtures/rosters/tinh-gian-154.csv) with the new columns in Vietnamese. Amounts
 * derived by hand (the same cases as tests/sheets/nd154.test.ts and the part-time case of the engine's golden file):
 *
 * TG-01: male born 15/01/1966, 4.65 + 0.6, over-frame 5 %, public service 25 % (not in Decree 154's S), 396 months,
 *   leaving 01/10/2025: S = 5.25 × 2,340,000 × 1.05 = 12,899,250; 25 months early → 2.5 years:
 *   5 × S × 2.5 = 161,240,625; 33 insured years: 5 × S + 0.5 × S × 13 = 148,341,375; total 309,582,000.
 * TG-02: female born 02/04/1985, 3 + 0.3, 150 months, leaving 01/03/2026, 4 months of vocational training:
 *   S = 3.3 × 2,340,000 = 7,722,000; 4 × S = 30,888,000; 3 × S = 23,166,000; total 54,054,000.
 * TG-03: commune part-time worker: S = the allowance 3,744,000; N = 100 + 38 = 138 months = 11 years 6 months → 11.5;
 *   3 × S = 11,232,000; 1.5 × S × 11.5 = 64,584,000; total 75,816,000.
 */
describe('vnse assess on a Decree 154 roster (#16)', () => {
  it('JSONL: the Decree 154 outcomes (TG-02, TG-03 paid as best); the Decree 178 package shown but kept out of best', async () => {
    const r = await vnseInProcess(['assess', roster, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const [tg1, tg2, tg3] = jsonl(r.stdout);
    expect(tg1).toMatchObject({ id: 'TG-01' });
    expect(outcome(tg1!, 'nd154/early-retirement').total).toBe('309582000');
    expect(outcome(tg1!, 'nd154/early-retirement').items.map((i) => i.amount)).toEqual(['161240625', '148341375']);
    expect(outcome(tg1!, 'nd178/art7').excludedFromBest).toBeTruthy();
    expect(tg2).toMatchObject({ id: 'TG-02', best: 'nd154/resignation' });
    expect(outcome(tg2!, 'nd154/resignation').items.map((i) => [i.code, i.amount]).sort()).toEqual([['job-search-allowance', '23166000'], ['training-salary', '30888000']]);
    expect(outcome(tg2!, 'nd154/resignation').total).toBe('54054000');
    expect(tg3).toMatchObject({ id: 'TG-03', best: 'nd154/resignation' });
    expect(outcome(tg3!, 'nd154/resignation').total).toBe('75816000');
  });

  // D60: Art 8 is closed to a person eligible for Art 6, so TG-01 is paid early retirement (309,582,000), not the
  // 677,210,625 that Art 8 would give.
  it('TG-01 is eligible for early retirement, so Art 8 is refused and early retirement is paid (D60)', async () => {
    const r = await vnseInProcess(['assess', roster, '--format', 'jsonl']);
    const [tg1] = jsonl(r.stdout);
    expect(outcome(tg1!, 'nd154/resignation').refusal?.code).toBe('eligible-for-early-retirement');
    expect(tg1).toMatchObject({ best: 'nd154/early-retirement' });
  });

  it('CSV: training-salary has its own column, appended after the earlier item columns', async () => {
    const r = await vnseInProcess(['assess', roster, '--format', 'csv', '--lang', 'en']);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const headings = Object.keys(rows[0]!);
    expect(headings.indexOf('training-salary')).toBe(headings.indexOf('job-search-allowance') + 1);
    const tg2 = rows.find((x) => x.id === 'TG-02' && x.policy === 'nd154/resignation')!;
    expect(tg2).toMatchObject({ 'training-salary': '30888000', 'job-search-allowance': '23166000', total: '54054000', otherItems: '' });
  });

  it('XLSX: the payout list names Decree 154/2025 in its subtitle', async () => {
    const out = join(tempDir(), 'ds.xlsx');
    const r = await vnseInProcess(['assess', roster, '--format', 'xlsx', '--out', out]);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Danh sách chi trả')!;
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    // Only Decree 154 packages are paid in this list: the subtitle names that decree alone.
    expect(texts.find((t) => t.startsWith('(Căn cứ'))).toMatch(/^\(Căn cứ Nghị định 154\/2025\/NĐ-CP · quy định \S+\)$/);
  });
});
