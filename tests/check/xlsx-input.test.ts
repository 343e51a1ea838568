import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPayoutList, type CheckRow } from '../../src/check/index.js';
import { xlsxGridFromBytes } from '../../src/io/grid/index.js';
import { fixtureRows } from './load.js';

/**
 * The same Defence I.2 list as tests/fixtures/check/defence-i2.csv, written as a workbook the way Excel stores
 * it (amounts as numbers, dates as dates): read by the #15 grid reader, it gives the same verdicts.
 */
describe('a payout list as XLSX', () => {
  it('typed cells (numbers, dates) read as the CSV text cells', async () => {
    const csv = await fixtureRows('defence-i2.csv');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('I.2');
    for (const row of csv) {
      ws.addRow((row.cells ?? []).map((c) => {
        const s = typeof c === 'string' ? c : '';
        if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
        const d = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
        return d ? new Date(Date.UTC(+d[3]!, +d[2]! - 1, +d[1]!)) : s;
      }));
    }
    ws.eachRow((r) => r.eachCell((c) => { if (c.value instanceof Date) c.numFmt = 'dd/mm/yyyy'; }));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const rows: CheckRow[] = [];
    for await (const r of xlsxGridFromBytes(bytes)) rows.push(r);
    const fromXlsx = checkPayoutList(rows);
    const fromCsv = checkPayoutList(csv);
    if (!fromXlsx.ok || !fromCsv.ok) throw new Error('layout');
    expect(fromXlsx.report.rows.map((r) => [r.name, r.status, r.difference, r.causes.map((c) => c.code)])).toEqual(
      fromCsv.report.rows.map((r) => [r.name, r.status, r.difference, r.causes.map((c) => c.code)]));
    expect(fromXlsx.report.total.underPaid.sum).toBe('233766000');
  });
  it('the checker imports no Node module (the offline web page runs it)', () => {
    const dir = resolve(import.meta.dirname, '../../src/check');
    for (const f of readdirSync(dir)) expect(readFileSync(resolve(dir, f), 'utf8'), f).not.toMatch(/from 'node:|require\(/);
  });
});
