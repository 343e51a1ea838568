import { safeAssess } from '../engine/assess.js';
import { csvGrid } from '../io/grid/index.js';
import { readRoster, RosterError } from '../io/roster/index.js';
import type { Text } from '../i18n/text.js';
import type { Assessment } from '../model/types.js';

/**
 * A whole list in the page (issue #18): the CSV text → B's grid and roster readers (src/io/: Vietnamese
 * headings, dd/mm/yyyy dates, total rows) → `safeAssess` per person. Runs inside the Web Worker
 * (list-worker.ts), so the page stays responsive; `onProgress` reports every `step` rows. No Node, no DOM.
 */
export interface ListRow {
  readonly row: number;
  readonly id: string | null;
  readonly status: 'assessed' | 'rejected';
  readonly best: string | null;
  readonly total: string | null;
  /** Why a row was rejected (every issue, both languages), or why no leaving policy is paid. */
  readonly reasons: readonly Text[];
}

export interface ListResult {
  readonly rows: readonly ListRow[];
  readonly skipped: number;
  readonly notices: readonly Text[];
  /** The library's output per person, in file order: an Assessment or `{ id, row, error }` (as `vnse assess --format json`). */
  readonly json: readonly unknown[];
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

export async function runList(text: string, onProgress: (done: number) => void, step = 500): Promise<{ ok: true; value: ListResult } | { ok: false; error: Text }> {
  const rows: ListRow[] = [];
  const json: unknown[] = [];
  const notices: Text[] = [];
  let skipped = 0;
  try {
    for await (const record of readRoster(csvGrid(once(text)), { onNotice: (n) => notices.push(n.message) })) {
      if (record.kind === 'skipped') {
        skipped++;
        continue;
      }
      if (record.kind === 'unreadable') {
        rows.push({ row: record.source.row, id: record.entry.id, status: 'rejected', best: null, total: null, reasons: record.entry.error.issues.map((i) => i.messages) });
        json.push({ ...record.entry, row: record.source.row });
      } else {
        const r = safeAssess(record.value);
        if (r.ok) rows.push(assessedRow(record.source.row, r.value));
        else rows.push({ row: record.source.row, id: typeof record.value.id === 'string' ? record.value.id : null, status: 'rejected', best: null, total: null, reasons: r.error.issues.map((i) => ({ vi: `${i.path}: ${i.messages.vi}`, en: `${i.path}: ${i.messages.en}` })) });
        json.push(r.ok ? r.value : { id: record.value.id ?? null, row: record.source.row, error: { code: 'invalid-input', issues: r.error.issues } });
      }
      if (rows.length % step === 0) onProgress(rows.length);
    }
  } catch (e) {
    if (e instanceof RosterError) return { ok: false, error: e.text };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { vi: detail, en: detail } };
  }
  onProgress(rows.length);
  return { ok: true, value: { rows, skipped, notices, json } };
}

function assessedRow(row: number, a: Assessment): ListRow {
  const best = a.outcomes.find((o) => o.policy === a.best);
  const reasons = best ? [] : a.outcomes.filter((o) => o.refusal).map((o) => ({ vi: `${o.policy}: ${o.refusal!.message.vi}`, en: `${o.policy}: ${o.refusal!.message.en}` }));
  return { row, id: a.id, status: 'assessed', best: a.best, total: best ? best.total : null, reasons };
}

/** The list as CSV for a spreadsheet: one line per person, in file order, the reasons in the chosen language. */
export function listCsv(rows: readonly ListRow[], lang: 'vi' | 'en'): string {
  const q = (v: string) => (/[",\n\r;]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const head = 'row,id,status,best,total,reasons';
  const lines = rows.map((r) => [String(r.row), r.id ?? '', r.status, r.best ?? '', r.total ?? '', r.reasons.map((x) => x[lang]).join(' | ')].map(q).join(','));
  return `\uFEFF${[head, ...lines].join('\r\n')}\r\n`;
}
