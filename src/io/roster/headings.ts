import { cellText, columnLetter, type GridCell } from '../grid/grid.js';
import { msg } from '../../locales/io.js';
import { extraHeadings, rosterFields, rowNumberHeadings, type RosterField, type ValueKind } from './fields.js';
import { matchKey } from './normalize.js';

/** What one column of the file is. */
export type RosterColumn =
  /** A contract field, read with its value kind. */
  | { readonly kind: 'field'; readonly index: number; readonly heading: string; readonly field: RosterField }
  /**
   * A heading written like a contract name that is none (`insuredMonth`): passed on under that name, so the
   * validator refuses it by name on every row, as the contract says of unknown fields (decision E8).
   */
  | { readonly kind: 'unknown-field'; readonly index: number; readonly heading: string; readonly path: readonly string[] }
  /** A column carried beside the result (name, unit, post, notes, and any heading not known). */
  | { readonly kind: 'extra'; readonly index: number; readonly heading: string; readonly known: boolean }
  /** The STT column. */
  | { readonly kind: 'row-number'; readonly index: number; readonly heading: string };

const TEXT: ValueKind = { kind: 'text' };

function indexBy(list: readonly string[]): Set<string> {
  return new Set(list.map(matchKey));
}

const byPath = new Map<string, RosterField>(rosterFields.map((field) => [field.path.join('.'), field]));
const byHeading = new Map<string, RosterField>();
for (const field of rosterFields) {
  byHeading.set(matchKey(field.path.join('.')), field);
  for (const h of field.headings) byHeading.set(matchKey(h), field);
}
const extras = indexBy(extraHeadings);
const rowNumbers = indexBy(rowNumberHeadings);
const CONTRACT_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/** The field a heading names, by contract name or Vietnamese heading; undefined when it names none. */
export function fieldOfHeading(heading: string): RosterField | undefined {
  return byPath.get(heading.trim()) ?? byHeading.get(matchKey(heading));
}

/** How one heading cell is read (index: 0-based column). */
export function classifyHeading(cell: GridCell | undefined, index: number): RosterColumn | null {
  const heading = cellText(cell).replace(/\s+/g, ' ');
  if (heading === '') return null;
  const field = fieldOfHeading(heading);
  if (field) return { kind: 'field', index, heading, field };
  const key = matchKey(heading);
  if (rowNumbers.has(key)) return { kind: 'row-number', index, heading };
  if (extras.has(key)) return { kind: 'extra', index, heading, known: true };
  if (CONTRACT_NAME.test(heading)) return { kind: 'unknown-field', index, heading, path: heading.split('.') };
  return { kind: 'extra', index, heading, known: false };
}

/** How many cells of a row name a contract field: a heading row has at least two (or is all known headings). */
export function headingScore(cells: readonly GridCell[]): { fields: number; known: number; filled: number } {
  let fields = 0;
  let known = 0;
  let filled = 0;
  cells.forEach((cell, i) => {
    const c = classifyHeading(cell, i);
    if (!c) return;
    filled++;
    if (c.kind === 'field') fields++;
    if (c.kind !== 'extra' || c.known) known++;
  });
  return { fields, known, filled };
}

export function looksLikeHeadingRow(cells: readonly GridCell[]): boolean {
  const s = headingScore(cells);
  return s.fields >= 2 || (s.fields >= 1 && s.known === s.filled);
}

export class HeadingError extends Error {
  override readonly name = 'HeadingError';
  constructor(readonly text: { vi: string; en: string }) {
    super(`${text.en} / ${text.vi}`);
  }
}

/**
 * The columns of a heading row. Two columns for one field, or a group and one of its fields
 * (`salary` and `salary.coefficient`), are an error: which to read would be a guess.
 */
export function readHeadingRow(cells: readonly GridCell[]): RosterColumn[] {
  const columns = cells.map((cell, i) => classifyHeading(cell, i)).filter((c): c is RosterColumn => c !== null);
  const seen = new Map<string, RosterColumn>();
  const pathOf = (c: RosterColumn) => (c.kind === 'field' ? c.field.path : c.kind === 'unknown-field' ? c.path : null);
  for (const c of columns) {
    const path = pathOf(c);
    if (!path) continue;
    const key = path.join('.');
    const earlier = seen.get(key);
    if (earlier) {
      throw new HeadingError(msg('io.error.duplicate-heading', { column: columnLetter(c.index), heading: c.heading, otherColumn: columnLetter(earlier.index), other: earlier.heading, field: key }));
    }
    seen.set(key, c);
  }
  for (const c of columns) {
    const path = pathOf(c);
    if (!path) continue;
    for (let n = 1; n < path.length; n++) {
      const group = seen.get(path.slice(0, n).join('.'));
      if (group) throw new HeadingError(msg('io.error.group-and-field', { group: group.heading, heading: c.heading }));
    }
  }
  return columns;
}

export const textKind = TEXT;
