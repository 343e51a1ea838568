#!/usr/bin/env node
/**
 * File benchmarks (`npm run bench:files` builds first, then runs this). Never part of `npm test`.
 *
 *   node scripts/bench-files.mjs [--sizes 10000,100000,200000] [--dist DIR] [--only csv,xlsx,read]
 *
 * Writes a roster of N rows (the 16 people of examples/roster.csv repeated, ids made unique) as CSV, then
 * runs the built CLI as an officer would, once per size:
 *   - CSV in → CSV out   (`vnse assess roster.csv --out out.csv`)
 *   - CSV in → XLSX out  (`vnse assess roster.csv --out out.xlsx`, the streamed workbook)
 *   - XLSX in            (the "Danh sách" sheet of that workbook read back with exceljs's streaming reader:
 *                         the cost of reading an .xlsx of N rows, until the CLI reads .xlsx itself)
 * and reports wall time, user CPU time, rows per second and the child's peak RSS (/usr/bin/time -v). The
 * machine may be shared: the ratios (XLSX / CSV) are the figures to compare, not the absolute times.
 * `--only` runs some of the three (the ratio needs csv and xlsx; read needs xlsx).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000,200000' }, dist: { type: 'string', default: join(root, 'dist') }, only: { type: 'string', default: 'csv,xlsx,read' } } });
const only = new Set(values.only.split(','));
const sizes = values.sizes.split(',').map(Number);
const cli = join(values.dist, 'cli.js');
if (!existsSync(cli)) throw new Error(`${cli} not found: run npm run build first`);
const hasTime = existsSync('/usr/bin/time');

function roster(n) {
  const [header, ...people] = readFileSync(join(root, 'examples/roster.csv'), 'utf8').trimEnd().split('\n');
  const lines = [header];
  for (let i = 0; i < n; i++) {
    const row = people[i % people.length];
    lines.push(`B${String(i + 1).padStart(7, '0')}${row.slice(row.indexOf(','))}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs node with args; wall seconds, user CPU seconds and peak RSS in MB. */
function run(args) {
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-v', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 2) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  return { seconds, user: user ? Number(user[1]) : NaN, peakMb: kb ? Number(kb[1]) / 1024 : NaN };
}

const readXlsx = `
import ExcelJS from 'exceljs';
let rows = 0;
const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], { sharedStrings: 'cache', styles: 'ignore', worksheets: 'emit' });
for await (const sheet of reader) { for await (const row of sheet) rows++; break; }
process.stdout.write(String(rows));
`;

const dir = mkdtempSync(join(tmpdir(), 'vnse-bench-files-'));
const results = [];
try {
  for (const n of sizes) {
    const input = join(dir, `roster-${n}.csv`);
    writeFileSync(input, roster(n));
    const csv = only.has('csv') ? run([cli, 'assess', input, '--out', join(dir, `out-${n}.csv`)]) : undefined;
    const xlsxOut = join(dir, `out-${n}.xlsx`);
    const xlsx = only.has('xlsx') ? run([cli, 'assess', input, '--out', xlsxOut]) : undefined;
    const scriptPath = join(root, 'node_modules', '.bench-read-xlsx.mjs');
    let xlsxIn;
    if (xlsx && only.has('read')) {
      writeFileSync(scriptPath, readXlsx);
      try {
        xlsxIn = run([scriptPath, xlsxOut]);
      } finally {
        rmSync(scriptPath, { force: true });
      }
    }
    const row = { n, csv, xlsx, xlsxIn, xlsxMb: xlsx ? statSync(xlsxOut).size / 1e6 : NaN };
    results.push(row);
    const f = (r) => (r ? `${r.seconds.toFixed(1)} s (user ${r.user.toFixed(1)} s), ${Math.round(n / r.seconds).toLocaleString('en')} rows/s, peak ${r.peakMb.toFixed(0)} MB` : '—');
    const ratio = csv && xlsx ? `; ${(xlsx.seconds / csv.seconds).toFixed(2)}× CSV wall, ${(xlsx.user / csv.user).toFixed(2)}× user` : '';
    console.log(`${n.toLocaleString('en')} rows: CSV→CSV ${f(csv)} | CSV→XLSX ${f(xlsx)} (${row.xlsxMb.toFixed(1)} MB file${ratio}) | XLSX read ${f(xlsxIn)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
