/// <reference lib="dom" />
import { msg } from '../locales/web.js';
import { esc } from './html.js';
import { listCsv, type ListResult } from './list-run.js';
import { figures, t, type Lang } from './render-result.js';

/** How many rows the table shows (the downloads hold all of them): a 20,000-row table would slow the page. */
const SHOWN = 1000;

declare global {
  interface Window {
    __vnseListWorker?: string;
  }
}

/** Loads list-worker-source.js once (a classic script: it loads from file:// too) and starts the worker from a Blob. */
async function startWorker(): Promise<Worker> {
  if (window.__vnseListWorker === undefined) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = 'list-worker-source.js';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('list-worker-source.js'));
      document.head.appendChild(s);
    });
  }
  const url = URL.createObjectURL(new Blob([window.__vnseListWorker!], { type: 'text/javascript' }));
  return new Worker(url);
}

export interface ListView {
  run(file: File): Promise<void>;
  render(lang: Lang): void;
}

export function listView(get: (id: string) => HTMLElement, currentLang: () => Lang): ListView {
  let last: ListResult | null = null;
  const out = get('list-result');
  const progress = get('list-progress') as HTMLProgressElement;
  let urls: string[] = [];

  function render(lang: Lang): void {
    if (!last) return;
    const filter = (get('list-filter') as HTMLSelectElement).value;
    const rows = last.rows.filter((r) => filter === 'all' || r.status === filter);
    const assessed = last.rows.filter((r) => r.status === 'assessed').length;
    const summary = msg('web.list.summary', { rows: last.rows.length, assessed, rejected: last.rows.length - assessed, skipped: last.skipped })[lang];
    const shown = rows.length > SHOWN ? `<p>${esc(msg('web.list.shown', { shown: SHOWN, total: rows.length })[lang])}</p>` : '';
    const body = rows
      .slice(0, SHOWN)
      .map((r) => `<tr data-status="${r.status === 'assessed' ? 'agrees' : 'cannot-rebuild'}"><td class="num">${r.row}</td><td>${esc(r.id ?? '')}</td><td>${esc(t(`web.list.status.${r.status}`, lang))}</td><td>${esc(r.best ?? '—')}</td><td class="num">${r.total === null ? '—' : esc(figures(r.total))}</td><td>${r.reasons.map((x) => esc(x[lang])).join('<br>')}</td></tr>`)
      .join('');
    const head = ['web.check.row', 'web.list.id', 'web.check.status', 'web.check.policy', 'web.result.total', 'web.list.reasons'] as const;
    out.innerHTML =
      `<p class="list-summary">${esc(summary)}</p>${last.notices.map((n) => `<p class="notice">${esc(n[lang])}</p>`).join('')}${shown}` +
      `<table class="list-table"><thead><tr>${head.map((k) => `<th scope="col">${esc(t(k, lang))}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
    for (const u of urls) URL.revokeObjectURL(u);
    const csv = URL.createObjectURL(new Blob([listCsv(last.rows, lang)], { type: 'text/csv;charset=utf-8' }));
    const json = URL.createObjectURL(new Blob([JSON.stringify(last.json, null, 2)], { type: 'application/json' }));
    urls = [csv, json];
    (get('list-csv') as HTMLAnchorElement).href = csv;
    (get('list-json') as HTMLAnchorElement).href = json;
    get('list-downloads').hidden = false;
  }

  async function run(file: File): Promise<void> {
    last = null;
    out.dataset.state = 'working';
    out.innerHTML = '';
    get('list-downloads').hidden = true;
    const text = await file.text();
    // A first guess of the row count for the bar: lines in the file (titles and totals make it a little high).
    progress.max = Math.max(1, text.split('\n').length - 1);
    progress.value = 0;
    progress.hidden = false;
    const worker = await startWorker();
    const started = performance.now();
    await new Promise<void>((resolve) => {
      worker.onmessage = (e: MessageEvent<{ progress?: number; done?: ListResult; error?: { vi: string; en: string } }>) => {
        if (e.data.progress !== undefined) progress.value = e.data.progress;
        if (e.data.done) {
          last = e.data.done;
          render(currentLang());
          resolve();
        }
        if (e.data.error) {
          out.innerHTML = `<p class="error">${esc(e.data.error[currentLang()])}</p>`;
          resolve();
        }
      };
      worker.postMessage({ text });
    });
    worker.terminate();
    progress.value = progress.max;
    out.dataset.ms = (performance.now() - started).toFixed(0);
    out.dataset.state = 'done';
  }

  return { run, render };
}
