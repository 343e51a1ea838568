import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCases } from '../../src/cli/read-cases.js';
import { MAX_CSV_CELLS, MAX_RECORD_CHARS } from '../../src/cli/readers/limits.js';
import { textLines } from '../../src/cli/readers/text-lines.js';
import { o1, o1Csv, tempDir, vnse, vnseInProcess } from './run-cli.js';

/** Issue #13, "Data loss" on reading: encodings, line endings, sizes. */
async function* from(chunks: readonly string[]): AsyncGenerator<string> {
  yield* chunks;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const jsonl = (r: { stdout: string }) => r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: { issues: { path: string; message: string }[] } });

describe('invalid UTF-8 (a Latin-1 or Windows-1258 file) is refused, never read as "�"', () => {
  const dir = tempDir();
  // "Nguyễn" cannot be written in Latin-1; "Đ" is 0xD0 in Windows-1258 and "é" 0xE9 in Latin-1: both invalid UTF-8 here.
  const latin1 = Buffer.concat([Buffer.from('id,gender\nA1,male\n'), Buffer.from([0x52, 0xe9, 0x6e, 0xe9]), Buffer.from(',male\n')]);

  it('a file: exit 1, the file, the byte offset and line named, how to save as CSV UTF-8, nothing assessed', async () => {
    const file = join(dir, 'latin1.csv');
    writeFileSync(file, latin1);
    const r = await vnseInProcess(['assess', file, '-f', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('latin1.csv');
    // 18 bytes of 'id,gender\nA1,male\n', then "R" at offset 18 and the Latin-1 "é" (0xE9) at offset 19.
    expect(r.stderr).toMatch(/byte offset 19\b/);
    expect(r.stderr).toMatch(/line 3\b/);
    expect(r.stderr).toContain('CSV UTF-8 (Comma delimited)');
    expect(r.stderr).toMatch(/không phải văn bản UTF-8/);
    expect(r.stdout).not.toContain('\uFFFD');
  });

  it('standard input, and a sequence split between two chunks is still valid', async () => {
    const r = await vnseInProcess(['assess', '-', '--input-format', 'csv', '-f', 'jsonl'], latin1.toString('latin1'));
    // Written as UTF-8 by the test harness, "é" is valid: the row is read (exit 2: an invalid case, not an encoding error).
    expect(r.stderr).not.toMatch(/UTF-8/);
    const bad = await vnse(['assess', '-', '--input-format', 'csv', '-f', 'jsonl'], latin1 as unknown as string);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/stdin.*not UTF-8/);
  });
});

describe('line endings: CR, LF, CRLF, also split between chunks', () => {
  it('textLines', async () => {
    const lines = await collect(textLines(from(['a\rb\r', '\nc\n\rd\r', '', '\n', 'e'])));
    expect(lines.map((l) => [l.line, l.text])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, ''], [5, 'd'], [6, 'e']]);
  });

  it('a 2,000-case JSON Lines file with CR-only line endings: 2,000 entries', async () => {
    const text = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ ...o1, id: `C${i + 1}` })).join('\r');
    const r = await vnseInProcess(['assess', '-', '--input-format', 'jsonl', '-f', 'jsonl'], text);
    expect(r.status).toBe(0);
    expect(jsonl(r).map((e) => e.id)).toEqual(Array.from({ length: 2000 }, (_, i) => `C${i + 1}`));
  });

  it('CSV with CR-only line endings and a quoted cell holding a line break', async () => {
    const [head, row] = o1Csv.split('\n');
    const text = `${head}\r${row}\r${row!.replace(/^O1/, '"O\r\n2"')}\r`;
    const records = await collect(readCases({ name: 'test.csv', format: 'csv', chunks: from([text.slice(0, 50), text.slice(50)]) }));
    expect(records.map((r) => (r.kind === 'case' ? (r.value as { id: string }).id : null))).toEqual(['O1', 'O\r\n2']);
  });
});

describe('a limit on one line or record, the rest still read', () => {
  const big = JSON.stringify({ ...o1, id: 'BIG', note: 'x'.repeat(MAX_RECORD_CHARS) });

  it('JSON Lines: the long line is an error entry naming its line, the next lines are assessed', async () => {
    const text = [JSON.stringify(o1), big, JSON.stringify({ ...o1, id: 'AFTER' })].join('\n');
    const r = await vnseInProcess(['assess', '-', '--input-format', 'jsonl', '-f', 'jsonl'], text);
    expect(r.status).toBe(2);
    const entries = jsonl(r);
    expect(entries.map((e) => e.id)).toEqual(['O1', null, 'AFTER']);
    expect(entries[1]!.error!.issues[0]!.message).toMatch(/line 2 is longer than 1,048,576 characters/);
  });

  it('JSON array: the long element is an error entry, the next elements are assessed', async () => {
    const text = `[${[JSON.stringify(o1), big, JSON.stringify({ ...o1, id: 'AFTER' })].join(',')}]`;
    const r = await vnseInProcess(['assess', '-', '--input-format', 'json', '-f', 'jsonl'], text);
    expect(r.status).toBe(2);
    const entries = jsonl(r);
    expect(entries.map((e) => e.id)).toEqual(['O1', null, 'AFTER']);
    expect(entries[1]!.error!.issues[0]!.message).toMatch(/array element 2 is longer than 1,048,576 characters/);
  });

  it('CSV: a row of 2,000,000 unknown cells is rejected with its row named; the rows after it are assessed', async () => {
    const [head, row] = o1Csv.split('\n');
    const text = `${head}\n${row}\n${'x,'.repeat(2_000_000)}\n${row!.replace(/^O1/, 'AFTER')}\n`;
    const r = await vnse(['assess', '-', '--input-format', 'csv', '-f', 'jsonl'], text);
    expect(r.status).toBe(2);
    const entries = jsonl(r);
    expect(entries.map((e) => e.id)).toEqual(['O1', null, 'AFTER']);
    expect(entries[1]!.error!.issues[0]!.message).toMatch(/row 3 has more than (1,000 cells|1,048,576 characters)/);
  });

  it(`CSV: a row of ${MAX_CSV_CELLS + 1} short cells is rejected by its cell count`, async () => {
    const [head, row] = o1Csv.split('\n');
    const text = `${head}\n${'x,'.repeat(MAX_CSV_CELLS)}x\n${row}\n`;
    const records = await collect(readCases({ name: 'test.csv', format: 'csv', chunks: from([text]) }));
    expect(records[0]!.kind).toBe('unreadable');
    expect(JSON.stringify(records[0])).toMatch(/row 2 has more than 1,000 cells/);
    expect(records[1]!.kind).toBe('case');
  });
});
