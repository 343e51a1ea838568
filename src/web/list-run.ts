import { assessMany, isAssessError, safeAssess, type AssessError } from '../engine/assess.js';
import type { AssessOptions } from '../engine/options.js';
import { csvGrid, type GridRow } from '../io/grid/index.js';
import { readRoster, RosterError } from '../io/roster/index.js';
import type { Text } from '../i18n/text.js';
import type { Assessment } from '../model/types.js';
import { Decimal } from '../core/money.js';

/**
 * A whole list in the page (issue #18): the file's grid (CSV text, or an XLSX workbook read in the XLSX
 * worker) → the roster reader (src/io/: Vietnamese headings, dd/mm/yyyy dates, total rows, duplicate codes)
 * → the library, one case at a time, as `vnse assess` does (`assessMany`, so an entry is the CLI's). Runs
 * inside a Web Worker (list-worker.ts, xlsx-worker.ts), so the page stays responsive; `onProgress` reports
 * every `step` rows. No Node, no DOM.
 *
 * With what-if values (`options.parameters`), every person is assessed twice — as the law stands and with
 * the what-if values — and each row carries both totals, so the page shows the difference per person and for
 * the list; the downloads hold the what-if run (each value marked, as `vnse assess --parameters` writes it).
 */
export interface ListRow {
  readonly row: number;
  readonly id: string | null;
  readonly status: 'assessed' | 'rejected';
  readonly best: string | null;
  readonly total: string | null;
  /** With what-if values: the policy paid and its total as the law stands (null when none is paid). */
  readonly law?: { readonly best: string | null; readonly total: string | null };
  /** Why a row was rejected (every issue, both languages), or why no leaving policy is paid. */
  readonly reasons: readonly Text[];
}

export type Entry = Assessment | AssessError;

/** One person as the CLI's writers take it: the library's entry and where it came from (row, carried columns). */
export interface ListCase {
  readonly entry: Entry;
  readonly row: number;
  readonly extras: readonly { readonly heading: string; readonly value: string }[];
}

export interface ListResult {
  readonly rows: readonly ListRow[];
  /** Rows read that are not people: empty or formatting-only rows, and total rows ("Cộng", "Tổng cộng"). */
  readonly skipped: number;
  readonly skippedBlank: number;
  readonly skippedTotal: number;
  readonly notices: readonly Text[];
  /** The library's output per person, in file order: an Assessment or `{ id, row, error }` (as `vnse assess --format json`). */
  readonly json: readonly unknown[];
  /** Every person with the carried columns, for the printable XLSX list (xlsx-book.ts). */
  readonly cases: readonly ListCase[];
  /** With what-if values: the sums of the totals paid, as the law stands and with the what-if (exact integers, VND). */
  readonly whatIf: { readonly lawTotal: string; readonly whatIfTotal: string } | null;
}

export type ListRunResult = { ok: true; value: ListResult } | { ok: false; error: Text };

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** A CSV list given as text. */
export function runList(text: string, onProgress: (done: number) => void, options: AssessOptions = {}, step = 500): Promise<ListRunResult> {
  return runListGrid(csvGrid(once(text)), onProgress, options, step);
}

/** What-if values that cannot be read refuse the list once, with the library's own message, not every row. */
function optionsProblem(options: AssessOptions): Text | null {
  const probe = safeAssess({}, options);
  if (probe.ok) return null;
  const bad = probe.error.issues.filter((i) => i.path === 'options' || i.path.startsWith('options.'));
  return bad.length === 0 ? null : { vi: bad.map((i) => i.messages.vi).join('; '), en: bad.map((i) => i.messages.en).join('; ') };
}

const paidTotal = (e: Entry): string | null => (isAssessError(e) ? null : (e.outcomes.find((o) => o.policy === e.best)?.total ?? null));

export async function runListGrid(grid: AsyncIterable<GridRow>, onProgress: (done: number) => void, options: AssessOptions = {}, step = 500): Promise<ListRunResult> {
  const whatIf = options.parameters !== undefined;
  if (whatIf) {
    const problem = optionsProblem(options);
    if (problem) return { ok: false, error: problem };
  }
  const lawOptions: AssessOptions = { ...options };
  delete (lawOptions as { parameters?: unknown }).parameters;
  const rows: ListRow[] = [];
  const json: unknown[] = [];
  const cases: ListCase[] = [];
  const notices: Text[] = [];
  let skippedBlank = 0;
  let skippedTotal = 0;
  let lawSum = new Decimal(0);
  let whatIfSum = new Decimal(0);
  try {
    for await (const record of readRoster(grid, { onNotice: (n) => notices.push(n.message) })) {
      if (record.kind === 'skipped') {
        if (record.reason === 'total') skippedTotal++;
        else skippedBlank++;
        continue;
      }
      const { row, extras } = record.source;
      const entry: Entry = record.kind === 'unreadable' ? record.entry : assessMany([record.value], options).next().value!;
      cases.push({ entry, row, extras });
      if (isAssessError(entry)) {
        // The roster reader's own messages name the row and column as the officer sees them; the validator's name the field.
        const named = record.kind === 'unreadable';
        rows.push({ row, id: entry.id, status: 'rejected', best: null, total: null, reasons: entry.error.issues.map((i) => (named || !i.path ? i.messages : { vi: `${i.path}: ${i.messages.vi}`, en: `${i.path}: ${i.messages.en}` })) });
        json.push({ ...entry, row });
      } else {
        let law: ListRow['law'];
        if (whatIf && record.kind === 'case') {
          const lawEntry = assessMany([record.value], lawOptions).next().value!;
          law = { best: isAssessError(lawEntry) ? null : lawEntry.best, total: paidTotal(lawEntry) };
          lawSum = lawSum.plus(law.total ?? 0);
          whatIfSum = whatIfSum.plus(paidTotal(entry) ?? 0);
        }
        rows.push(assessedRow(row, entry, law));
        json.push(entry);
      }
      if (rows.length % step === 0) onProgress(rows.length);
    }
  } catch (e) {
    if (e instanceof RosterError) return { ok: false, error: e.text };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { vi: detail, en: detail } };
  }
  onProgress(rows.length);
  const whatIfTotals = whatIf ? { lawTotal: lawSum.toFixed(0), whatIfTotal: whatIfSum.toFixed(0) } : null;
  return { ok: true, value: { rows, skipped: skippedBlank + skippedTotal, skippedBlank, skippedTotal, notices, json, cases, whatIf: whatIfTotals } };
}

function assessedRow(row: number, a: Assessment, law: ListRow['law']): ListRow {
  const best = a.outcomes.find((o) => o.policy === a.best);
  const reasons = best ? [] : a.outcomes.filter((o) => o.refusal).map((o) => ({ vi: `${o.policy}: ${o.refusal!.message.vi}`, en: `${o.policy}: ${o.refusal!.message.en}` }));
  return { row, id: a.id, status: 'assessed', best: a.best, total: best ? best.total : null, ...(law ? { law } : {}), reasons };
}

/** The difference what-if − law of a row, exact; null when neither run pays anything. */
export function rowDifference(r: ListRow): string | null {
  if (!r.law || (r.total === null && r.law.total === null)) return null;
  return new Decimal(r.total ?? 0).minus(r.law.total ?? 0).toFixed(0);
}

/**
 * The list as CSV for a spreadsheet: one line per person, in file order, the reasons in the chosen language;
 * with what-if values, the policy and total as the law stands and the difference follow (appended columns).
 */
export function listCsv(rows: readonly ListRow[], lang: 'vi' | 'en'): string {
  const q = (v: string) => (/[",\n\r;]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const whatIf = rows.some((r) => r.law);
  const head = `row,id,status,best,total,reasons${whatIf ? ',law-best,law-total,difference' : ''}`;
  const lines = rows.map((r) =>
    [String(r.row), r.id ?? '', r.status, r.best ?? '', r.total ?? '', r.reasons.map((x) => x[lang]).join(' | '), ...(whatIf ? [r.law?.best ?? '', r.law?.total ?? '', rowDifference(r) ?? ''] : [])]
      .map(q)
      .join(','),
  );
  return `\uFEFF${[head, ...lines].join('\r\n')}\r\n`;
}
