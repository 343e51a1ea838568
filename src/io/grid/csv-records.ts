import { MAX_CSV_CELLS, MAX_RECORD_CHARS } from './limits.js';

/**
 * One CSV record: its cells, or why they were not kept (a row longer than the limit or with too many
 * cells). `row` is the record's number counted from 1 for the header, blank rows included: the row number
 * a spreadsheet shows (a quoted cell with line breaks stays one row). `line` is its first line in the file.
 */
export type CsvRecord =
  | { readonly row: number; readonly line: number; readonly cells: string[] }
  | { readonly row: number; readonly line: number; readonly cells: null; readonly reason: 'too-long' | 'too-many-cells' };

/** A structure error that leaves the rest of the file ambiguous (a quote not closed, text after a closing quote). */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
}

/**
 * A streaming RFC 4180 reader: cells separated by `delimiter` (a comma unless told: `;` or a tab, see
 * csv-grid.ts), cells optionally quoted with `"` (`""` inside for a quote),
 * records ending in CRLF, LF or CR (also split between two chunks); a quote inside an unquoted cell is
 * kept as text. Each chunk is scanned once (linear time), and every record completed in a chunk is returned
 * at once, so the records before a syntax error are all handed on. A record past `maxChars` characters or
 * `maxCells` cells is returned without its cells (`reason`), and reading goes on with the next one.
 */
export class CsvRecordSplitter {
  private cells: string[] = [];
  private cell: string[] = [];
  private quoted = false; // inside a quoted cell
  private closed = false; // just after the closing quote of a cell
  private cellStart = true; // nothing of the current cell read yet
  private afterCr = false;
  private chars = 0;
  private reason: 'too-long' | 'too-many-cells' | null = null;
  private row = 1;
  private line = 1;
  private rowLine = 1;
  private started = false;

  private readonly delimiter: number;

  constructor(private readonly maxChars = MAX_RECORD_CHARS, private readonly maxCells = MAX_CSV_CELLS, delimiter = ',') {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new Error(`CSV delimiter must be one character other than a quote or a line break; got ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** A syntax error found in a chunk, thrown at the next call so the records before it are returned first. */
  private failure: CsvSyntaxError | null = null;

  push(chunk: string): CsvRecord[] {
    if (this.failure) throw this.failure;
    const out: CsvRecord[] = [];
    if (chunk.length === 0) return out;
    try {
      this.scan(chunk, out);
    } catch (e) {
      if (!(e instanceof CsvSyntaxError)) throw e;
      this.failure = e;
    }
    return out;
  }

  private scan(chunk: string, out: CsvRecord[]): void {
    let i = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.afterCr) {
      this.afterCr = false;
      if (chunk.charCodeAt(i) === 10) i++;
    }
    let from = i; // start of the plain text of the current cell still in this chunk
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.quoted) {
        if (c === 34 /* " */) {
          this.take(chunk, from, i);
          if (i + 1 < chunk.length) {
            if (chunk.charCodeAt(i + 1) === 34) {
              this.addText('"');
              i++;
            } else {
              this.quoted = false;
              this.closed = true;
            }
          } else {
            // The next chunk says whether this is `""` or the closing quote.
            this.quoted = false;
            this.closed = true;
            this.pendingQuote = true;
          }
          from = i + 1;
        } else if (c === 10 || c === 13) this.countLine(chunk, i);
        continue;
      }
      if (this.pendingQuote) {
        this.pendingQuote = false;
        if (c === 34) {
          // `""` split between two chunks: a quote in the cell, which is still open.
          this.addText('"');
          this.quoted = true;
          this.closed = false;
          from = i + 1;
          continue;
        }
      }
      if (c === this.delimiter) {
        this.take(chunk, from, i);
        this.endCell();
        from = i + 1;
      } else if (c === 10 || c === 13) {
        this.take(chunk, from, i);
        out.push(this.endRecord());
        if (c === 13) {
          if (i + 1 < chunk.length) {
            if (chunk.charCodeAt(i + 1) === 10) i++;
          } else this.afterCr = true;
        }
        this.line++;
        this.rowLine = this.line;
        from = i + 1;
      } else if (this.closed) {
        throw new CsvSyntaxError(`row ${this.row} (line ${this.line}): text after the closing quote of a cell`);
      } else if (c === 34 && this.cellStart && i === from) {
        this.quoted = true;
        this.cellStart = false;
        from = i + 1;
      } else this.cellStart = false;
    }
    this.take(chunk, from, chunk.length);
  }

  private pendingQuote = false;

  /** The last record (a file need not end with a line break). */
  end(): CsvRecord[] {
    if (this.failure) throw this.failure;
    this.pendingQuote = false;
    if (this.quoted) throw new CsvSyntaxError(`row ${this.row} (line ${this.rowLine}): a quoted cell is not closed`);
    if (this.cells.length === 0 && this.cell.length === 0 && this.cellStart && !this.closed) return [];
    return [this.endRecord()];
  }

  private countLine(chunk: string, i: number): void {
    // A line break inside a quoted cell: CRLF counts once.
    if (chunk.charCodeAt(i) === 10 && i > 0 && chunk.charCodeAt(i - 1) === 13) return;
    this.line++;
  }

  private take(chunk: string, from: number, to: number): void {
    if (to > from) this.addText(chunk.slice(from, to));
  }

  private addText(text: string): void {
    this.cellStart = false;
    this.chars += text.length;
    if (this.reason) return;
    if (this.chars > this.maxChars) this.drop('too-long');
    else this.cell.push(text);
  }

  private endCell(): void {
    this.chars++;
    if (!this.reason) {
      this.cells.push(this.cell.length === 1 ? this.cell[0]! : this.cell.join(''));
      if (this.cells.length > this.maxCells) this.drop('too-many-cells');
      else if (this.chars > this.maxChars) this.drop('too-long');
    }
    this.cell = [];
    this.closed = false;
    this.cellStart = true;
  }

  private drop(reason: 'too-long' | 'too-many-cells'): void {
    this.reason = reason;
    this.cells = [];
    this.cell = [];
  }

  private endRecord(): CsvRecord {
    this.endCell();
    const record: CsvRecord = this.reason
      ? { row: this.row, line: this.rowLine, cells: null, reason: this.reason }
      : { row: this.row, line: this.rowLine, cells: this.cells };
    this.row++;
    this.cells = [];
    this.chars = 0;
    this.reason = null;
    return record;
  }
}
