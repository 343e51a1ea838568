import type { FieldKind } from './field-kinds.js';
import { unnamedColumn, type CsvColumn } from './csv-header.js';

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const BOOLEAN = /^(true|false)$/i;

/**
 * A cell's text as the schema expects it. Only clean values are converted (an integer field gets a number
 * when the cell is a whole number, a boolean field true/false); anything else is passed as it is, so the
 * validator reports it by field name. Decimal fields (number or decimal string) keep their exact text.
 */
export function coerceCell(kind: FieldKind, text: string): unknown {
  switch (kind.kind) {
    case 'integer': {
      if (!INTEGER.test(text)) return text;
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : text;
    }
    case 'number':
      return NUMBER.test(text) && Number.isFinite(Number(text)) ? Number(text) : text;
    case 'boolean':
      return BOOLEAN.test(text) ? text.toLowerCase() === 'true' : text;
    default:
      return text;
  }
}

type Bag = Record<string, unknown>;

/**
 * Builds one case from a CSV record. Objects have no prototype, so a column named `__proto__`,
 * `constructor` or `prototype` is an ordinary own key: it pollutes nothing, and the validator rejects it
 * as an unknown field. Empty (or blank) cells leave the field absent.
 */
export function csvRecordToCase(cells: readonly string[], columns: readonly CsvColumn[]): Bag {
  const row: Bag = Object.create(null) as Bag;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.trim();
    if (text === '') continue;
    const column = columns[i] ?? unnamedColumn(i);
    let target = row;
    const last = column.path.length - 1;
    for (let s = 0; s < last; s++) {
      const key = column.path[s]!;
      const next = Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined;
      if (next !== null && typeof next === 'object') target = next as Bag;
      else {
        const child = Object.create(null) as Bag;
        target[key] = child;
        target = child;
      }
    }
    target[column.path[last]!] = coerceCell(column.kind, text);
  }
  return row;
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
