import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordSplitter, CsvSyntaxError, type CsvRecord } from '../../src/cli/readers/csv-records.js';

/** The runtime CSV reader (src/cli/readers/csv-records.ts), against csv-parse as an independent oracle. */
function read(chunks: readonly string[], maxChars?: number, maxCells?: number): CsvRecord[] {
  const s = new CsvRecordSplitter(maxChars, maxCells);
  return [...chunks.flatMap((c) => s.push(c)), ...s.end()];
}

function splitAt(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

const quoteCell = (c: string) => (/[",\r\n]/.test(c) || c.startsWith('"') ? `"${c.replace(/"/g, '""')}"` : c);

describe('CsvRecordSplitter', () => {
  it('agrees with csv-parse on any quoted or plain cells, any line ends, cut into chunks anywhere', () => {
    const cell = fc.stringMatching(/^[a-z",\r\n ]{0,6}$/);
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(fc.property(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), eol, fc.array(fc.nat(), { maxLength: 6 }),
      (rows, end, cuts) => {
        const text = rows.map((r) => r.map(quoteCell).join(',')).join(end) + end;
        const expected = parse(text, { relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
        const got = read(splitAt(text, cuts)).map((r) => r.cells);
        expect(got).toEqual(expected);
      },
    ), { numRuns: 500 });
  });

  it('numbers rows as a spreadsheet does (header 1, blank rows counted, a quoted line break stays in its row)', () => {
    const records = read(['id,x\n\n"a\nb",1\nc,2']);
    expect(records.map((r) => [r.row, r.line, r.cells])).toEqual([[1, 1, ['id', 'x']], [2, 2, ['']], [3, 3, ['a\nb', '1']], [4, 5, ['c', '2']]]);
  });

  it('a "" pair or a CRLF cut between two chunks', () => {
    expect(read(['a,"x"', '"y"\r', '\nb']).map((r) => r.cells)).toEqual([['a', 'x"y'], ['b']]);
    expect(read(['a,"x"', ',b\r\n']).map((r) => r.cells)).toEqual([['a', 'x', 'b']]);
  });

  it('returns the records before a syntax error, then throws it', () => {
    const s = new CsvRecordSplitter();
    expect(s.push('a,b\n1,2\n"x"y,3\n').map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']]);
    expect(() => s.end()).toThrow(CsvSyntaxError);
    expect(() => read(['a\n"open'])).toThrow(/row 2 \(line 2\): a quoted cell is not closed/);
  });

  it('drops the cells of a record past the limits, and goes on', () => {
    expect(read(['a,b,c,d\ne\n'], 100, 3).map((r) => (r.cells ? r.cells : (r as { reason: string }).reason))).toEqual(['too-many-cells', ['e']]);
    expect(read(['x'.repeat(50), 'y'.repeat(60), ',z\nok\n'], 100, 3).map((r) => (r.cells ? r.cells : (r as { reason: string }).reason))).toEqual(['too-long', ['ok']]);
  });
});
