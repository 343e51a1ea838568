import { InputOutputError } from '../errors.js';
import type { FieldKind, FieldKinds } from './field-kinds.js';

/** One CSV column: its header, the path of the field it fills, and how its cells are read. */
export interface CsvColumn {
  readonly header: string;
  readonly path: readonly string[];
  readonly kind: FieldKind;
}

const TEXT: FieldKind = { kind: 'string' };

/** A name for a cell without a header, so the validator reports it as an unknown field. */
export function unnamedColumn(index: number): CsvColumn {
  const header = `(column ${index + 1})`;
  return { header, path: [header], kind: TEXT };
}

function kindAt(path: readonly string[], fields: FieldKinds): FieldKind {
  let kinds: FieldKinds | undefined = fields;
  let kind: FieldKind = TEXT;
  for (const segment of path) {
    const found: FieldKind | undefined = kinds?.get(segment);
    if (!found) return TEXT;
    kind = found;
    kinds = found.kind === 'object' ? found.fields : undefined;
  }
  return kind;
}

/**
 * Reads the header row: names are contract field names, nested ones joined by dots (`salary.coefficient`,
 * `retirementAge.years`). Unknown names are kept, so each row's validation reports them by name. Two columns
 * for the same field, or a column that is both a value and a group (`salary` and `salary.coefficient`), are
 * an input error.
 */
export function parseCsvHeader(cells: readonly string[], fields: FieldKinds, source: string): CsvColumn[] {
  const columns = cells.map((cell, index): CsvColumn => {
    const header = cell.trim();
    if (header === '') return unnamedColumn(index);
    const segments = header.split('.');
    const path = segments.some((s) => s === '') ? [header] : segments;
    return { header, path, kind: kindAt(path, fields) };
  });
  const seen = new Map<string, string>();
  for (const c of columns) {
    const key = c.path.join('\u0000');
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new InputOutputError(`${source}: the header names the column "${c.header}" twice`);
    seen.set(key, c.header);
  }
  for (const c of columns) {
    for (let n = 1; n < c.path.length; n++) {
      const prefix = seen.get(c.path.slice(0, n).join('\u0000'));
      if (prefix !== undefined) throw new InputOutputError(`${source}: the header has both "${prefix}" and "${c.header}"; use only the dotted columns`);
    }
  }
  return columns;
}
