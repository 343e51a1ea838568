/// <reference lib="dom" />
import { Decimal } from '../core/money.js';
import type { AssessOptions } from '../engine/options.js';
import type { Text } from '../i18n/text.js';
import { msg } from '../locales/web.js';
import { esc } from './html.js';
import { listCsv, rowDifference, type ListResult, type ListRow } from './list-run.js';
import { figures, t, type Lang } from './render-result.js';
import { FULL_BOOK_LIMIT } from './xlsx-limits.js';
import { askWorker, fileKind, saveBytes } from './workers.js';

/** How many rows the table shows (the downloads hold all of them): a 20,000-row table would slow the page. */
const SHOWN = 1000;

type WorkerAnswer = { progress?: number; done?: ListResult; error?: Text; book?: Uint8Array<ArrayBuffer> };

export interface ListView {
  run(file: File): Promise<void>;
  render(lang: Lang): void;
  /** Builds the signed-list workbook of the last list in the XLSX worker and offers it as a download. */
  downloadXlsx(): Promise<void>;
}

/** The what-if values typed for the list: none, the parsed JSON, or a message for the field. */
function readWhatIf(text: string): { ok: true; value: AssessOptions['parameters'] } | { ok: false; error: Text } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as AssessOptions['parameters'] };
  } catch (e) {
    return { ok: false, error: msg('web.json.invalid', { detail: (e as Error).message }) };
  }
}

const money = (v: string | null | undefined) => (v === null || v === undefined ? '—' : esc(figures(v)));

function rowHtml(r: ListRow, lang: Lang, whatIf: boolean): string {
  const law = whatIf ? `<td class="num">${money(r.law?.total)}</td><td class="num">${money(rowDifference(r))}</td>` : '';
  return (
    `<tr data-status="${r.status === 'assessed' ? 'agrees' : 'cannot-rebuild'}"><td class="num">${r.row}</td><td>${esc(r.id ?? '')}</td>` +
    `<td>${esc(t(`web.list.status.${r.status}`, lang))}</td><td>${esc(r.best ?? '—')}</td><td class="num">${money(r.total)}</td>${law}` +
    `<td>${r.reasons.map((x) => esc(x[lang])).join('<br>')}</td></tr>`
  );
}

export function listView(get: (id: string) => HTMLElement, currentLang: () => Lang): ListView {
  let last: ListResult | null = null;
  let lastName = '';
  const out = get('list-result');
  const progress = get('list-progress') as HTMLProgressElement;
  let urls: string[] = [];

  function render(lang: Lang): void {
    if (!last) return;
    const filter = (get('list-filter') as HTMLSelectElement).value;
    const rows = last.rows.filter((r) => filter === 'all' || r.status === filter);
    const assessed = last.rows.filter((r) => r.status === 'assessed').length;
    const summary = msg('web.list.summary', { rows: last.rows.length, assessed, rejected: last.rows.length - assessed, skipped: last.skipped })[lang];
    const whatIf = last.whatIf;
    const whatIfLine = whatIf
      ? `<p class="list-whatif">${esc(msg('web.list.whatif.summary', { law: figures(whatIf.lawTotal), whatIf: figures(whatIf.whatIfTotal), difference: figures(new Decimal(whatIf.whatIfTotal).minus(whatIf.lawTotal).toFixed(0)) })[lang])}</p>`
      : '';
    const shown = rows.length > SHOWN ? `<p>${esc(msg('web.list.shown', { shown: SHOWN, total: rows.length })[lang])}</p>` : '';
    const body = rows.slice(0, SHOWN).map((r) => rowHtml(r, lang, whatIf !== null)).join('');
    const head = ['web.check.row', 'web.list.id', 'web.check.status', 'web.check.policy', ...(whatIf ? (['web.result.whatifTotal', 'web.result.lawTotal', 'web.result.difference'] as const) : (['web.result.total'] as const)), 'web.list.reasons'] as const;
    out.innerHTML =
      `<p class="list-summary">${esc(summary)}</p>${whatIfLine}${last.notices.map((n) => `<p class="notice">${esc(n[lang])}</p>`).join('')}${shown}` +
      `<table class="list-table"><thead><tr>${head.map((k) => `<th scope="col">${esc(t(k, lang))}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
    for (const u of urls) URL.revokeObjectURL(u);
    const csv = URL.createObjectURL(new Blob([listCsv(last.rows, lang)], { type: 'text/csv;charset=utf-8' }));
    const json = URL.createObjectURL(new Blob([JSON.stringify(last.json, null, 2)], { type: 'application/json' }));
    urls = [csv, json];
    (get('list-csv') as HTMLAnchorElement).href = csv;
    (get('list-json') as HTMLAnchorElement).href = json;
    get('list-xlsx-note').textContent = last.cases.length > FULL_BOOK_LIMIT ? msg('web.list.xlsx.large', { limit: FULL_BOOK_LIMIT })[lang] : '';
    get('list-downloads').hidden = false;
  }

  function fail(error: Text): void {
    out.innerHTML = `<p class="error">${esc(error[currentLang()])}</p>`;
    out.dataset.state = 'done';
  }

  const ask = (which: 'list' | 'xlsx', message: unknown, transfer: Transferable[] = []) =>
    askWorker<WorkerAnswer>(which, message, transfer, (done) => {
      progress.value = done;
    });

  async function run(file: File): Promise<void> {
    last = null;
    out.dataset.state = 'working';
    out.innerHTML = '';
    get('list-downloads').hidden = true;
    const kind = fileKind(file.name);
    if (kind === 'xls') return fail(msg('web.list.xls'));
    const whatIf = readWhatIf((get('list-parameters') as HTMLTextAreaElement).value);
    get('list-parameters-err').textContent = whatIf.ok ? '' : whatIf.error[currentLang()];
    if (!whatIf.ok) return fail(whatIf.error);
    const options: AssessOptions = whatIf.value === undefined ? {} : { parameters: whatIf.value };
    lastName = file.name;
    const started = performance.now();
    progress.value = 0;
    progress.hidden = false;
    let answer: WorkerAnswer;
    if (kind === 'xlsx') {
      const bytes = await file.arrayBuffer();
      // The number of people is known only once the workbook is read: a rough guess for the bar.
      progress.max = Math.max(1, Math.round(bytes.byteLength / 350));
      answer = await ask('xlsx', { kind: 'read', bytes, options }, [bytes]);
    } else {
      const text = await file.text();
      // A first guess of the row count for the bar: lines in the file (titles and totals make it a little high).
      progress.max = Math.max(1, text.split('\n').length - 1);
      answer = await ask('list', { text, options });
    }
    progress.value = progress.max;
    out.dataset.ms = String(Math.round(performance.now() - started));
    if (answer.done) {
      last = answer.done;
      render(currentLang());
      out.dataset.state = 'done';
    } else fail(answer.error ?? { vi: '?', en: '?' });
  }

  async function downloadXlsx(): Promise<void> {
    if (!last) return;
    const button = get('list-xlsx') as HTMLButtonElement;
    const status = get('list-xlsx-status');
    button.disabled = true;
    status.textContent = msg('web.list.xlsx.working')[currentLang()];
    const lang = currentLang();
    const book = { cases: last.cases, skippedBlank: last.skippedBlank, skippedTotal: last.skippedTotal, lang, inputName: lastName };
    const answer = await ask('xlsx', { kind: 'book', book });
    button.disabled = false;
    if (answer.book) {
      status.textContent = '';
      const base = lastName.replace(/\.[^.]*$/, '') || 'danh-sach';
      saveBytes(answer.book, `${base}-chi-tra.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } else status.textContent = (answer.error ?? { vi: '?', en: '?' })[lang];
  }

  return { run, render, downloadXlsx };
}
