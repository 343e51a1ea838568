/**
 * The cells of a payout list as the checker reads them. The shape is the one the format-neutral grid reader
 * yields (src/io/grid: rows of raw cells with the row numbers Excel shows), restated here so that the checker,
 * a layer below the façades, does not import a façade; tests/check/cells.test.ts pins that a grid row is a
 * CheckRow. Every reader here returns a value or a problem naming why: never a silent zero.
 */
export type CheckCell =
  | string
  | { readonly kind: 'number'; readonly text: string; readonly percent: boolean }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'boolean'; readonly value: boolean };

export type CheckRow =
  | { readonly row: number; readonly cells: readonly CheckCell[] }
  | { readonly row: number; readonly cells: null; readonly reason?: string };

/** Why a cell could not be read (a message key of src/locales/vi/check.ts, `check.cell.*`). */
export type CellProblem = 'no-case' | 'unknown-value' | 'empty' | 'not-a-number' | 'ambiguous-number' | 'not-a-date' | 'ambiguous-year' | 'not-a-duration' | 'not-whole';

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: CellProblem };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (problem: CellProblem): Read<never> => ({ ok: false, problem });

/** A cell's text as an officer reads it; "" when empty. */
export function cellString(cell: CheckCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (cell.kind === 'number') return cell.text;
  if (cell.kind === 'date') {
    const [y, m, d] = cell.iso.split('-');
    return `${d}/${m}/${y}`;
  }
  return cell.value ? 'TRUE' : 'FALSE';
}

export const isEmptyCell = (cell: CheckCell | undefined): boolean => cellString(cell) === '';

/**
 * A number written the Vietnamese way or the English way. `money`: whole đồng, where a dot or a comma
 * between groups of three digits separates thousands ("16.321.500", "16,321,500"). `decimal`: a coefficient
 * or percent, where a single comma is the decimal mark ("4,65"); a text that could be either ("1.234" or
 * "1,234" in a coefficient column) is refused as ambiguous.
 */
export function readNumber(cell: CheckCell | undefined, kind: 'money' | 'decimal' | 'integer'): Read<string> {
  if (cell !== undefined && typeof cell !== 'string' && cell.kind === 'number') return kind === 'decimal' || /^-?\d+$/.test(cell.text) ? ok(cell.text) : bad('not-whole');
  const raw = cellString(cell).replace(/[\s\u00a0]/g, '').replace(/(đ|đồng|VND|VNĐ)$/i, '');
  if (raw === '' || raw === '-') return bad('empty');
  if (!/^-?[\d.,]+$/.test(raw)) return bad('not-a-number');
  const grouped = (sep: string) => new RegExp(`^-?\\d{1,3}(\\${sep}\\d{3})+$`).test(raw);
  let plain: string;
  if (/^-?\d+$/.test(raw)) plain = raw;
  else if (kind !== 'decimal' && (grouped('.') || grouped(','))) plain = raw.replace(/[.,]/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(raw)) plain = raw.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(raw)) plain = raw.replace(/,/g, '');
  else if (/^-?\d+[.,]\d+$/.test(raw)) {
    // One separator: a decimal mark, unless it sits before exactly three digits (then it could be thousands).
    if (/[.,]\d{3}$/.test(raw) && kind === 'decimal') return bad('ambiguous-number');
    plain = raw.replace(',', '.');
  } else return bad('not-a-number');
  if (kind !== 'decimal' && !/^-?\d+$/.test(plain)) return bad('not-whole');
  return ok(plain);
}

/** Which century a two-digit year belongs to is unambiguous only inside a field's plausible span (decision D71). */
export type YearSpan = 'birth' | 'event';
const twoDigitYear = (yy: number, span: YearSpan): number | undefined => {
  if (span === 'birth') return yy >= 59 ? 1900 + yy : yy <= 8 ? 2000 + yy : undefined;
  return yy >= 20 && yy <= 39 ? 2000 + yy : undefined;
};

const pad = (n: number) => String(n).padStart(2, '0');
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => (m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/**
 * A date: a workbook date, dd/mm/yyyy (also with - or .), yyyy-mm-dd, mm/yyyy (month precision → "YYYY-MM")
 * or a year alone; two-digit years only where the field's span makes the century certain (D71).
 */
export function readDate(cell: CheckCell | undefined, span: YearSpan): Read<string> {
  if (cell !== undefined && typeof cell !== 'string' && cell.kind === 'date') return ok(cell.iso);
  const raw = cellString(cell);
  if (raw === '') return bad('empty');
  const year = (t: string): number | 'ambiguous' => {
    if (t.length === 4) return Number(t);
    const y = twoDigitYear(Number(t), span);
    return y === undefined ? 'ambiguous' : y;
  };
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!) ? ok(raw) : bad('not-a-date');
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(raw);
  if (m) {
    const y = year(m[3]!);
    if (y === 'ambiguous') return bad('ambiguous-year');
    return validDay(y, +m[2]!, +m[1]!) ? ok(`${y}-${pad(+m[2]!)}-${pad(+m[1]!)}`) : bad('not-a-date');
  }
  m = /^(\d{1,2})[/.-](\d{4}|\d{2})$/.exec(raw);
  if (m) {
    const y = year(m[2]!);
    if (y === 'ambiguous') return bad('ambiguous-year');
    return +m[1]! >= 1 && +m[1]! <= 12 ? ok(`${y}-${pad(+m[1]!)}`) : bad('not-a-date');
  }
  if (/^\d{4}$/.test(raw)) return ok(raw);
  return bad('not-a-date');
}

/**
 * A length of time in months: "33 năm 07 tháng", "33 năm", "7 tháng", "33-07" or "33/07" (years-months), or a
 * whole number of months. Returns undefined-free: a plain number is months only when `plainIs` says so.
 */
export function readDuration(cell: CheckCell | undefined, plainIs: 'months' | 'years-or-refuse'): Read<number> {
  const raw = cellString(cell).toLowerCase().replace(/\s+/g, ' ');
  if (raw === '') return bad('empty');
  let m = /^(?:(\d+) ?năm)?,? ?(?:(\d+) ?tháng)?$/.exec(raw);
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    const months = Number(m[2] ?? 0);
    return months < 12 ? ok(Number(m[1] ?? 0) * 12 + months) : bad('not-a-duration');
  }
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(raw);
  if (m) return +m[2]! < 12 ? ok(+m[1]! * 12 + +m[2]!) : bad('not-a-duration');
  if (/^\d+$/.test(raw) && plainIs === 'months') return ok(Number(raw));
  return bad('not-a-duration');
}

/** A unit sub-heading: a Roman numeral (I, II, … XX), with or without a final dot. */
export const isRomanNumeral = (s: string): boolean => /^(X{0,2})(IX|IV|V?I{0,3})\.?$/.test(s.trim()) && s.trim().replace('.', '') !== '';

/** A row that closes a list or a unit: "Cộng", "Tổng cộng", "Tổng". */
export const isTotalLabel = (s: string): 'total' | 'subtotal' | undefined => {
  const t = s.trim().toLowerCase();
  if (/^tổng( cộng)?\b/.test(t)) return 'total';
  if (/^cộng\b/.test(t)) return 'subtotal';
  return undefined;
};

/** Heading text compared loosely: lower case, without diacritics, spaces or punctuation. */
export function headingKey(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}
