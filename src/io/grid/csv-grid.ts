import { CsvRecordSplitter, CsvSyntaxError } from './csv-records.js';
import { GridSyntaxError, type GridRow } from './grid.js';
import { MAX_CSV_CELLS, MAX_RECORD_CHARS } from './limits.js';

/** The separators Excel writes for "CSV" by regional setting: a comma, a semicolon (Vietnamese and European settings), a tab ("Text (Tab delimited)"). */
export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** How much text is looked at to choose the separator: the first 64 KiB or the first 50 lines. */
const SNIFF_CHARS = 65_536;
const SNIFF_LINES = 50;

/**
 * The separator of a CSV text from its beginning: for each candidate, the most times it occurs outside
 * quotes on one line; the one with the highest count wins, a comma on a tie (a file of one column). The
 * heading row of a roster has one separator fewer than its columns, more than any decimal comma in a row
 * of a `;` file. An Excel "sep=;" first line names it outright.
 */
export function sniffDelimiter(head: string): CsvDelimiter {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint && (csvDelimiters as readonly string[]).includes(hint[1]!)) return hint[1] as CsvDelimiter;
  const best = new Map<string, number>(csvDelimiters.map((d) => [d, 0]));
  const line = new Map<string, number>(csvDelimiters.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    for (const d of csvDelimiters) {
      best.set(d, Math.max(best.get(d)!, line.get(d)!));
      line.set(d, 0);
    }
    lines++;
  };
  for (let i = 0; i < text.length && lines < SNIFF_LINES; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') endLine();
    else if (line.has(c)) line.set(c, line.get(c)! + 1);
  }
  endLine();
  let winner: CsvDelimiter = ',';
  for (const d of csvDelimiters) if (best.get(d)! > best.get(winner)!) winner = d;
  return winner;
}

export interface CsvGridOptions {
  /** Force the separator instead of sniffing it. */
  readonly delimiter?: CsvDelimiter;
  /** Told the separator chosen (sniffed or forced), before the first row. */
  readonly onDelimiter?: (delimiter: CsvDelimiter) => void;
}

/**
 * CSV text chunks → grid rows, streaming: the separator is sniffed from the first 64 KiB (sniffDelimiter),
 * then the project's RFC 4180 splitter (csv-records.ts: byte-order mark, CRLF/LF/CR, quoted cells with line
 * breaks, linear time, bounded rows) reads every row. An Excel "sep=" line is row 1 and is skipped, so
 * row numbers stay those Excel shows. A broken quote is a GridSyntaxError after the rows before it.
 */
export async function* csvGrid(chunks: AsyncIterable<string>, options: CsvGridOptions = {}): AsyncGenerator<GridRow> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: string[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < SNIFF_CHARS) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const headText = head.join('');
  const delimiter = options.delimiter ?? sniffDelimiter(headText.slice(0, SNIFF_CHARS));
  options.onDelimiter?.(delimiter);
  const hasSepLine = /^\uFEFF?sep=.\r?\n/i.test(headText);
  const splitter = new CsvRecordSplitter(MAX_RECORD_CHARS, MAX_CSV_CELLS, delimiter);
  function* rows(records: ReturnType<CsvRecordSplitter['push']>): Generator<GridRow> {
    for (const r of records) {
      if (hasSepLine && r.row === 1) continue;
      yield r.cells === null ? { row: r.row, cells: null, reason: r.reason } : { row: r.row, cells: r.cells };
    }
  }
  try {
    if (headText.length > 0) yield* rows(splitter.push(headText));
    while (!done) {
      const next = await iterator.next();
      if (next.done) break;
      yield* rows(splitter.push(next.value));
    }
    yield* rows(splitter.end());
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new GridSyntaxError(e.message);
    throw e;
  }
}
