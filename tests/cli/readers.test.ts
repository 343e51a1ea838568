import { describe, expect, it } from 'vitest';
import { readCases } from '../../src/cli/read-cases.js';
import { JsonCaseSplitter } from '../../src/cli/readers/json-splitter.js';
import { readJson } from '../../src/cli/readers/json-reader.js';
import { readJsonLines } from '../../src/cli/readers/jsonl-reader.js';
import { textLines } from '../../src/cli/readers/text-lines.js';
import { safeAssess } from '../../src/index.js';

async function* chunksOf(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** CSV now reads through the shared roster reader (src/io/, issue #15); these are the old CSV reader's guarantees, kept. */
function readCsv(chunks: AsyncIterable<string>, name: string) {
  return readCases({ name, format: 'csv', chunks });
}
const plain = (r: { kind: string; value?: unknown }) => (r.kind === 'case' ? JSON.parse(JSON.stringify(r.value)) : r.kind);

describe('CSV of contract field names', () => {
  it('maps dotted headers to nested fields, converts by field kind and leaves empty cells out', async () => {
    const [row] = await collect(readCsv(chunksOf('id, salary.coefficient ,salary.publicServicePercent,retirementAge.years,insuredMonths,monthlySalary,volunteered\nA,4.65,,57, 264 ,15356250.5,true\n'), 'x.csv'));
    expect(plain(row!)).toEqual({
      id: 'A', salary: { coefficient: '4.65' }, retirementAge: { years: 57 }, insuredMonths: 264, monthlySalary: '15356250.5', volunteered: true,
    });
  });

  it('never pollutes a prototype: __proto__, constructor and prototype become unknown fields', async () => {
    const [row] = await collect(readCsv(chunksOf('id,__proto__,constructor,salary.__proto__,prototype.polluted\nA,{"polluted":1},x,y,z\n'), 'x.csv'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (row?.kind !== 'case') throw new Error('expected a case');
    expect(Object.prototype.hasOwnProperty.call(row.value, '__proto__')).toBe(true);
    const r = safeAssess(row.value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names cells beyond the header, so validation reports them', async () => {
    const [row] = await collect(readCsv(chunksOf('id,gender\nA,male,x,y\n'), 'x.csv'));
    expect(Object.keys((row as { value: object }).value)).toEqual(['id', 'gender', '(column 3)', '(column 4)']);
  });

  it('rejects a header that names a field twice, or both a group and its member', async () => {
    await expect(collect(readCsv(chunksOf('id,gender,gender \nA,male,male\n'), 'x.csv'))).rejects.toThrow(/x\.csv: column C "gender" and column B "gender" both give the field gender/);
    await expect(collect(readCsv(chunksOf('salary,salary.coefficient\n1,2\n'), 'x.csv'))).rejects.toThrow(/both a column "salary" and a column "salary.coefficient"/);
  });

  it('reads records across chunk boundaries, skips blank rows (counted), strips the BOM, reports malformed CSV', async () => {
    const records = await collect(readCsv(chunksOf('\uFEFFid,insured', 'Months\nA,1', '2\n,\n\nB,"3"\r\n'), 'x.csv'));
    expect(records.map(plain)).toEqual([{ id: 'A', insuredMonths: 12 }, 'skipped', 'skipped', { id: 'B', insuredMonths: 3 }]);
    await expect(collect(readCsv(chunksOf('id\n"A\n'), 'bad.csv'))).rejects.toThrow(/bad\.csv: malformed CSV/);
    await expect(collect(readCsv(chunksOf(''), 'empty.csv'))).rejects.toThrow(/empty CSV/);
  });
});

describe('JSON array splitter', () => {
  const split = (...chunks: string[]) => {
    const s = new JsonCaseSplitter('x.json');
    const out = chunks.flatMap((c) => s.push(c));
    s.end();
    return out;
  };

  it('splits elements at any chunk boundary, minding strings and nesting', () => {
    const doc = ' [ {"id":"a,]","n":{"x":[1,2]}} , {"id":"b\\"}"} ,3 ]\n';
    const whole = split(doc);
    expect(whole).toEqual(['{"id":"a,]","n":{"x":[1,2]}}', '{"id":"b\\"}"}', '3']);
    for (let i = 1; i < doc.length; i++) expect(split(doc.slice(0, i), doc.slice(i))).toEqual(whole);
    expect(split(...doc.split(''))).toEqual(whole);
  });

  it('accepts one case object and an empty array', () => {
    expect(split('\uFEFF{"id":"a"}\n')).toEqual(['{"id":"a"}']);
    expect(split('[]')).toEqual([]);
  });

  it.each([
    ['', /empty input/],
    ['"abc"', /expected an array/],
    ['[{"id":"a"}', /not closed/],
    ['[{"id":"a"},]', /trailing comma/],
    ['[{"id":"a"},,{}]', /empty element/],
    ['[{}] x', /after the end/],
    ['{"id":"a"', /not closed/],
  ])('rejects %j', (doc, message) => {
    expect(() => split(doc)).toThrow(message);
  });

  it('turns an element that is not JSON into an error entry and goes on', async () => {
    const records = await collect(readJson(chunksOf('[{"id":"a"}, {"id": tru}, {"id":"c"}]'), 'x.json'));
    expect(records.map((r) => r.kind)).toEqual(['case', 'unreadable', 'case']);
    const bad = records[1]!;
    if (bad.kind === 'unreadable') expect(bad.entry.error.issues[0]!.message).toMatch(/^\(case\): array element 2 is not valid JSON/);
  });
});

describe('JSON Lines', () => {
  it('numbers lines across chunks, handles CRLF and a last line without newline', async () => {
    const lines = await collect(textLines(chunksOf('\uFEFFa\r\nb', 'c\n\nd')));
    expect(lines).toEqual([{ line: 1, text: 'a' }, { line: 2, text: 'bc' }, { line: 3, text: '' }, { line: 4, text: 'd' }]);
  });

  it('skips blank lines and reports a line that is not JSON by its number', async () => {
    const records = await collect(readJsonLines(chunksOf('{"id":"a"}\n\n  \n{oops\n{"id":"c"}\n')));
    expect(records.map((r) => r.kind)).toEqual(['case', 'unreadable', 'case']);
    const bad = records[1]!;
    if (bad.kind !== 'unreadable') throw new Error('expected an error entry');
    expect(bad.entry).toMatchObject({ id: null, error: { code: 'invalid-input', issues: [{ path: '' }] } });
    expect(bad.entry.error.issues[0]!.message).toMatch(/line 4 is not valid JSON/);
    expect(bad.entry.error.issues[0]!.messages.vi).toMatch(/dòng 4 không phải JSON hợp lệ/);
  });
});
