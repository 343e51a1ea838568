import { dec, sum, type Decimal } from '../core/money.js';
import type { AssessOptions } from '../engine/options.js';
import type { Text } from '../i18n/text.js';
import { msg } from '../locales/check.js';
import { amountText } from './amount-text.js';
import type { CheckRow } from './cells.js';
import { compareRow, type CheckedRow } from './compare.js';
import { detectLayout, type CheckMapping, type LayoutName } from './layouts.js';
import { readLine, type ReadRow } from './rebuild.js';

export type { CheckCell, CheckRow } from './cells.js';
export type { CheckMapping, LayoutName } from './layouts.js';
export type { CheckedRow, Comparison, Cause } from './compare.js';

export interface CheckOptions {
  /** Đồng by which an amount may differ and still agree (lists rounded by hand); exact (0) by default. */
  readonly tolerance?: number | string;
  /** Options of `assess` (e.g. a documented reading), used for every row. */
  readonly assessOptions?: AssessOptions;
  /** The cases behind a list in the library's own output layout, by id (that output carries no inputs). */
  readonly cases?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
}

/** Counts and sums of a group of rows (a unit sub-heading, or the whole list). */
export interface CheckTally {
  readonly unit: string | null;
  readonly checked: number;
  readonly agreeing: number;
  readonly overPaid: { readonly count: number; readonly sum: string };
  readonly underPaid: { readonly count: number; readonly sum: string };
  readonly cannotRebuild: number;
}

export interface CheckReport {
  readonly layout: LayoutName;
  /** The tolerance in đồng ("0": exact), and the sentence that says so. */
  readonly tolerance: string;
  readonly toleranceText: Text;
  readonly rows: readonly CheckedRow[];
  readonly units: readonly CheckTally[];
  readonly total: CheckTally;
  readonly verdict: Text;
  /** 'agree' every row agrees; 'differ' some differ; 'unbuilt' some rows cannot be rebuilt. */
  readonly outcome: 'agree' | 'differ' | 'unbuilt';
}

export type CheckResult = { readonly ok: true; readonly report: CheckReport } | { readonly ok: false; readonly error: Text };

function tally(unit: string | null, rows: readonly CheckedRow[]): CheckTally {
  const over: Decimal[] = [];
  const under: Decimal[] = [];
  let agreeing = 0;
  let cannotRebuild = 0;
  for (const r of rows) {
    if (r.status === 'cannot-rebuild') cannotRebuild++;
    else if (r.status === 'agrees') agreeing++;
    else {
      const d = dec(r.difference ?? '0');
      if (d.isPositive() && !d.isZero()) over.push(d);
      else if (d.isNegative()) under.push(d.neg());
      // A row whose total agrees but an item or figure differs counts as differing, in neither sum.
    }
  }
  return {
    unit, checked: rows.length, agreeing, cannotRebuild,
    overPaid: { count: over.length, sum: sum(over).toFixed(0) }, underPaid: { count: under.length, sum: sum(under).toFixed(0) },
  };
}

function verdictOf(t: CheckTally): Text {
  if (t.agreeing === t.checked) return msg('check.verdict.all-agree', { checked: t.checked });
  return msg('check.verdict.some-differ', {
    checked: t.checked, agreeing: t.agreeing, over: t.overPaid.count, overSum: amountText(t.overPaid.sum),
    under: t.underPaid.count, underSum: amountText(t.underPaid.sum), unbuilt: t.cannotRebuild,
  });
}

/**
 * Re-verifies a payout list (issue #17): `rows` as the grid reader yields them (a parsed sheet: rows of
 * raw cells with Excel's row numbers), `mapping` a mapping file's content or `{}` to recognise the layout.
 * Each person's row is rebuilt into a case, assessed by the library's engine, and every declared amount and
 * intermediate figure compared with the recomputed one, with the cause when it can be told. Runs in the
 * browser: no Node imports.
 */
export function checkPayoutList(rows: Iterable<CheckRow>, mapping: CheckMapping = {}, options: CheckOptions = {}): CheckResult {
  const all = [...rows];
  const detected = detectLayout(all, mapping);
  if (!detected.ok) return { ok: false, error: detected.problem === 'no-layout' ? msg('check.no-layout') : msg('check.bad-mapping', { detail: detected.detail }) };
  const layout = detected.layout;
  const tolerance = dec(options.tolerance ?? 0);
  if (!tolerance.isInteger() || tolerance.isNegative()) return { ok: false, error: msg('check.bad-mapping', { detail: `tolerance ${String(options.tolerance)}` }) };
  const compareOptions = { tolerance, assessOptions: options.assessOptions ?? {} };
  const checked: CheckedRow[] = [];
  let unit: string | undefined;
  for (let i = layout.dataFrom; i < all.length; i++) {
    const row = all[i]!;
    // A row past the grid's limits is never skipped silently: it is a row that cannot be rebuilt.
    if (row.cells === null) {
      checked.push({ row: row.row, ...(unit !== undefined ? { unit } : {}), policy: null, status: 'cannot-rebuild', problems: [msg('check.row-too-long', { row: row.row })], comparisons: [], causes: [] });
      continue;
    }
    const line = readLine(row.cells, row.row, layout);
    if (line.kind === 'unit') unit = line.unit;
    else if (line.kind === 'total' && line.which === 'total') break;
    else if (line.kind === 'person') checked.push(compareRow(layout.name === 'library-output' ? withCase(line.read, options.cases) : line.read, unit, compareOptions));
  }
  const units = [...new Set(checked.map((r) => r.unit ?? null))].map((u) => tally(u, checked.filter((r) => (r.unit ?? null) === u)));
  const total = tally(null, checked);
  const outcome = total.cannotRebuild > 0 ? 'unbuilt' : total.agreeing < total.checked ? 'differ' : 'agree';
  return {
    ok: true,
    report: {
      layout: layout.name, tolerance: tolerance.toFixed(0),
      toleranceText: tolerance.isZero() ? msg('check.tolerance.exact') : msg('check.tolerance', { tolerance: amountText(tolerance) }),
      rows: checked, units, total, verdict: verdictOf(total), outcome,
    },
  };
}

/** A row of the library's own output takes its inputs from the case of the same id; none given or found is named. */
function withCase(read: ReadRow, cases: CheckOptions['cases']): ReadRow {
  const id = typeof read.input.id === 'string' ? read.input.id : '';
  const found = id !== '' ? cases?.get(id) : undefined;
  if (found === undefined) return { ...read, problems: [...read.problems, { field: 'id', column: 'id', problem: 'no-case', text: id }] };
  return { ...read, input: { ...found }, ...(read.name === undefined ? { name: id } : {}) };
}
