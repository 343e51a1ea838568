import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/cli/format/csv-line.js';
import { escapeControls } from '../../src/cli/format/terminal-text.js';
import { o1, tempDir, vnse, vnseInProcess } from './run-cli.js';

/** Issue #13, "Security": what reaches a spreadsheet or a terminal from an input is text, never a formula or a command. */
const dangerous = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://x","y")'];

describe('CSV injection (OWASP): cells beginning with = + - @ tab or CR are neutralised', () => {
  it.each(dangerous)('csvCell(%j) starts with a single quote and is quoted', (text) => {
    const cell = csvCell(text);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(parse(`${cell}\r\n`)).toEqual([[`'${text}`]]);
  });

  it('plain numbers, negative ones included, stay numbers; other text is as before', () => {
    expect(['0', '744778125', '-5', '-12.5', '1.0', 'HN-001', 'a,b'].map(csvCell)).toEqual(['0', '744778125', '-5', '-12.5', '1.0', 'HN-001', '"a,b"']);
  });

  it('assess -f csv: an id "=1+1" is written as the text \'=1+1, the amounts as numbers', async () => {
    const cases = dangerous.map((id) => ({ ...o1, id }));
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json', '-f', 'csv', '--lang', 'en'], JSON.stringify(cases));
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const ids = new Set(rows.map((x) => x.id));
    for (const id of dangerous) expect(ids.has(`'${id}`) || rows.some((x) => x.id === '' && x.issueMessage !== '')).toBe(true);
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+@\t\r]/);
    expect(rows.find((x) => x.id === "'=1+1" && x.best === 'true')?.total).toBe('744778125');
  });

  it('schedule179 -f csv: the same for its ids', async () => {
    const talent = JSON.parse(readFileSync('examples/talent.json', 'utf8')) as { id: string }[];
    const r = await vnseInProcess(['schedule179', '-', '--input-format', 'json', '--from', '2025-01-01', '--to', '2025-01-31', '-f', 'csv'],
      JSON.stringify([{ ...talent[0], id: '=cmd|"/c calc"!A0' }]));
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.id).toBe('\'=cmd|"/c calc"!A0');
  });

  it('xlsx stays safe: an id "=1+1" is a text cell, not a formula', async () => {
    const out = join(tempDir(), 'ids.xlsx');
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json', '-f', 'xlsx', '--out', out], JSON.stringify([{ ...o1, id: '=1+1' }]));
    expect(r.status).toBe(0);
    const { default: ExcelJS } = (await import('exceljs')) as unknown as { default: typeof import('exceljs') };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: { value: unknown; type: number; formula: unknown }[] = [];
    wb.getWorksheet('Danh sách')!.eachRow((row) => row.eachCell((c) => {
      if (c.value === '=1+1' || (typeof c.value === 'object' && c.value !== null)) cells.push({ value: c.value, type: c.type, formula: c.formula });
    }));
    expect(cells).toEqual([{ value: '=1+1', type: ExcelJS.ValueType.String, formula: undefined }]);
  });
});

describe('terminal escape codes never reach table output raw', () => {
  it('escapeControls: C0, DEL, C1 and bidirectional overrides become visible text; line breaks and tabs of the layout stay', () => {
    expect(escapeControls('a\u001b]0;pwned\u0007b\u007f\u009b2J\u202e\nc\td')).toBe('a\\x1b]0;pwned\\x07b\\x7f\\x9b2J\\u202e\nc\td');
  });

  it.each(['assess', 'schedule179'])('%s -f table: an id with ESC sequences is shown escaped', async (command) => {
    const id = '\u001b]0;pwned\u0007\u001b[2J\u001b[1;1HTotal: 0 VND\u009b31m';
    const input = command === 'assess'
      ? JSON.stringify([{ ...o1, id }])
      : JSON.stringify([{ ...(JSON.parse(readFileSync('examples/talent.json', 'utf8')) as object[])[0], id }]);
    const args = command === 'assess' ? ['assess', '-', '--input-format', 'json', '-f', 'table'] : ['schedule179', '-', '--input-format', 'json', '--from', '2025-01-01', '--to', '2025-01-31', '-f', 'table'];
    const r = await vnseInProcess(args, input);
    // eslint-disable-next-line no-control-regex
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toMatch(/\\x1b/);
  });

  it('error messages on stderr are escaped too', async () => {
    const r = await vnseInProcess(['assess', 'no-such-\u001b[2J.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no-such-\\x1b[2J.csv');
  });
});

describe('small: repeated flags, a test run with nothing tested, compare -f', () => {
  it.each([
    [['assess', 'examples/roster.jsonl', '-f', 'csv', '-f', 'json']],
    [['assess', 'examples/roster.jsonl', '--format', 'csv', '-f', 'json']],
    [['schedule179', 'examples/talent.json', '--from', '2025-01-01', '--to', '2025-01-31', '-f', 'csv', '--format', 'json']],
    [['compare', 'examples/roster.jsonl', '--original', '-f', 'json', '-f', 'table']],
    [['test', 'tests/testing/cases', '--format', 'json', '--format', 'text']],
  ])('%j: a repeated format is a usage error', async (args) => {
    const r = await vnseInProcess(args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--format is given twice/);
  });

  it('vnse test on a file with no cases: exit 1, nothing was tested', async () => {
    const file = join(tempDir(), 'empty.json');
    writeFileSync(file, JSON.stringify({ cases: [] }));
    const r = await vnseInProcess(['test', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no case was tested/);
  });

  it('vnse compare -f json (and -f jsonl, one difference per line)', async () => {
    const [json, jsonl] = await Promise.all([
      vnseInProcess(['compare', 'examples/roster.jsonl', '--original', '-f', 'json']),
      vnseInProcess(['compare', 'examples/roster.jsonl', '--original', '-f', 'jsonl']),
    ]);
    expect(json.status).toBe(0);
    const all = JSON.parse(json.stdout) as unknown[];
    expect(jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(all);
    const help = await vnse(['compare', '--help']);
    expect(help.stdout).toMatch(/-f, --format <table\|json\|jsonl>/);
  });
});
