import { spawn } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, o1, o1Csv, tempDir, vnse, vnseInProcess } from './run-cli.js';

/** Issue #13, "Data loss": an output never destroys an input or a previous output, and never looks complete when it is not. */
describe('--out naming an input is a usage error, and nothing is touched', () => {
  const dir = tempDir();
  const roster = join(dir, 'roster.csv');
  const talent = join(dir, 'talent.json');
  const nd179 = {
    id: 'T1', group: 'talent-in-civil-service', startDate: '2025-01-01',
    salaryHistory: [{ from: '2025-01-01', coefficient: '4.4' }],
  };
  const fresh = () => {
    writeFileSync(roster, `${o1Csv}\n`);
    writeFileSync(talent, JSON.stringify([nd179]));
  };
  mkdirSync(join(dir, 'sub'), { recursive: true });
  symlinkSync(roster, join(dir, 'link.csv'));
  writeFileSync(join(dir, 'hard-source.csv'), `${o1Csv}\n`);
  linkSync(join(dir, 'hard-source.csv'), join(dir, 'hard.csv'));

  it.each([
    ['the same path', ['assess', roster, '--out', roster]],
    ['a symbolic link to it', ['assess', roster, '--out', join(dir, 'link.csv')]],
    ['a ".." path', ['assess', roster, '--out', join(dir, 'sub', '..', 'roster.csv')]],
    ['-f xlsx --out the input', ['assess', roster, '-f', 'xlsx', '--out', roster]],
    ['-f json --out the input', ['assess', roster, '-f', 'json', '-o', roster]],
    ['the input through the link, out to the file', ['assess', join(dir, 'link.csv'), '--out', roster]],
    ['schedule179 --out its input', ['schedule179', talent, '--from', '2025-01-01', '--to', '2025-03-31', '--out', talent]],
  ])('%s', async (_name, args) => {
    fresh();
    const before = [readFileSync(roster, 'utf8'), readFileSync(talent, 'utf8')];
    const r = await vnseInProcess(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--out .* is the input/);
    expect(r.stderr).toMatch(/trùng với tệp đầu vào/);
    expect([readFileSync(roster, 'utf8'), readFileSync(talent, 'utf8')]).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a hard link to the input (same device and inode)', async () => {
    const r = await vnseInProcess(['assess', join(dir, 'hard-source.csv'), '--out', join(dir, 'hard.csv')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is the input/);
    expect(readFileSync(join(dir, 'hard-source.csv'), 'utf8')).toBe(`${o1Csv}\n`);
  });

  it('a different file beside the input is written as usual', async () => {
    fresh();
    const r = await vnseInProcess(['assess', roster, '--out', join(dir, 'result.json')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'))[0].id).toBe('O1');
  });
});

describe('atomic output: a failed run keeps the previous file and leaves no partial one', () => {
  const dir = tempDir();
  const out = join(dir, 'result.jsonl');
  const previous = 'the previous result\n';
  const tmpFiles = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
  // 50 cases, then a broken end of the array: an input error after every case was written.
  const truncated = `[${Array.from({ length: 50 }, (_, i) => JSON.stringify({ ...o1, id: `P${i}` })).join(',')},`;

  it.each(['jsonl', 'json', 'csv', 'table', 'xlsx'])('%s: the previous file is kept, no temporary file is left, stderr says so', async (format) => {
    const target = format === 'xlsx' ? join(dir, 'result.xlsx') : out;
    writeFileSync(target, previous);
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json', '-f', format, '--out', target], truncated);
    expect(r.status).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe(previous);
    expect(tmpFiles()).toEqual([]);
    expect(r.stderr).toContain(`${basename(target)}`);
    expect(r.stderr).toMatch(/not written.*kept|kept unchanged/);
    expect(r.stderr).toMatch(/giữ nguyên/);
  });

  it('a successful run replaces the previous file, through a temporary file beside it', async () => {
    writeFileSync(out, previous);
    const r = await vnseInProcess(['assess', '-', '--input-format', 'jsonl', '--out', out], JSON.stringify(o1));
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).id).toBe('O1');
    expect(tmpFiles()).toEqual([]);
  });

  it('an output reached through a symbolic link: the file it leads to is replaced, the link stays, its mode is kept', async () => {
    const real = join(dir, 'real.jsonl');
    const link = join(dir, 'link.jsonl');
    writeFileSync(real, previous);
    chmodSync(real, 0o640);
    symlinkSync(real, link);
    const r = await vnseInProcess(['assess', '-', '--input-format', 'jsonl', '--out', link], JSON.stringify(o1));
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).id).toBe('O1');
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(tmpFiles()).toEqual([]);
  });

  it.each(['jsonl', 'xlsx'])('%s: --out an existing directory fails before any input is read', async (format) => {
    const target = join(dir, `a-directory.${format}`);
    mkdirSync(target, { recursive: true });
    const r = await vnseInProcess(['assess', '-', '--input-format', 'jsonl', '-f', format, '--out', target], JSON.stringify(o1));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a-directory\.\w+: is a directory/);
    expect(tmpFiles()).toEqual([]);
  });

  it('an interrupted run (SIGINT) keeps the previous file and removes its temporary file', async () => {
    writeFileSync(out, previous);
    const child = spawn(process.execPath, [cliPath, 'assess', '-', '--input-format', 'jsonl', '--out', out], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.write(`${JSON.stringify(o1)}\n`);
    // Wait until the temporary file exists (the run is under way), then interrupt it.
    for (let i = 0; i < 200 && tmpFiles().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(tmpFiles()).toHaveLength(1);
    const status = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await status).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(readFileSync(out, 'utf8')).toBe(previous);
    expect(tmpFiles()).toEqual([]);
  });

  it('a run that fails before any output leaves no file at all where there was none', async () => {
    const target = join(dir, 'never.jsonl');
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json', '--out', target], '[{');
    expect(r.status).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(tmpFiles()).toEqual([]);
  });

  it('standard output: every entry before the fault is written (a CSV of 1,000 rows, then a broken quote)', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => o1Csv.split('\n')[1]!.replace(/^O1/, `R${i + 1}`));
    const csv = `${[o1Csv.split('\n')[0], ...rows].join('\n')}\n"BROKEN,male\n`;
    const r = await vnse(['assess', '-', '--input-format', 'csv', '-f', 'jsonl'], csv);
    expect(r.status).not.toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids.slice(0, 1000)).toEqual(rows.map((_, i) => `R${i + 1}`));
    expect(r.stderr).toMatch(/line 1002|row 1002/);
  });

  it('the same with --out: nothing replaces the previous file', async () => {
    writeFileSync(out, previous);
    const csv = `${o1Csv}\n"BROKEN,male\n`;
    const r = await vnse(['assess', '-', '--input-format', 'csv', '-f', 'jsonl', '--out', out], csv);
    expect(r.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(previous);
    expect(tmpFiles()).toEqual([]);
  });
});
