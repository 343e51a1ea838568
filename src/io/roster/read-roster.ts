import { cellText, columnLetter, isBlankRow, type GridCell, type GridRow } from '../grid/grid.js';
import { formatCount, MAX_CSV_CELLS, MAX_RECORD_CHARS } from '../grid/limits.js';
import type { Text } from '../../i18n/text.js';
import { msg } from '../../locales/io.js';
import { rosterFields, totalRowWords, type RosterField, type ValueKind } from './fields.js';
import { HeadingError, looksLikeHeadingRow, readHeadingRow, type RosterColumn } from './headings.js';
import { matchKey } from './normalize.js';
import { readBoolean, readDate, readDecimal, readInteger, readText, type CellReading, type DateOrder } from './values.js';

/** A column carried beside the result: its heading as written, and the row's cell as text. */
export interface RowExtra {
  readonly heading: string;
  readonly value: string;
}

/** Where a record came from (the CLI's RecordSource has this shape). */
export interface RowSource {
  readonly row: number;
  readonly extras: readonly RowExtra[];
}

/** One problem of a row, shaped like the validator's issues: the field's path and the message in both languages. */
export interface RowIssue {
  path: string;
  message: string;
  messages: { vi: string; en: string };
}

/**
 * One row of the roster, in file order: a case for the validator, a row that could not be read (every
 * cell problem named), or a row that is not a person (blank, a total row), counted apart. The shapes are
 * those of the CLI's CaseRecord (src/cli/readers/case-record.ts).
 */
export type RosterRecord =
  | { readonly kind: 'case'; readonly value: Record<string, unknown>; readonly source: RowSource }
  | { readonly kind: 'unreadable'; readonly entry: { readonly id: string | null; readonly error: { readonly code: 'invalid-input'; readonly issues: RowIssue[] } }; readonly source: RowSource }
  | { readonly kind: 'skipped'; readonly row: number; readonly reason: 'blank' | 'total' };

/** Said once about the file, not per row: where the headings were found, the columns that are no field. */
export type RosterNotice =
  | { readonly code: 'heading-row'; readonly row: number; readonly message: Text }
  | { readonly code: 'unknown-headings'; readonly headings: readonly string[]; readonly message: Text };

export interface RosterOptions {
  /** How dates written with slashes are read: day first (default) or year first. */
  readonly dateOrder?: DateOrder;
  /** Let a second row with the same employee code through (a unit that really lists a person twice). */
  readonly allowDuplicates?: boolean;
  readonly onNotice?: (notice: RosterNotice) => void;
}

/** The file cannot be read as a roster at all (no rows, a heading that names a field twice): the run stops. */
export class RosterError extends Error {
  override readonly name = 'RosterError';
  constructor(readonly text: Text) {
    super(`${text.en} / ${text.vi}`);
  }
}

/** How many rows are looked through for the heading row, below title rows. */
const HEADING_SEARCH_ROWS = 30;

const totalWords = new Set(totalRowWords.map(matchKey));

function readEnum(cell: GridCell, value: Extract<ValueKind, { kind: 'enum' }>): CellReading {
  const t = cellText(cell);
  if (value.codes.includes(t)) return { ok: true, value: t };
  const key = matchKey(t);
  for (const [code, words] of Object.entries(value.words)) if (words.some((w) => matchKey(w) === key)) return { ok: true, value: code };
  const accepted = [...Object.values(value.words).map((w) => w[0]!), ...value.codes];
  return { ok: false, expected: msg('io.expected.enum', { values: accepted.join(', ') }) };
}

function readCell(cell: GridCell, field: RosterField, order: DateOrder): CellReading {
  const v = field.value;
  switch (v.kind) {
    case 'text': return readText(cell);
    case 'integer': return readInteger(cell);
    case 'decimal': return readDecimal(cell, v.as);
    case 'date': return readDate(cell, v.partial, order);
    case 'boolean': return readBoolean(cell, matchKey);
    case 'enum': return readEnum(cell, v);
  }
}

type Bag = Record<string, unknown>;

/** Sets a value at a path in objects without prototype (a `__proto__` column is an ordinary key the validator refuses). */
function setPath(target: Bag, path: readonly string[], value: unknown): void {
  let at = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = Object.prototype.hasOwnProperty.call(at, key) ? at[key] : undefined;
    if (next !== null && typeof next === 'object') at = next as Bag;
    else {
      const child = Object.create(null) as Bag;
      at[key] = child;
      at = child;
    }
  }
  at[path[path.length - 1]!] = value;
}

/** An issue as the validator writes them: the path first ("birthDate: …"), then the row, the column and the value. */
function issue(path: string, text: Text): RowIssue {
  const prefix = path === '' ? '' : `${path}: `;
  return { path, message: prefix + text.en, messages: { vi: prefix + text.vi, en: prefix + text.en } };
}

/** A row of only column numbers under the headings ("1 2 3 …", "(1) (2) …", "A B C …"), as official forms have. */
function isColumnNumberRow(cells: readonly GridCell[]): boolean {
  const filled = cells.map(cellText).filter((t) => t !== '');
  if (filled.length < 3) return false;
  // The labels count up by one from the first (1, 2, 3… or A, B, C…), so a person's row never passes for it.
  const numbers = filled.map((t) => {
    const m = /^\(?(\d{1,2}|[A-Z])\)?$/.exec(t);
    if (!m) return NaN;
    return /\d/.test(m[1]!) ? Number(m[1]) : m[1]!.charCodeAt(0) - 64;
  });
  return numbers[0] === 1 && numbers.every((n, i) => n === i + 1);
}

/**
 * Grid rows → roster records. The heading row is the first of the first 30 rows that names at least two
 * contract fields (or only known headings); the rows above it are title rows and are not read. When no row
 * qualifies, the first non-blank row is the heading row (a file of contract names the reader does not
 * know yet), so every row is still accounted for. Below it: blank rows and total rows are skipped and
 * counted; each other row is a case or an error entry naming every cell it could not read; a second row
 * with an employee code already seen is an error naming the first row (unless `allowDuplicates`).
 */
export async function* readRoster(grid: AsyncIterable<GridRow>, options: RosterOptions = {}): AsyncGenerator<RosterRecord> {
  const order = options.dateOrder ?? 'dmy';
  const pending: GridRow[] = [];
  let reader: RowReader | null = null;
  const start = (headingAt: number) => {
    const heading = pending[headingAt]! as GridRow & { cells: GridCell[] };
    let columns: RosterColumn[];
    try {
      columns = readHeadingRow(heading.cells);
    } catch (e) {
      if (e instanceof HeadingError) throw new RosterError(e.text);
      throw e;
    }
    reader = new RowReader(columns, order, options.allowDuplicates === true);
    if (heading.row > 1) options.onNotice?.({ code: 'heading-row', row: heading.row, message: msg('io.notice.heading-row', { row: heading.row }) });
    const unknown = columns.filter((c) => c.kind === 'extra' && !c.known).map((c) => c.heading);
    if (unknown.length > 0) options.onNotice?.({ code: 'unknown-headings', headings: unknown, message: msg('io.notice.unknown-headings', { headings: unknown.map((h) => `"${h}"`).join(', ') }) });
    const after = pending.slice(headingAt + 1);
    pending.length = 0;
    return after;
  };
  const firstFilled = () => pending.findIndex((r) => r.cells !== null && !isBlankRow(r.cells));
  for await (const row of grid) {
    if (reader) {
      yield (reader as RowReader).read(row);
      continue;
    }
    if (row.cells === null) {
      // A row past the limits before the headings are known: it may be the heading row itself, so no row
      // below it could be read with certainty.
      const reason = row.reason === 'too-many-cells' ? msg('io.row.too-many-cells', { row: row.row, max: formatCount(MAX_CSV_CELLS) }) : msg('io.row.too-long', { row: row.row, max: formatCount(MAX_RECORD_CHARS) });
      throw new RosterError(msg('io.error.row-past-limit', { reason }));
    }
    pending.push(row);
    if (row.cells !== null && !isBlankRow(row.cells) && looksLikeHeadingRow(row.cells)) {
      for (const r of start(pending.length - 1)) yield (reader as unknown as RowReader).read(r);
    } else if (pending.filter((r) => r.cells !== null && !isBlankRow(r.cells)).length >= HEADING_SEARCH_ROWS) {
      for (const r of start(firstFilled())) yield (reader as unknown as RowReader).read(r);
    }
  }
  if (!reader) {
    const at = firstFilled();
    if (at < 0) throw new RosterError(msg('io.error.empty'));
    for (const r of start(at)) yield (reader as unknown as RowReader).read(r);
  }
}

/** Reads the rows under one heading row. */
class RowReader {
  private readonly seen = new Map<string, number>();
  private readonly idColumn: RosterColumn | undefined;
  /** The column at each index (undefined: no heading there). */
  private readonly byIndex: (RosterColumn | undefined)[] = [];
  private afterHeading = true;

  constructor(private readonly columns: readonly RosterColumn[], private readonly order: DateOrder, private readonly allowDuplicates: boolean) {
    this.idColumn = columns.find((c) => c.kind === 'field' && c.field.path.join('.') === 'id');
    for (const c of columns) this.byIndex[c.index] = c;
  }

  read(row: GridRow): RosterRecord {
    const first = this.afterHeading;
    this.afterHeading = false;
    if (row.cells === null) {
      const text = row.reason === 'too-many-cells'
        ? msg('io.row.too-many-cells', { row: row.row, max: formatCount(MAX_CSV_CELLS) })
        : msg('io.row.too-long', { row: row.row, max: formatCount(MAX_RECORD_CHARS) });
      return { kind: 'unreadable', entry: { id: null, error: { code: 'invalid-input', issues: [issue('', text)] } }, source: { row: row.row, extras: [] } };
    }
    const cells = row.cells;
    if (this.isBlank(cells)) return { kind: 'skipped', row: row.row, reason: 'blank' };
    if (first && isColumnNumberRow(cells)) return { kind: 'skipped', row: row.row, reason: 'blank' };
    if (this.isTotal(cells)) return { kind: 'skipped', row: row.row, reason: 'total' };
    return this.readCase(row.row, cells);
  }

  /** Empty, only formatting, or only a number in the STT column (a numbered line left empty). */
  private isBlank(cells: readonly GridCell[]): boolean {
    return cells.every((cell, i) => cellText(cell) === '' || this.columnAt(i)?.kind === 'row-number');
  }

  /** A row whose first filled cell is "Cộng" / "Tổng cộng" and that has no employee code of its own. */
  private isTotal(cells: readonly GridCell[]): boolean {
    const firstText = cells.map(cellText).find((t) => t !== '');
    if (firstText === undefined || !totalWords.has(matchKey(firstText))) return false;
    const id = this.idColumn ? cellText(cells[this.idColumn.index]) : '';
    return id === '' || totalWords.has(matchKey(id));
  }

  private columnAt(index: number): RosterColumn | undefined {
    return this.byIndex[index];
  }

  private readCase(rowNumber: number, cells: readonly GridCell[]): RosterRecord {
    const value = Object.create(null) as Bag;
    const issues: RowIssue[] = [];
    const extras: RowExtra[] = [];
    for (const column of this.columns) {
      const cell = cells[column.index] ?? '';
      const text = cellText(cell);
      if (column.kind === 'extra') {
        extras.push({ heading: column.heading, value: text });
        continue;
      }
      if (column.kind === 'row-number' || text === '') continue;
      if (column.kind === 'unknown-field') {
        setPath(value, column.path, text);
        continue;
      }
      const reading = readCell(cell, column.field, this.order);
      if (reading.ok) setPath(value, column.field.path, reading.value);
      else {
        const problem = msg('io.cell.error', { row: rowNumber, column: columnLetter(column.index), heading: column.heading, value: text, problem: reading.expected });
        issues.push(issue(column.field.path.join('.'), problem));
      }
    }
    // Cells under no heading: refused by the validator under a column name, as before (never silently dropped).
    cells.forEach((cell, i) => {
      if (this.byIndex[i] === undefined && cellText(cell) !== '') setPath(value, [`(column ${i + 1})`], cellText(cell));
    });
    const source: RowSource = { row: rowNumber, extras };
    const id = typeof value['id'] === 'string' ? value['id'] : null;
    if (id !== null && this.idColumn) {
      const first = this.seen.get(id);
      if (first === undefined) this.seen.set(id, rowNumber);
      else if (!this.allowDuplicates) {
        issues.push(issue('id', msg('io.duplicate-id', { row: rowNumber, column: columnLetter(this.idColumn.index), heading: this.idColumn.heading, value: id, first })));
      }
    }
    if (issues.length > 0) return { kind: 'unreadable', entry: { id, error: { code: 'invalid-input', issues } }, source };
    return { kind: 'case', value, source };
  }
}
