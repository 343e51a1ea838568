/// <reference lib="webworker" />
import { GridSyntaxError, xlsxGridFromBytes, type GridRow } from '../io/grid/index.js';
import type { AssessOptions } from '../engine/options.js';
import { runListGrid } from './list-run.js';
import { listWorkbook, type ListBook } from './xlsx-book.js';

/**
 * The XLSX worker (issue #18, decision E25): the only script of the page that holds exceljs, started only
 * when a workbook is dropped or an XLSX is asked for (xlsx-worker-source.js, a string the page turns into a
 * Blob worker, as the CSV list's worker). It answers three requests:
 * - `read`: a roster workbook → the list, as the CSV worker does (`progress`, then `done` or `error`);
 * - `grid`: a payout-list workbook → its rows (`grid`), which the page checks as it checks a CSV list;
 * - `book`: the assessed list → the signed-list workbook's bytes (`book`).
 */
export type XlsxRequest =
  | { readonly kind: 'read'; readonly bytes: ArrayBuffer; readonly options: AssessOptions }
  | { readonly kind: 'grid'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'book'; readonly book: ListBook };

const scope = self as unknown as DedicatedWorkerGlobalScope;

const failure = (e: unknown) => {
  const detail = e instanceof GridSyntaxError || e instanceof Error ? e.message : String(e);
  return { error: { vi: detail, en: detail } };
};

scope.onmessage = async (e: MessageEvent<XlsxRequest>) => {
  const request = e.data;
  try {
    if (request.kind === 'read') {
      const r = await runListGrid(xlsxGridFromBytes(request.bytes), (done) => scope.postMessage({ progress: done }), request.options);
      scope.postMessage(r.ok ? { done: r.value } : { error: r.error });
    } else if (request.kind === 'grid') {
      const rows: GridRow[] = [];
      for await (const row of xlsxGridFromBytes(request.bytes)) rows.push(row);
      scope.postMessage({ grid: rows });
    } else {
      const bytes = await listWorkbook(request.book);
      scope.postMessage({ book: bytes }, [bytes.buffer]);
    }
  } catch (err) {
    scope.postMessage(failure(err));
  }
};
