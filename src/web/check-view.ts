/// <reference lib="dom" />
import { checkPayoutList, type CheckReport } from '../check/index.js';
import { GridSyntaxError, csvGrid, type GridRow } from '../io/grid/index.js';
import { esc } from './html.js';
import { figures, t, type Lang } from './render-result.js';

/**
 * "Check a payout list" (issue #17's checker, in the page): a CSV list dropped or chosen is read by the
 * format-neutral grid reader (src/io/grid), every person's row rebuilt and recomputed by the library, and the
 * differences shown with their causes. Read in the browser only; nothing is sent anywhere. A workbook (.xlsx)
 * is read into the same grid rows by the XLSX worker (main.ts, xlsx-worker.ts), then checked the same way.
 */
export async function checkCsvText(textContent: string): Promise<ReturnType<typeof checkPayoutList>> {
  async function* once(): AsyncGenerator<string> {
    yield textContent;
  }
  const rows: GridRow[] = [];
  for await (const row of csvGrid(once())) rows.push(row);
  return checkPayoutList(rows);
}

const money = (v: string | null | undefined) => (v === null || v === undefined ? '—' : esc(figures(v)));

export function checkReportHtml(r: CheckReport, lang: Lang, filter: string): string {
  const rows = r.rows
    .filter((row) => filter === 'all' || row.status === filter)
    .map((row) => {
      const notes = [...row.problems.map((p) => p[lang]), ...row.causes.map((c) => c.message[lang])];
      const diffs = row.comparisons
        .filter((c) => !c.agrees)
        .map((c) => `${esc(c.label[lang])}: ${money(c.declared)} → ${money(c.recomputed)}`);
      return (
        `<tr data-status="${esc(row.status)}"><td class="num">${row.row}</td><td>${esc(row.name ?? '')}</td><td>${esc(row.policy ?? '—')}</td>` +
        `<td>${esc(t(`web.check.status.${row.status}`, lang))}</td><td class="num">${money(row.declaredTotal)}</td><td class="num">${money(row.recomputedTotal)}</td>` +
        `<td class="num">${money(row.difference)}</td><td>${[...diffs, ...notes.map(esc)].join('<br>')}</td></tr>`
      );
    })
    .join('');
  const head = ['web.check.row', 'web.check.name', 'web.check.policy', 'web.check.status', 'web.check.declared', 'web.check.recomputed', 'web.result.difference', 'web.check.why'] as const;
  return (
    `<p class="verdict" data-outcome="${esc(r.outcome)}"><strong>${esc(r.verdict[lang])}</strong> ${esc(r.toleranceText[lang])} (${esc(r.layout)})</p>` +
    `<table class="check-table"><thead><tr>${head.map((k) => `<th scope="col">${esc(t(k, lang))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`
  );
}

export function gridErrorText(e: unknown): string {
  return e instanceof GridSyntaxError || e instanceof Error ? e.message : String(e);
}
