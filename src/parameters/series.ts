import type { Citation } from '../core/citation.js';
import { rowFor, type DatedRow, type KnownThrough, type Series } from './dated.js';

/** A number the law fixes, with its source, as a case reads it: the row of its series in force for the case. */
export interface Factor {
  readonly value: string;
  readonly citation: Citation;
}

/**
 * How far the factor tables are known to hold [L]: to the day of the latest legal text the project has checked
 * (Decree 161/2026/NĐ-CP of 15 May 2026, docs/decisions.md D13); an amendment after it needs a new row.
 */
export const FACTORS_KNOWN_THROUGH: KnownThrough = {
  date: '2026-05-15',
  note: 'the latest legal text checked by the project: Decree 161/2026/NĐ-CP of 15 May 2026',
};

/** Decree 178/2024 (and 177, 179) in force; Decree 67/2025 in force (key-dates.ts). */
export const FROM_2025 = '2025-01-01';
export const FROM_ND67 = '2025-03-15';

/** A series of one row, as most law numbers are today; `name` is set by `named`. */
export interface SeriesSpec<T> {
  readonly unit: string;
  readonly description: string;
  readonly rows: readonly DatedRow<T>[];
}

export const row = <T>(from: string, value: T, citation: Citation): DatedRow<T> => ({ from, value, citation });
export const one = <T>(unit: string, description: string, from: string, value: T, citation: Citation): SeriesSpec<T> => ({ unit, description, rows: [row(from, value, citation)] });

/** Names each series after its key and gives it the tables' horizon. */
export function named<K extends string, T>(specs: Record<K, SeriesSpec<T>>, knownThrough: KnownThrough = FACTORS_KNOWN_THROUGH): Record<K, Series<T>> {
  const out = {} as Record<K, Series<T>>;
  for (const name of Object.keys(specs) as K[]) out[name] = { name, ...specs[name], knownThrough };
  return out;
}

/**
 * Each series' row in force for a case: `{ value, citation }` of the row read (see dated.ts `rowFor`). A series
 * with no row in force (a number an amendment added, read before it) is left out; policies read such numbers only
 * where the provision that holds them is in force (parameters/provisions.ts).
 */
export function resolveRecord<K extends string, T>(
  record: Readonly<Record<K, Series<T>>>,
  lawAsOf: Parameters<typeof rowFor>[1],
  leaveDate: Parameters<typeof rowFor>[2],
): Record<K, { readonly value: T; readonly citation: Citation }> {
  const out = {} as Record<K, { value: T; citation: Citation }>;
  for (const name of Object.keys(record) as K[]) {
    const series = record[name];
    const r = rowFor(series, lawAsOf, leaveDate);
    if (r) out[name] = resolved(r, r !== series.rows[0]);
  }
  return out;
}

/** The value a case reads from a row, one object per row (so that identical reads share it). */
const views = new WeakMap<object, { value: unknown; citation: Citation }>();
/** The views of rows that amend their series' first row. */
const amending = new WeakSet<object>();
function resolved<T>(r: DatedRow<T>, amends: boolean): { value: T; citation: Citation } {
  let v = views.get(r);
  if (v === undefined) {
    views.set(r, (v = { value: r.value, citation: r.citation }));
    if (amends) amending.add(v);
  }
  return v as { value: T; citation: Citation };
}

/**
 * The citation of an item that reads `factor`: the article the item applies (`law`) while the factor is its
 * series' first row, the row itself once an amendment's row is read, so an item cites the row it actually read
 * (e.g. a severance rate amended from a date cites the amending text).
 */
export function citeRead(factor: Factor, law: Citation): Citation {
  return amending.has(factor) ? factor.citation : law;
}
