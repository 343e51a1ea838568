import { describe, expect, it } from 'vitest';
import { staffCaseShape } from '../../src/schema/staff-case.js';
import { parseCsvHeader } from '../../src/cli/readers/csv-header.js';
import { coerceCell, csvRecordToCase } from '../../src/cli/readers/csv-row.js';
import { readCsv } from '../../src/cli/readers/csv-reader.js';
import { fieldKindOf, staffCaseFieldKinds } from '../../src/cli/readers/field-kinds.js';
import { JsonCaseSplitter } from '../../src/cli/readers/json-splitter.js';
import { readJson } from '../../src/cli/readers/json-reader.js';
import { readJsonLines } from '../../src/cli/readers/jsonl-reader.js';
import { textLines } from '../../src/cli/readers/text-lines.js';
import { safeAssess } from '../../src/index.js';
import * as z from 'zod/mini';

async function* chunksOf(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('field kinds, read from the zod schema', () => {
  it('gives every contract field a kind, nested objects included', () => {
    expect([...staffCaseFieldKinds.keys()].sort()).toEqual(Object.keys(staffCaseShape).sort());
    expect(staffCaseFieldKinds.get('insuredMonths')).toEqual({ kind: 'integer' });
    expect(staffCaseFieldKinds.get('monthlySalary')).toEqual({ kind: 'string' }); // number | decimal string: kept exact
    expect(staffCaseFieldKinds.get('gender')).toEqual({ kind: 'string' });
    expect(staffCaseFieldKinds.get('birthDate')).toEqual({ kind: 'string' });
    const salary = staffCaseFieldKinds.get('salary');
    expect(salary?.kind).toBe('object');
    if (salary?.kind === 'object') expect(salary.fields.get('coefficient')).toEqual({ kind: 'string' });
    const age = staffCaseFieldKinds.get('retirementAge');
    if (age?.kind !== 'object') throw new Error('retirementAge should be an object');
    expect(age.fields.get('years')).toEqual({ kind: 'integer' });
  });

  it('reads booleans, plain numbers, and looks through wrappers', () => {
    expect(fieldKindOf(z.optional(z.boolean()))).toEqual({ kind: 'boolean' });
    expect(fieldKindOf(z.number())).toEqual({ kind: 'number' });
    expect(fieldKindOf(z.nullable(z.optional(z.int())))).toEqual({ kind: 'integer' });
    expect(fieldKindOf(z.union([z.int(), z.number()]))).toEqual({ kind: 'number' });
    expect(fieldKindOf(z.enum(['a', 'b']))).toEqual({ kind: 'string' });
    expect(fieldKindOf(undefined)).toEqual({ kind: 'string' });
  });
});

describe('CSV cells', () => {
  it.each([
    [{ kind: 'integer' } as const, '264', 264],
    [{ kind: 'integer' } as const, '-3', -3],
    [{ kind: 'integer' } as const, '264.0', '264.0'],
    [{ kind: 'integer' } as const, '1e3', '1e3'],
    [{ kind: 'integer' } as const, '99999999999999999999', '99999999999999999999'],
    [{ kind: 'number' } as const, '4.65', 4.65],
    [{ kind: 'number' } as const, '4,65', '4,65'],
    [{ kind: 'boolean' } as const, 'true', true],
    [{ kind: 'boolean' } as const, 'FALSE', false],
    [{ kind: 'boolean' } as const, 'yes', 'yes'],
    [{ kind: 'string' } as const, '4.65', '4.65'],
    [{ kind: 'string' } as const, '2025-02-31', '2025-02-31'],
  ])('%j %j → %j', (kind, text, expected) => {
    expect(coerceCell(kind, text)).toEqual(expected);
  });

  it('maps dotted headers to nested fields and leaves empty cells out', () => {
    const columns = parseCsvHeader(['id', ' salary.coefficient ', 'salary.publicServicePercent', 'retirementAge.years', 'insuredMonths', 'monthlySalary', 'volunteered'], staffCaseFieldKinds, 'x.csv');
    const row = csvRecordToCase(['A', '4.65', '', '57', ' 264 ', '15356250.5', 'true'], columns);
    expect(JSON.parse(JSON.stringify(row))).toEqual({
      id: 'A', salary: { coefficient: '4.65' }, retirementAge: { years: 57 }, insuredMonths: 264, monthlySalary: '15356250.5', volunteered: true,
    });
  });

  it('never pollutes a prototype: __proto__, constructor and prototype become unknown fields', () => {
    const columns = parseCsvHeader(['id', '__proto__', 'constructor', 'salary.__proto__', 'prototype.polluted'], staffCaseFieldKinds, 'x.csv');
    const row = csvRecordToCase(['A', '{"polluted":1}', 'x', 'y', 'z'], columns);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(row, '__proto__')).toBe(true);
    const r = safeAssess(row);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.error.issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names cells beyond the header, so validation reports them', () => {
    const columns = parseCsvHeader(['id', ''], staffCaseFieldKinds, 'x.csv');
    expect(Object.keys(csvRecordToCase(['A', 'x', 'y'], columns))).toEqual(['id', '(column 2)', '(column 3)']);
  });

  it('rejects a header that names a field twice, or both a group and its member', () => {
    expect(() => parseCsvHeader(['id', 'gender', 'gender '], staffCaseFieldKinds, 'x.csv')).toThrow(/twice/);
    expect(() => parseCsvHeader(['salary', 'salary.coefficient'], staffCaseFieldKinds, 'x.csv')).toThrow(/both "salary" and "salary.coefficient"/);
  });

  it('reads records across chunk boundaries, skips blank rows, strips the BOM, reports malformed CSV', async () => {
    const records = await collect(readCsv(chunksOf('\uFEFFid,insured', 'Months\nA,1', '2\n,\n\nB,"3"\r\n'), 'x.csv'));
    expect(records.map((r) => (r.kind === 'case' ? JSON.parse(JSON.stringify(r.value)) : null))).toEqual([
      { id: 'A', insuredMonths: 12 }, { id: 'B', insuredMonths: 3 },
    ]);
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
