import { parseIsoDate, parsePartialDate } from '../../core/calendar.js';
import { Decimal } from '../../core/money.js';
import { cellText, type GridCell } from '../grid/grid.js';
import type { Text } from '../../i18n/text.js';
import { msg } from '../../locales/io.js';

/** What a cell became: the contract's value, or what was expected instead (shown with the cell's row and heading). */
export type CellReading = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly expected: Text };

export type DateOrder = 'dmy' | 'ymd';

const ok = (value: unknown): CellReading => ({ ok: true, value });
const expected = (text: Text): CellReading => ({ ok: false, expected: text });

/** Spaces (also the no-break space Excel writes as a thousands separator in some settings), and a unit after an amount. */
function bare(text: string, unit: RegExp | null): string {
  let t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (unit) t = t.replace(unit, '');
  return t;
}

const AMOUNT_UNIT = /(đồng|dong|vnđ|vnd|đ)$/i;
const PERCENT_UNIT = /%$/;

/**
 * A number written by hand, as exact decimal text ("4.65", "15444000"), or why it cannot be read. Readings:
 * - digits only: "240";
 * - one separator not followed by exactly three digits: a decimal separator ("4,65", "4.65", "0,5");
 * - the same separator two or more times between groups of three digits: thousands ("15.444.000", "1,234,567");
 * - both separators, the last one the decimal ("15.444.000,5", "15,444,000.5");
 * - one separator followed by exactly three digits ("1.234", "1,234") could be either: refused, never guessed.
 */
export function readNumberText(raw: string): { ok: true; text: string } | { ok: false; ambiguous?: string } {
  const sign = raw.startsWith('-') ? '-' : '';
  const t = sign ? raw.slice(1) : raw;
  if (/^\d+$/.test(t)) return { ok: true, text: sign + t };
  const single = /^(\d+)([.,])(\d+)$/.exec(t);
  if (single) {
    if (single[3]!.length === 3) return { ok: false, ambiguous: single[2]! };
    return { ok: true, text: `${sign}${single[1]}.${single[3]}` };
  }
  const grouped = /^(\d{1,3})((?:([.,])\d{3})(?:\3\d{3})+)$/.exec(t);
  if (grouped) return { ok: true, text: sign + t.replace(/[.,]/g, '') };
  const both = /^(\d{1,3}(?:([.,])\d{3})+)([.,])(\d+)$/.exec(t);
  if (both && both[2] !== both[3]) return { ok: true, text: `${sign}${both[1]!.replace(/[.,]/g, '')}.${both[4]}` };
  return { ok: false };
}

/** Canonical decimal text: no leading zeros, no trailing fractional zeros ("04,650" → "4.65"). */
function canonical(text: string): string {
  return new Decimal(text).toFixed();
}

/** A decimal field (coefficient, percent, amount): exact text, as the schema's decimal strings. */
export function readDecimal(cell: GridCell, kind: 'coefficient' | 'percent' | 'amount'): CellReading {
  if (typeof cell === 'object') {
    if (cell.kind !== 'number') return expected(msg('io.expected.number'));
    // A cell formatted as a percentage holds 0.25 for 25%: the contract's percent is 25.
    if (kind === 'percent' && cell.percent) return ok(new Decimal(cell.text).times(100).toFixed());
    return ok(canonical(cell.text));
  }
  const r = readNumberText(bare(cell, kind === 'amount' ? AMOUNT_UNIT : kind === 'percent' ? PERCENT_UNIT : null));
  if (r.ok) return ok(canonical(r.text));
  return expected(r.ambiguous ? msg('io.expected.number-ambiguous', { separator: r.ambiguous }) : msg('io.expected.number'));
}

/** A whole number (months, years, a clause): a JSON number, as the schema's integers. */
export function readInteger(cell: GridCell): CellReading {
  let text: string;
  if (typeof cell === 'object') {
    if (cell.kind !== 'number') return expected(msg('io.expected.whole-number'));
    text = cell.text;
  } else {
    // Digits only (a sign for the validator to refuse): "264.0" or "1e3" in a months column is refused, not rounded.
    const t = bare(cell, null);
    if (!/^[+-]?\d+$/.test(t)) return expected(msg('io.expected.whole-number'));
    text = t.replace(/^\+/, '');
  }
  const d = new Decimal(text);
  if (!d.isInteger() || !Number.isSafeInteger(d.toNumber())) return expected(msg('io.expected.whole-number'));
  return ok(d.toNumber());
}

const pad2 = (s: string) => s.padStart(2, '0');

/**
 * A date as the contract's text. Day first (the default, `dmy`): d/m/yyyy or dd/mm/yyyy (also with "-" or
 * "."), and ISO yyyy-mm-dd; month precision mm/yyyy and a bare year only where the field allows it
 * (`partial`, birthDate). Year first (`ymd`): yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd (and yyyy-mm, yyyy for a
 * partial date). A year of two digits is never read (its century would be a guess). A workbook date cell
 * is its calendar day.
 */
export function readDate(cell: GridCell, partial: boolean, order: DateOrder): CellReading {
  if (typeof cell === 'object') {
    if (cell.kind === 'date') return ok(cell.iso);
    if (cell.kind === 'number' && partial && /^\d{4}$/.test(cell.text)) return checked(cell.text, partial);
    return expected(msg('io.expected.not-a-date-cell'));
  }
  const t = cell.trim();
  const usage = () => expected(msg(partial ? 'io.expected.date-partial' : order === 'ymd' ? 'io.expected.date-ymd' : 'io.expected.date'));
  // The contract's own forms are read whatever the date order: YYYY-MM-DD, and YYYY-MM or YYYY where a partial date is allowed.
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return checked(t, partial);
  if (partial && /^\d{4}-\d{2}$/.test(t)) return checked(t, partial);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(t);
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  const yearMonth = /^(\d{4})[/.-](\d{1,2})$/.exec(t);
  const year = /^\d{4}$/.exec(t);
  if (order === 'dmy') {
    if (dayFirst) return checked(`${dayFirst[3]}-${pad2(dayFirst[2]!)}-${pad2(dayFirst[1]!)}`, partial);
    if (yearFirst || yearMonth) return expected(msg('io.expected.date-year-first'));
    if (monthYear) return partial ? checked(`${monthYear[2]}-${pad2(monthYear[1]!)}`, partial) : expected(msg('io.expected.date-full'));
  } else {
    if (yearFirst) return checked(`${yearFirst[1]}-${pad2(yearFirst[2]!)}-${pad2(yearFirst[3]!)}`, partial);
    if (dayFirst || monthYear) return expected(msg('io.expected.date-day-first'));
    if (yearMonth) return partial ? checked(`${yearMonth[1]}-${pad2(yearMonth[2]!)}`, partial) : expected(msg('io.expected.date-full'));
  }
  if (year) return partial ? checked(t, partial) : expected(msg('io.expected.date-full'));
  return usage();
}

function checked(iso: string, partial: boolean): CellReading {
  const valid = partial ? parsePartialDate(iso) !== null : parseIsoDate(iso) !== null;
  return valid ? ok(iso) : expected(msg('io.expected.date-invalid'));
}

/** Yes/no: Có/Không (any case, with or without marks), x for yes, true/false, 1/0; a workbook TRUE/FALSE. */
export function readBoolean(cell: GridCell, key: (s: string) => string): CellReading {
  if (typeof cell === 'object') {
    if (cell.kind === 'boolean') return ok(cell.value);
    if (cell.kind === 'number' && (cell.text === '1' || cell.text === '0')) return ok(cell.text === '1');
    return expected(msg('io.expected.boolean'));
  }
  const k = key(cell);
  if (['co', 'x', 'true', '1', 'yes', 'dung'].includes(k)) return ok(true);
  if (['khong', 'false', '0', 'no', 'sai'].includes(k)) return ok(false);
  return expected(msg('io.expected.boolean'));
}

/** The cell's text for a text field (an employee code written as a number in a workbook keeps its digits). */
export function readText(cell: GridCell): CellReading {
  return ok(cellText(cell));
}
